package org.borderlink.api.analysis;

import java.util.List;
import org.borderlink.graph.analysis.Connections;
import org.borderlink.graph.analysis.EntityCards;
import org.borderlink.graph.analysis.Expansion;
import org.borderlink.graph.analysis.FacilitatorNetwork;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.Paths;
import org.borderlink.graph.analysis.Routes;
import org.borderlink.graph.analysis.Timelines;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The graph-model link-analysis queries, all reading through one {@link GraphReader} with the configured timeout, and
 * the filter that query parameters describe ({@link FilterParameters}).
 */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FilterParameters());
    }

    @Bean
    GraphReader graphReader(Driver driver, AnalysisProperties properties) {
        return new GraphReader(driver, properties.queryTimeout());
    }

    @Bean
    EntityCards entityCards(GraphReader reader) {
        return new EntityCards(reader);
    }

    @Bean
    Expansion expansion(GraphReader reader) {
        return new Expansion(reader);
    }

    @Bean
    Paths paths(GraphReader reader) {
        return new Paths(reader);
    }

    @Bean
    Connections connections(GraphReader reader) {
        return new Connections(reader);
    }

    @Bean
    Timelines timelines(GraphReader reader) {
        return new Timelines(reader);
    }

    @Bean
    Routes routes(GraphReader reader) {
        return new Routes(reader);
    }

    @Bean
    PatternRunner patternRunner(GraphReader reader) {
        return new PatternRunner(reader);
    }

    @Bean
    FacilitatorNetwork facilitatorNetwork(GraphReader reader) {
        return new FacilitatorNetwork(reader);
    }
}
