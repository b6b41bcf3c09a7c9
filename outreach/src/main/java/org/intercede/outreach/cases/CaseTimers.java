package org.intercede.outreach.cases;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What happens with time: unanswered cases past their response time alert the supervisors, snoozed cases
 * wake up, and waiting cases are offered to caseworkers with room. Every process ticks; each due case is
 * claimed by exactly one of them (see {@link CaseStore#claimOverdue}). Tests call {@link #tick()} directly.
 */
@Singleton
public class CaseTimers {
    private static final Logger LOG = LoggerFactory.getLogger(CaseTimers.class);
    private static final long PERIOD_SECONDS = 5;
    private final CaseStore store;
    private final CaseAlerts alerts;
    private final CaseAssigner assigner;
    private final CaseEvents events;
    private final Clock clock;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    /** @param enabled false in tests that drive {@link #tick()} themselves ({@code intercede.cases.timers}) */
    public CaseTimers(CaseStore store, CaseAlerts alerts, CaseAssigner assigner, CaseEvents events, Clock clock,
                      @Value("${intercede.cases.timers:true}") boolean enabled) {
        this.enabled = enabled;
        this.store = store;
        this.alerts = alerts;
        this.assigner = assigner;
        this.events = events;
        this.clock = clock;
    }

    /** Runs one round; returns how many cases it acted on. */
    public int tick() {
        Instant now = clock.instant();
        int acted = 0;
        for (SupportCase overdue : store.findAll(store.claimOverdue(now))) {
            if (overdue.awaitingReply() && overdue.status() != CaseStatus.RESOLVED) {
                alerts.raise(CaseAlerts.Kind.OVERDUE, overdue);
                acted++;
            }
        }
        for (String woken : store.claimWakeUps(now)) {
            store.find(woken).filter(c -> c.status() == CaseStatus.SNOOZED).ifPresent(c -> {
                store.setStatus(c.id(), CaseStatus.OPEN, null);
                events.publish(CaseEvents.Kind.UPDATE, c.id());
            });
            acted++;
        }
        return acted + assigner.pickUpWaiting();
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "case-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warn("Case timers failed this round: {}", e.toString());
            }
        }, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
