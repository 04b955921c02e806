package org.borderlink.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, per owning agency, the distinct reports whose documents match a query the user may not see: the figures of
 * hit/no-hit. Reads only doc values; nothing about a hidden document leaves this class but its agency's count.
 */
final class HiddenCounter implements Collector {

    /** Distinct reports per agency: a report's documents are added as one block, so they never span segments. */
    private final Map<String, Integer> reportsByAgency = new HashMap<>();

    static CollectorManager<HiddenCounter, List<HiddenHits>> manager() {
        return new CollectorManager<>() {
            @Override
            public HiddenCounter newCollector() {
                return new HiddenCounter();
            }

            @Override
            public List<HiddenHits> reduce(Collection<HiddenCounter> collectors) {
                Map<String, Integer> merged = new HashMap<>();
                for (HiddenCounter c : collectors)
                    c.reportsByAgency.forEach((agency, n) -> merged.merge(agency, n, Integer::sum));
                List<HiddenHits> out = new ArrayList<>();
                merged.forEach((agency, reports) -> out.add(new HiddenHits(agency, reports)));
                out.sort(Comparator.comparingInt(HiddenHits::count).reversed().thenComparing(HiddenHits::agency));
                return out;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues agencies = DocValues.getSorted(context.reader(), IndexDocuments.AGENCY);
        SortedDocValues reports = DocValues.getSorted(context.reader(), IndexDocuments.REPORT_ID);
        // within a segment, ordinals stand for strings: a report's documents are added together, so they share one
        // segment, and distinct report ordinals per agency ordinal count the reports; strings only for the agencies
        Map<Integer, Set<Integer>> reportOrdsByAgencyOrd = new HashMap<>();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                if (!agencies.advanceExact(doc) || !reports.advanceExact(doc)) return;
                reportOrdsByAgencyOrd
                        .computeIfAbsent(agencies.ordValue(), k -> new HashSet<>())
                        .add(reports.ordValue());
            }

            @Override
            public void finish() throws IOException {
                for (var entry : reportOrdsByAgencyOrd.entrySet()) {
                    String agency = agencies.lookupOrd(entry.getKey()).utf8ToString();
                    reportsByAgency.merge(agency, entry.getValue().size(), Integer::sum);
                }
            }
        };
    }
}
