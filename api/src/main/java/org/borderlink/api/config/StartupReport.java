package org.borderlink.api.config;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs, once ready, how long start-up took from JVM launch to a healthy application and where it listens. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final HealthEndpoint health;
    private final Environment environment;

    StartupReport(HealthEndpoint health, Environment environment) {
        this.health = health;
        this.environment = environment;
    }

    @EventListener
    void ready(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) return;
        var status = health.health().getStatus();
        long sinceLaunch = ManagementFactory.getRuntimeMXBean().getUptime();
        log.info(
                "Borderlink started in {} ms from JVM launch, health {} — UI and API at http://localhost:{}/",
                sinceLaunch,
                status.getCode(),
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
    }
}
