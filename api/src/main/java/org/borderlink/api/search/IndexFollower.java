package org.borderlink.api.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.borderlink.ingest.search.IndexCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Catches the index up with the graph when the server is ready (after a restart, the reports written since the last
 * index commit; on a new instance, everything) and then every {@code borderlink.index.catch-up-interval}: reports
 * other instances wrote, merges and splits. Only the server follows the graph; a command line run indexes what it
 * writes itself.
 */
@Component
@ConditionalOnWebApplication
class IndexFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final IndexCatchUp catchUp;
    private final IndexProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("index-catch-up").daemon(true).factory());
    private volatile boolean running;

    IndexFollower(IndexCatchUp catchUp, IndexProperties properties) {
        this.catchUp = catchUp;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void follow() {
        long every = Math.max(100, properties.catchUpInterval().toMillis());
        timer.scheduleWithFixedDelay(this::catchUp, 0, every, TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            catchUp.catchUp();
        } catch (RuntimeException e) {
            // the graph may be briefly unreachable; the next round starts from the same checkpoint
            log.warn("Search index catch-up failed ({}); retrying in {}", e.getMessage(), properties.catchUpInterval());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        try {
            // a catch-up in progress finishes before the index closes
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
