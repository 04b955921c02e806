package org.borderlink.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code borderlink.*}. The defaults run the embedded engine with no configuration at all.
 *
 * @param embedded the in-process engine, used when {@code spring.neo4j.uri} is not set
 */
@ConfigurationProperties("borderlink")
public record BorderlinkProperties(@DefaultValue Embedded embedded) {

    /**
     * @param dataDir where the engine keeps its store and the generated Bolt credentials
     * @param boltPort loopback port of the Bolt connector; 0 picks a free port
     * @param pageCache page cache size in bytes; 0 sizes it from the machine's memory
     */
    public record Embedded(
            @DefaultValue("./data/neo4j") Path dataDir,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("0") long pageCache) {}
}
