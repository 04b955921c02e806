package org.borderlink.api.analysis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the link-analysis API, under {@code borderlink.analysis}: every query is bounded in time on the server
 * and in size before it is drawn.
 *
 * @param queryTimeout server-side time limit of every graph query; beyond it the query is stopped and answered 503
 * @param expandMaxNodes most nodes an expansion, a path search or a connection answer may hold
 * @param subgraphMaxNodes most nodes of a subgraph for centrality, communities or an export
 * @param exactLimit up to this many nodes betweenness and closeness are exact, above it sampled (design §7)
 * @param pivots sources sampled for betweenness and closeness above {@code exactLimit}
 * @param louvainRestarts seeded Louvain runs, the best of which is kept
 * @param brokerMaxNodes most nodes of the facilitator network the {@code brokers} pattern analyses
 * @param warmUp run every pattern once when the server has started, so no analyst waits for its first planning
 */
@ConfigurationProperties("borderlink.analysis")
public record AnalysisProperties(
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("2000") int expandMaxNodes,
        @DefaultValue("20000") int subgraphMaxNodes,
        @DefaultValue("2000") int exactLimit,
        @DefaultValue("256") int pivots,
        @DefaultValue("10") int louvainRestarts,
        @DefaultValue("30000") int brokerMaxNodes,
        @DefaultValue("true") boolean warmUp) {}
