package org.itqan.quran.realtime.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.realtime.webhooks.WebhookDeliveries.Delivery;
import org.itqan.quran.realtime.webhooks.WebhookSubscriptions.Subscription;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A client's webhooks, with a client-credentials token carrying the {@code webhooks} scope. The secret that signs
 * deliveries is in the answer to the registration only.
 */
@RestController
@RequestMapping("/api/v4/webhooks")
class WebhookController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookDispatcher dispatcher;

    WebhookController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
            WebhookDispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    record Registration(@Nullable String url, @JsonProperty("event_types") @Nullable List<String> eventTypes,
            @Nullable String description) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(JwtAuthenticationToken token,
            @RequestBody(required = false) @Nullable Registration body) {
        if (body == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST,
                    "A JSON body with url and event_types is required");
        }
        var created = subscriptions.register(client(token), body.url(), body.eventTypes(), body.description());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v4/webhooks/" + created.id())).body(view(created));
    }

    @GetMapping
    Map<String, Object> list(JwtAuthenticationToken token) {
        return Map.of("webhooks", subscriptions.list(client(token)).stream().map(WebhookController::view).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(JwtAuthenticationToken token, @PathVariable UUID id) {
        return view(subscriptions.find(client(token), id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(JwtAuthenticationToken token, @PathVariable UUID id) {
        subscriptions.delete(client(token), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    Map<String, Object> deliveries(JwtAuthenticationToken token, @PathVariable UUID id) {
        var subscription = subscriptions.find(client(token), id);
        return Map.of("deliveries", deliveries.list(subscription.id(), 100).stream().map(this::view).toList());
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    ResponseEntity<Map<String, Object>> replay(JwtAuthenticationToken token, @PathVariable UUID id,
            @PathVariable UUID deliveryId) {
        var subscription = subscriptions.find(client(token), id);
        var replay = deliveries.replay(subscription.id(), deliveryId);
        dispatcher.wake();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(replay));
    }

    /** The client the token was issued to, for its own client-credentials token only. */
    private static String client(JwtAuthenticationToken token) {
        var clientId = token.getToken().getClaimAsString("client_id");
        if (clientId == null || !clientId.equals(token.getToken().getSubject())) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "Webhooks belong to clients: use a client-credentials token with the scope 'webhooks'");
        }
        return clientId;
    }

    private static Map<String, Object> view(Subscription s) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", s.id());
        view.put("url", s.url());
        view.put("event_types", s.eventTypes());
        view.put("description", s.description());
        view.put("created_at", s.createdAt());
        if (s.secret() != null) {
            view.put("secret", s.secret());
        }
        return view;
    }

    private Map<String, Object> view(Delivery d) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", d.id());
        view.put("event_id", d.eventId());
        view.put("event_type", d.eventType());
        view.put("state", d.state().toLowerCase(java.util.Locale.ROOT));
        view.put("attempts", d.attempts());
        view.put("next_attempt_at", d.state().equals("PENDING") ? d.nextAttemptAt() : null);
        view.put("last_status", d.lastStatus());
        view.put("last_error", d.lastError());
        view.put("replay_of", d.replayOf());
        view.put("created_at", d.createdAt());
        view.put("finished_at", d.finishedAt());
        view.put("attempt_log", deliveries.attempts(d.id()).stream().map(a -> {
            var attempt = new LinkedHashMap<String, Object>();
            attempt.put("attempt", a.attempt());
            attempt.put("attempted_at", a.attemptedAt());
            attempt.put("status", a.status());
            attempt.put("error", a.error());
            attempt.put("duration_ms", a.durationMs());
            return attempt;
        }).toList());
        return view;
    }
}
