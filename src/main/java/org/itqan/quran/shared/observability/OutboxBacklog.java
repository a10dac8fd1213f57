package org.itqan.quran.shared.observability;

import java.util.concurrent.atomic.AtomicLong;

import org.itqan.quran.shared.web.DatabaseUnavailable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox backlog: event publications (Spring Modulith's JDBC registry) that no listener has completed yet.
 * With {@code completion-mode: delete} every row in the table is incomplete. A few rows are normal (events in
 * flight); a growing number means a listener keeps failing or the node cannot keep up.
 * <p>
 * Counted on a schedule, not per scrape or health probe, so monitoring never queries the database on its own and a
 * database outage does not make every scrape wait. Health {@code outbox} is UP below
 * {@code quran.outbox.warn-backlog} and {@code DEGRADED} (HTTP 200, not part of readiness) at or above it: a
 * backlog is a reason to look, not to take the node out of service.
 */
@Component("outbox")
class OutboxBacklog implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Serving, but something needs attention");

    private final JdbcTemplate jdbc;
    private final long warnAt;
    private final AtomicLong backlog = new AtomicLong(-1);
    private volatile boolean sampled;

    OutboxBacklog(JdbcTemplate jdbc, MeterRegistry meters, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.warnAt = properties.warnBacklog();
        Gauge.builder(Metrics.OUTBOX_BACKLOG, backlog, AtomicLong::get)
                .description("Event publications not yet completed by their listeners").register(meters);
        // Registered here so the series exists (at zero) before the first webhook is sent.
        for (var outcome : Metrics.WEBHOOK_OUTCOMES) {
            Counter.builder(Metrics.WEBHOOK_DELIVERIES).tag("outcome", outcome)
                    .description("Webhook delivery attempts by outcome").register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${quran.outbox.sample-interval:PT15S}", initialDelay = 0)
    void sample() {
        try {
            var count = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                    Long.class);
            backlog.set(count == null ? 0 : count);
            sampled = true;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            DatabaseUnavailable.log("the outbox backlog count", e); // the last count stays until the next one
        }
    }

    @Override
    public Health health() {
        if (!sampled) {
            sample();
        }
        var count = backlog.get();
        var builder = count >= warnAt ? Health.status(DEGRADED) : Health.up();
        return builder.withDetail("incomplete_publications", count).withDetail("warn_at", warnAt).build();
    }
}
