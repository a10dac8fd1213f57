package org.itqan.quran.realtime.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery queue, kept in the database so that any node can send what another node enqueued or left behind.
 * <p>
 * States: PENDING (due at {@code next_attempt_at}), DELIVERING (claimed by a node until {@code claimed_until}),
 * DELIVERED, DEAD (attempts used up). Per subscription only the <em>head</em> is ever claimed: the unfinished
 * delivery with the lowest {@code seq}. So a subscription's events arrive one at a time, in the order they were
 * enqueued, and a failing receiver holds back only its own queue. A claim is one conditional UPDATE that repeats
 * the due conditions, so of two nodes claiming the same head exactly one wins (this works on H2 and PostgreSQL
 * alike, without {@code SKIP LOCKED}); a node that dies mid-delivery loses its claim when {@code claimed_until}
 * passes, and the delivery is sent again (receivers deduplicate by {@code Itqan-Event-Id}).
 */
@Component
class WebhookDeliveries {

    private final JdbcClient jdbc;
    private final WebhookProperties properties;

    WebhookDeliveries(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    record Delivery(UUID id, long seq, UUID subscriptionId, UUID eventId, String eventType, String payload,
            String state, int attempts, Instant nextAttemptAt, @Nullable Integer lastStatus, @Nullable String lastError,
            @Nullable UUID replayOf, Instant createdAt, @Nullable Instant finishedAt) {
    }

    record Attempt(int attempt, Instant attemptedAt, @Nullable Integer status, @Nullable String error,
            long durationMs) {
    }

    /**
     * Enqueues an event for every subscription to its type, once: enqueueing the same event again (a resubmitted
     * listener) adds nothing. Returns how many deliveries were added.
     */
    @Transactional
    int enqueue(UUID eventId, String eventType, String payload) {
        var now = utc(Instant.now());
        var subscriptions = jdbc.sql("SELECT id FROM webhook_subscription WHERE event_types LIKE ?")
                .param("% " + eventType + " %").query(UUID.class).list();
        int added = 0;
        for (var subscription : subscriptions) {
            var key = subscription + ":" + eventId;
            added += jdbc.sql("INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, state, "
                    + "attempts, next_attempt_at, dedupe_key, created_at) SELECT ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM webhook_delivery WHERE dedupe_key = ?)")
                    .params(UUID.randomUUID(), subscription, eventId, eventType, payload, now, key, now, key).update();
        }
        return added;
    }

    /** Claims up to {@code limit} due heads (at most one per subscription) for {@code node}. */
    List<Delivery> claim(String node, int limit) {
        var now = utc(Instant.now());
        var due = "((d.state = 'PENDING' AND d.next_attempt_at <= :now) "
                + "OR (d.state = 'DELIVERING' AND d.claimed_until < :now))";
        var candidates = jdbc.sql("SELECT d.id FROM webhook_delivery d WHERE d.state IN ('PENDING', 'DELIVERING') "
                + "AND " + due + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = "
                + "d.subscription_id AND e.state IN ('PENDING', 'DELIVERING') AND e.seq < d.seq) ORDER BY d.seq "
                + "LIMIT :limit").param("now", now).param("limit", limit).query(UUID.class).list();
        var claimed = new ArrayList<Delivery>();
        for (var id : candidates) {
            int won = jdbc.sql("UPDATE webhook_delivery d SET state = 'DELIVERING', claimed_by = :node, "
                    + "claimed_until = :until WHERE d.id = :id AND " + due).param("node", node)
                    .param("until", utc(Instant.now().plus(properties.claimFor()))).param("now", now).param("id", id)
                    .update();
            if (won == 1) {
                claimed.add(find(id));
            }
        }
        return claimed;
    }

    /**
     * Records an attempt of a delivery this node claimed: DELIVERED on success, otherwise PENDING again after a
     * backoff, or DEAD once the attempts are used up. A node whose claim expired meanwhile records nothing.
     */
    @Transactional
    void record(Delivery delivery, String node, @Nullable Integer status, @Nullable String error, Duration took) {
        var now = Instant.now();
        int attempt = delivery.attempts() + 1;
        boolean delivered = status != null && status >= 200 && status < 300;
        String state = delivered ? "DELIVERED" : attempt >= properties.maxAttempts() ? "DEAD" : "PENDING";
        var trimmed = error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
        int updated = jdbc.sql("UPDATE webhook_delivery SET state = :state, attempts = :attempt, next_attempt_at = "
                + ":next, claimed_by = NULL, claimed_until = NULL, last_status = :status, last_error = :error, "
                + "finished_at = :finished WHERE id = :id AND state = 'DELIVERING' AND claimed_by = :node")
                .param("state", state).param("attempt", attempt).param("next", utc(now.plus(backoff(attempt))))
                .param("status", status).param("error", trimmed)
                .param("finished", state.equals("PENDING") ? null : utc(now)).param("id", delivery.id())
                .param("node", node).update();
        if (updated == 1) {
            jdbc.sql("INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status, error, duration_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").params(delivery.id(), attempt, utc(now), status, trimmed,
                    took.toMillis()).update();
        }
    }

    /** Exponential backoff with jitter: half of base·2^(attempt-1) (capped) plus a random part of the other half. */
    Duration backoff(int attempt) {
        var base = properties.backoffBase().toMillis();
        long exponential = attempt >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempt - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, properties.backoffMax().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** The newest deliveries of a subscription, with their attempts. */
    List<Delivery> list(UUID subscription, int limit) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE subscription_id = ? ORDER BY seq DESC LIMIT ?")
                .params(subscription, limit).query(WebhookDeliveries::map).list();
    }

    List<Attempt> attempts(UUID delivery) {
        return jdbc.sql("SELECT * FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt").param(delivery)
                .query((rs, n) -> new Attempt(rs.getInt("attempt"),
                        rs.getObject("attempted_at", OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject("status"), rs.getString("error"), rs.getLong("duration_ms"))).list();
    }

    /**
     * Sends a finished delivery again, as a new delivery at the end of the subscription's queue with the same event
     * id and body (a fresh signature timestamp).
     *
     * @throws ApiProblem 404 for a delivery of another subscription, 409 for one still under way
     */
    @Transactional
    Delivery replay(UUID subscription, UUID deliveryId) {
        var original = jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ? AND subscription_id = ?")
                .params(deliveryId, subscription).query(WebhookDeliveries::map).optional()
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                        "No delivery " + deliveryId + " for this webhook"));
        if (!original.state().equals("DELIVERED") && !original.state().equals("DEAD")) {
            throw ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                    "Delivery " + deliveryId + " is still " + original.state() + "; replay it once it has finished");
        }
        var id = UUID.randomUUID();
        var now = utc(Instant.now());
        jdbc.sql("INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, state, attempts, "
                + "next_attempt_at, replay_of, dedupe_key, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)")
                .params(id, subscription, original.eventId(), original.eventType(), original.payload(), now,
                        original.id(), "replay:" + id, now).update();
        return find(id);
    }

    Delivery find(UUID id) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ?").param(id).query(WebhookDeliveries::map).single();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Delivery(rs.getObject("id", UUID.class), rs.getLong("seq"),
                rs.getObject("subscription_id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("event_type"), rs.getString("payload"), rs.getString("state"), rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), (Integer) rs.getObject("last_status"),
                rs.getString("last_error"), rs.getObject("replay_of", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
