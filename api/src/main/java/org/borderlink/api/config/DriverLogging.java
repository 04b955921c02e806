package org.borderlink.api.config;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, so its lines follow {@code logging.level.org.neo4j…} like the rest of the
 * application's. Its default, the JDK's {@code System.Logger}, turns every Bolt message it may log at debug level into
 * a string before any level is checked, query text, parameters and all, on every request: 1.2–2.2 % of the server's CPU
 * under the analysis benchmark (JFR). The SLF4J logger checks the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
