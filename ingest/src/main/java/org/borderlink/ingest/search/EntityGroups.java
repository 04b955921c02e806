package org.borderlink.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;

/**
 * Collects matching documents grouped by the entity they describe ({@link IndexDocuments#ENTITY}): for each entity
 * its best score, its best few documents and the reports they come from. A person mentioned in fifty reports is one
 * group, so a prolific person cannot crowd the others out of a top-N list as fifty separate documents would.
 */
final class EntityGroups {

    /** One entity's matching documents. */
    static final class Group {
        final String entity;
        float best = Float.NEGATIVE_INFINITY;
        /** The best documents, worst first (a bounded min-heap). */
        final PriorityQueue<Hit> top = new PriorityQueue<>(Comparator.comparingDouble(Hit::score));

        final Set<String> reports = new LinkedHashSet<>();

        Group(String entity) {
            this.entity = entity;
        }

        /** The kept documents, best first. */
        List<Hit> hits() {
            List<Hit> out = new ArrayList<>(top);
            out.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::doc));
            return out;
        }
    }

    record Hit(int doc, float score) {}

    private EntityGroups() {}

    /**
     * The groups of every matching document, best group first.
     *
     * @param perGroup documents kept per group
     * @param withReports whether to collect the reports of each group's documents
     */
    static CollectorManager<GroupCollector, List<Group>> manager(int perGroup, boolean withReports) {
        return new CollectorManager<>() {
            @Override
            public GroupCollector newCollector() {
                return new GroupCollector(perGroup, withReports);
            }

            @Override
            public List<Group> reduce(Collection<GroupCollector> collectors) {
                Map<String, Group> merged = new HashMap<>();
                for (GroupCollector c : collectors) {
                    for (Group g : c.groups.values()) {
                        Group into = merged.computeIfAbsent(g.entity, Group::new);
                        into.best = Math.max(into.best, g.best);
                        into.reports.addAll(g.reports);
                        for (Hit h : g.top) offer(into, h, perGroup);
                    }
                }
                List<Group> out = new ArrayList<>(merged.values());
                out.sort(Comparator.comparingDouble((Group g) -> g.best)
                        .reversed()
                        .thenComparing(g -> g.entity));
                return out;
            }
        };
    }

    private static void offer(Group group, Hit hit, int perGroup) {
        group.best = Math.max(group.best, hit.score());
        if (group.top.size() < perGroup) {
            group.top.add(hit);
        } else if (group.top.peek().score() < hit.score()) {
            group.top.poll();
            group.top.add(hit);
        }
    }

    static final class GroupCollector implements Collector {
        private final int perGroup;
        private final boolean withReports;
        final Map<String, Group> groups = new HashMap<>();

        GroupCollector(int perGroup, boolean withReports) {
            this.perGroup = perGroup;
            this.withReports = withReports;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues entities = DocValues.getSorted(context.reader(), IndexDocuments.ENTITY);
            SortedDocValues reports =
                    withReports ? DocValues.getSorted(context.reader(), IndexDocuments.REPORT_ID) : null;
            int base = context.docBase;
            // per segment, ordinals stand for entity ids: look each string up once, not once per hit
            Map<Integer, Group> byOrd = new HashMap<>();
            Map<Integer, String> reportByOrd = new HashMap<>();
            return new LeafCollector() {
                private @Nullable Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!entities.advanceExact(doc)) return;
                    int ord = entities.ordValue();
                    Group group = byOrd.get(ord);
                    if (group == null) {
                        String entity = entities.lookupOrd(ord).utf8ToString();
                        group = groups.computeIfAbsent(entity, Group::new);
                        byOrd.put(ord, group);
                    }
                    offer(group, new Hit(base + doc, scorer.score()), perGroup);
                    if (reports != null && reports.advanceExact(doc)) {
                        int r = reports.ordValue();
                        String report = reportByOrd.get(r);
                        if (report == null) {
                            report = reports.lookupOrd(r).utf8ToString();
                            reportByOrd.put(r, report);
                        }
                        group.reports.add(report);
                    }
                }
            };
        }
    }
}
