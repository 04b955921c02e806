package org.borderlink.api.config;

import org.borderlink.graph.schema.GraphSchema;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Brings the graph's constraints and indexes up to date before the application takes requests. */
@Component
class SchemaOnStartup implements InitializingBean {

    private final Driver driver;

    SchemaOnStartup(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        GraphSchema.apply(driver);
    }
}
