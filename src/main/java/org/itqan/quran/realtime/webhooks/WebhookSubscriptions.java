package org.itqan.quran.realtime.webhooks;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.RequestBodies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhooks of OAuth clients. A client sees and deletes only its own; another client's id answers 404.
 * <p>
 * Which events: only public ones ({@link #EVENT_TYPES}, today the content changes). User-private events (sync,
 * khatm) never go to client webhooks: a client-credentials token acts for no user, and sending users' activity to
 * a server would need a per-user consent model that does not exist yet (README "Events and webhooks").
 */
@Service
class WebhookSubscriptions {

    static final Set<String> EVENT_TYPES = Set.of("content.imported", "resource.updated");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WebhookTargets targets;
    private final WebhookProperties properties;

    WebhookSubscriptions(JdbcClient jdbc, WebhookTargets targets, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.properties = properties;
    }

    /** A subscription; {@code secret} is set only in the answer to its registration. */
    record Subscription(UUID id, String clientId, String url, List<String> eventTypes, @Nullable String description,
            Instant createdAt, @Nullable String secret) {
    }

    /**
     * @throws ApiProblem 400 naming the member when a value is missing, too long, of the wrong kind or not Unicode
     *     text; 422 when the target is refused; 409 when the client has as many webhooks as it may
     */
    @Transactional
    Subscription register(String clientId, @Nullable String url, @Nullable List<String> eventTypes,
            @Nullable String description) {
        // Unicode first, before a problem below echoes the value or it is stored: PostgreSQL cannot store a lone
        // surrogate (a 500 there), and a client reading it back would get no text.
        if (url != null) {
            RequestBodies.unicode("url", url);
        }
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw ApiProblem.invalidParameter("url", String.valueOf(url), "an https URL of at most 2000 characters");
        }
        var validTypes = "a non-empty list of " + EVENT_TYPES.stream().sorted().toList();
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw ApiProblem.invalidParameter("event_types", String.valueOf(eventTypes), validTypes);
        }
        for (var type : eventTypes) {
            // element by element: Set.of(..).containsAll throws on a null element ("event_types":[null]) instead of
            // answering false
            if (type == null) {
                throw ApiProblem.invalidParameter("event_types", String.valueOf(eventTypes), validTypes
                        + ", without null");
            }
            RequestBodies.unicode("event_types", type);
            if (!EVENT_TYPES.contains(type)) {
                throw ApiProblem.invalidParameter("event_types", type, validTypes);
            }
        }
        if (description != null) {
            RequestBodies.unicode("description", description);
        }
        if (description != null && description.length() > 200) {
            throw ApiProblem.invalidParameter("description", description, "at most 200 characters");
        }
        var refusal = targets.refusal(url);
        if (refusal != null) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemType.INVALID_PARAMETER,
                    "Webhook target refused: " + refusal).with("parameter", "url");
        }
        // Locks the client's subscriptions, so that two registrations at once cannot both pass the limit.
        var existing = jdbc.sql("SELECT id FROM webhook_subscription WHERE client_id = ? FOR UPDATE").param(clientId)
                .query(UUID.class).list().size();
        if (existing >= properties.maxSubscriptionsPerClient()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CONFLICT, "A client may register at most "
                    + properties.maxSubscriptionsPerClient() + " webhooks; delete one first");
        }
        var secret = newSecret();
        var id = UUID.randomUUID();
        var now = Instant.now();
        var types = new LinkedHashSet<>(eventTypes.stream().sorted().toList());
        jdbc.sql("INSERT INTO webhook_subscription (id, client_id, url, event_types, description, secret, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)").params(id, clientId, url, " " + String.join(" ", types) + " ",
                description, secret, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        return new Subscription(id, clientId, url, List.copyOf(types), description, now, secret);
    }

    List<Subscription> list(String clientId) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE client_id = ? ORDER BY created_at, id")
                .param(clientId).query(WebhookSubscriptions::map).list();
    }

    /** @throws ApiProblem 404 unless the subscription exists and belongs to {@code clientId} */
    Subscription find(String clientId, UUID id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE id = ? AND client_id = ?").params(id, clientId)
                .query(WebhookSubscriptions::map).optional().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                        ProblemType.NOT_FOUND, "No webhook " + id + " for this client"));
    }

    /** Deletes the subscription with its deliveries and their attempts. */
    @Transactional
    void delete(String clientId, UUID id) {
        find(clientId, id);
        jdbc.sql("DELETE FROM webhook_subscription WHERE id = ?").param(id).update();
    }

    /** Deletes every webhook of a client (the client was revoked); returns how many. */
    @Transactional
    int deleteAll(String clientId) {
        return jdbc.sql("DELETE FROM webhook_subscription WHERE client_id = ?").param(clientId).update();
    }

    /** The secret and URL a delivery needs; empty when the subscription is gone. */
    java.util.Optional<Subscription> forDelivery(UUID id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE id = ?").param(id)
                .query((rs, n) -> withSecret(rs)).optional();
    }

    private static Subscription withSecret(ResultSet rs) throws SQLException {
        var s = map(rs, 0);
        return new Subscription(s.id(), s.clientId(), s.url(), s.eventTypes(), s.description(), s.createdAt(),
                rs.getString("secret"));
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("url"),
                Arrays.stream(rs.getString("event_types").trim().split(" ")).toList(), rs.getString("description"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), null);
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
