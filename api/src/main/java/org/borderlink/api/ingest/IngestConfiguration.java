package org.borderlink.api.ingest;

import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.api.resolution.ResolutionProperties;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.write.GraphWriter;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one ingest pipeline every front door of this application uses. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ReportReader reportReader() {
        return new ReportReader();
    }

    /** The deployment's keyed pseudonyms: ingest, hit/no-hit selectors and the audit's parameter hashes share it. */
    @Bean
    Pseudonymiser pseudonymiser(BorderlinkProperties properties) {
        return new Pseudonymiser(PseudonymSecret.resolve(properties.ingest()));
    }

    /** Resolves persons before each batch's write (unless {@code borderlink.resolution.enabled=false}) and indexes it after. */
    @Bean
    IngestPipeline ingestPipeline(
            Driver driver,
            ReportReader reader,
            BorderlinkProperties properties,
            Pseudonymiser pseudonyms,
            ResolutionProperties resolution,
            Resolver resolver,
            ResolutionStore suggestions,
            IngestIndexer indexer) {
        IngestPipeline pipeline = new IngestPipeline(
                        new ReportValidator(reader.limits()),
                        FactBuilder.standard(pseudonyms),
                        new GraphWriter(driver),
                        properties.ingest().batchSize())
                .withIndex(indexer);
        return resolution.enabled() ? pipeline.withResolution(resolver, suggestions) : pipeline;
    }
}
