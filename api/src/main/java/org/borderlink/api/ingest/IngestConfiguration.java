package org.borderlink.api.ingest;

import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
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

    @Bean
    IngestPipeline ingestPipeline(Driver driver, ReportReader reader, BorderlinkProperties properties) {
        Pseudonymiser pseudonyms = new Pseudonymiser(PseudonymSecret.resolve(properties.ingest()));
        return new IngestPipeline(
                new ReportValidator(reader.limits()),
                FactBuilder.standard(pseudonyms),
                new GraphWriter(driver),
                properties.ingest().batchSize());
    }
}
