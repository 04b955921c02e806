package org.borderlink.api.search;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index ({@code borderlink.index.*}).
 *
 * @param dir where the Lucene index lives; unset: {@code <borderlink.data-dir>/index}
 * @param catchUpInterval how often this instance indexes what other instances wrote (and merges and splits),
 *     following the graph's ingest sequence
 */
@ConfigurationProperties("borderlink.index")
public record IndexProperties(
        @Nullable Path dir, @DefaultValue("5s") Duration catchUpInterval) {}
