package org.borderlink.api.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code borderlink.*}. The defaults (application.yml) run the embedded engine with demo data and no
 * configuration at all.
 *
 * @param dataDir root of everything this instance keeps on disk (default {@code ./data})
 * @param demo whether the first start of the embedded engine on an empty graph loads generated demo data
 *     ({@code --borderlink.demo=false} turns it off)
 * @param demoReports how many generated reports the demo holds
 * @param demoSeed the generator seed of the demo, so every newcomer sees the same
 * @param embedded the in-process engine, used when {@code spring.neo4j.uri} is not set
 * @param ingest the ingest pipeline
 */
@ConfigurationProperties("borderlink")
public record BorderlinkProperties(
        Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("3000") int demoReports,
        @DefaultValue("20261128") long demoSeed,
        @DefaultValue Embedded embedded,
        @DefaultValue Ingest ingest) {

    /**
     * @param dataDir where the engine keeps its store and the generated Bolt credentials
     * @param boltPort loopback port of the Bolt connector; 0 picks a free port
     * @param pageCache page cache size in bytes; 0 sizes it from the machine's memory
     * @param inVmBolt whether the application's own driver reaches the engine through its in-VM Bolt channel (the
     *     default, which spares every Bolt message the TCP stack) rather than through the loopback port
     */
    public record Embedded(
            Path dataDir,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("0") long pageCache,
            @DefaultValue("true") boolean inVmBolt) {}

    /**
     * @param pseudonymSecret the per-deployment secret of keyed pseudonyms (base64, at least 16 bytes); every
     *     instance of one deployment must share it. Unset: generated once into {@code secretFile}.
     * @param secretFile where a generated secret is kept (owner-readable only)
     * @param batchSize reports per write transaction
     * @param maxRequestSize largest request body the REST front door accepts
     * @param mappingDir where the deployment keeps its own column mappings ({@code NAME.yaml}), found by name before
     *     the bundled ones; unset: the bundled mappings only
     * @param dropDir the drop folder: files placed there are ingested and moved to {@code done/} or {@code refused/}
     *     beside it; unset: no drop folder
     * @param dropPollInterval how often the drop folder is looked at
     * @param dropSettleTime how long a file must stay unchanged (size and modification time) before it is read, so
     *     that a file still being copied in is not read half-way
     */
    public record Ingest(
            @Nullable String pseudonymSecret,
            Path secretFile,
            @DefaultValue("100") int batchSize,
            @DefaultValue("64MB") DataSize maxRequestSize,
            @Nullable Path mappingDir,
            @Nullable Path dropDir,
            @DefaultValue("5s") Duration dropPollInterval,
            @DefaultValue("2s") Duration dropSettleTime) {}
}
