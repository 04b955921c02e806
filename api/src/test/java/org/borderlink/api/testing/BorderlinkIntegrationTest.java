package org.borderlink.api.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the real embedded engine (Bolt on a random loopback port, data in a
 * fresh temporary directory chosen by {@link Neo4jTarget}), or against a Neo4j server container under {@code -Pcontainers}. Every test class with
 * this annotation shares one application context, so the engine starts once per test JVM. The accounts of profile
 * {@code it} are in {@link TestUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "borderlink.embedded.bolt-port=0",
            "borderlink.embedded.page-cache=268435456",
            "borderlink.demo=false",
            // PatternsIT runs the warm-up itself; in every context it would only add CPU to the suite
            "borderlink.analysis.warm-up=false",
            "borderlink.ingest.max-request-size=8MB"
        })
@ContextConfiguration(initializers = Neo4jTarget.class)
@ActiveProfiles("it")
public @interface BorderlinkIntegrationTest {}
