package org.borderlink.api.resolution;

import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.resolve.MentionScorer;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.SearchIndex;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The resolver the ingest pipeline runs, and the store of suggestions and decisions. */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    Resolver resolver(SearchIndex index, ResolutionProperties properties, Pseudonymiser pseudonyms) {
        return new Resolver(index, new MentionScorer(), properties.settings(), pseudonyms);
    }

    @Bean
    ResolutionStore resolutionStore(Driver driver) {
        return new ResolutionStore(driver);
    }
}
