package org.borderlink.api.resolution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.ResolutionStore.Outcome;
import org.borderlink.ingest.resolve.ResolutionStore.Status;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.resolve.SuggestionView;
import org.borderlink.ingest.search.IndexCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Analysts' decisions on resolution, and what must follow each one on this instance: the index re-reads the reports
 * whose facts moved (other instances follow by the ingest sequence the store gave them), and the resolver forgets
 * what it knew of the persons involved.
 */
@Service
class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    private final ResolutionStore store;
    private final IndexCatchUp index;
    private final Resolver resolver;

    Decisions(ResolutionStore store, IndexCatchUp index, Resolver resolver) {
        this.store = store;
        this.index = index;
        this.resolver = resolver;
    }

    List<SuggestionView> list(Status status, Viewer viewer, int limit) {
        return store.list(status, viewer, limit);
    }

    Optional<SuggestionView> find(String id, Viewer viewer) {
        return store.find(id, viewer);
    }

    Outcome confirm(String id, Viewer viewer, String user, String reason) {
        return followed(store.confirm(id, viewer, user, reason), "merged", user);
    }

    Outcome reject(String id, Viewer viewer, String user, String reason) {
        return followed(store.reject(id, viewer, user, reason), "rejected", user);
    }

    Outcome undo(String id, Viewer viewer, String user, String reason) {
        return followed(store.undo(id, viewer, user, reason), "merge undone", user);
    }

    Optional<String> split(String personId, Set<String> reports, Viewer viewer, String user, String reason) {
        Optional<String> created = store.split(personId, reports, viewer, user, reason);
        created.ifPresent(id -> {
            resolver.forget(List.of(personId, id));
            index.reindex(reports);
            log.info("Resolution: {} reports split off a person by {}", reports.size(), user);
        });
        return created;
    }

    private Outcome followed(Outcome outcome, String what, String user) {
        if (outcome instanceof Outcome.Done done) {
            resolver.forget(List.of(
                    done.suggestion().from().personId(), done.suggestion().to().personId()));
            if (!done.changedReports().isEmpty()) index.reindex(done.changedReports());
            log.info("Resolution: suggestion {} {} by {}", done.suggestion().id(), what, user);
        }
        return outcome;
    }
}
