package org.borderlink.api.search;

import java.nio.file.Path;
import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IndexCatchUp;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchIndex;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index of this instance and what keeps it in step with the graph: the ingest pipeline's indexer and the
 * catch-up. Lucene's write lock makes the index directory this process's alone: a second server or a CLI command on
 * the same directory is refused at start.
 */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(IndexProperties index, BorderlinkProperties borderlink) {
        Path dir = index.dir() != null ? index.dir() : borderlink.dataDir().resolve("index");
        SearchIndex opened = SearchIndex.open(dir);
        opened.indexGazetteer(Gazetteer.load());
        return opened;
    }

    @Bean
    GraphIndexSource graphIndexSource(Driver driver) {
        return new GraphIndexSource(driver);
    }

    @Bean
    IndexCatchUp indexCatchUp(SearchIndex index, GraphIndexSource graph) {
        return new IndexCatchUp(index, graph, Gazetteer.load());
    }

    @Bean
    IngestIndexer ingestIndexer(SearchIndex index, GraphIndexSource graph) {
        return new IngestIndexer(index, graph);
    }
}
