package org.borderlink.api.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded engine with an empty graph, generates a demo data set (seeded, so every newcomer
 * sees the same) and ingests it through the normal pipeline in the background, so the application is usable at once
 * and fills within seconds. Never runs against an external server. {@code --borderlink.demo=false} turns it off.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final BorderlinkProperties properties;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Driver driver;
    private final IngestPipeline pipeline;

    DemoData(
            BorderlinkProperties properties,
            ObjectProvider<EmbeddedNeo4j> embedded,
            Driver driver,
            IngestPipeline pipeline) {
        this.properties = properties;
        this.embedded = embedded;
        this.driver = driver;
        this.pipeline = pipeline;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!properties.demo() || embedded.getIfAvailable() == null || graphHoldsReports()) return;
        Thread.ofVirtual().name("demo-data").start(() -> load(properties.demoReports(), properties.demoSeed()));
    }

    private boolean graphHoldsReports() {
        try (var session = driver.session()) {
            return session.run("MATCH (r:Report) RETURN r LIMIT 1").hasNext();
        }
    }

    private void load(int count, long seed) {
        log.info("Empty graph: loading {} generated demo reports (seed {}) in the background", count, seed);
        AtomicInteger index = new AtomicInteger();
        try (Stream<ReadResult> reports = WesternBalkansGenerator.stream(count, seed)
                .map(g -> new ReadResult.Parsed(index.get(), "demo", index.incrementAndGet(), g.report()))) {
            IngestSummary summary = pipeline.ingest(reports);
            log.info(
                    "Demo data loaded: {} reports stored, {} replaced, {} refused in {} s",
                    summary.stored(),
                    summary.replaced(),
                    summary.refused(),
                    summary.elapsed().toSeconds());
        } catch (RuntimeException e) {
            log.warn("Demo data could not be loaded: {}", e.getMessage());
        }
    }
}
