package org.itqan.quran.realtime.sse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.Executors;

import org.itqan.quran.realtime.LiveEvent;
import org.itqan.quran.realtime.LiveEvent.Topics;
import org.itqan.quran.realtime.LiveEvents;
import org.itqan.quran.realtime.access.TokenBoundStreams;
import org.itqan.quran.realtime.access.TokenBoundStreams.TokenEnded;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.userdata.KhatmPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v4/me/events}: the signed-in user's live events as Server-Sent Events, for clients that do not
 * speak GraphQL subscriptions. The stream carries the user's own sync changes, the progress of the group khatm plans
 * the user belongs to when the stream opens, and content changes. Each message has an {@code id}, the event type as
 * {@code event}, and the event as JSON {@code data}; a comment line every {@code quran.events.sse.heartbeat} keeps
 * idle connections open. Events are notifications: there is no replay ({@code Last-Event-ID} is ignored), and a
 * client that reconnects re-reads state (the sync endpoint) as it does after any gap.
 * <p>
 * The stream lasts no longer than its access token is valid ({@link TokenBoundStreams}): when the token expires or
 * is revoked, a last message named {@code unauthorized} carries the 401 problem as its data, and the stream ends.
 * <p>
 * Each stream is decoupled from the publishers by a bounded buffer drained on a virtual thread, so a slow or vanished
 * client never holds up a write or other clients; a failed send (the client went away) just ends the stream.
 */
@RestController
class EventStreamController implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventStreamController.class);
    private static final LiveEvent HEARTBEAT = new LiveEvent("", "", "", java.time.Instant.EPOCH, java.util.Map.of());
    static final String SCOPE = "user.read";

    private final LiveEvents live;
    private final KhatmPlans khatm;
    private final JsonMapper json;
    private final SseProperties properties;
    private final TokenBoundStreams streams;
    private final Scheduler senders = Schedulers.fromExecutorService(
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sse-", 1).factory()), "sse");

    EventStreamController(LiveEvents live, KhatmPlans khatm, JsonMapper json, SseProperties properties,
            TokenBoundStreams streams) {
        this.streams = streams;
        this.live = live;
        this.khatm = khatm;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v4/me/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(JwtAuthenticationToken token) throws IOException {
        var account = account(token);
        var topics = new ArrayList<Flux<LiveEvent>>();
        topics.add(live.subscribe(Topics.sync(account)));
        topics.add(live.subscribe(Topics.CONTENT));
        khatm.plans(account).forEach(plan -> topics.add(live.subscribe(Topics.khatm(plan.id()))));
        topics.add(Flux.interval(properties.heartbeat()).map(tick -> HEARTBEAT));

        var emitter = new SseEmitter(properties.timeout().toMillis());
        // Sent before the subscription is live on purpose: a client that has read it knows events from now on reach it.
        emitter.send(SseEmitter.event().name("ready").data("{\"topics\":" + (topics.size() - 1) + "}"));
        Disposable subscription = streams.whileValid(token.getToken(), Flux.merge(topics))
                .publishOn(senders, properties.buffer())
                .subscribe(event -> send(emitter, event), error -> end(emitter, error));
        emitter.onCompletion(subscription::dispose);
        emitter.onTimeout(() -> {
            subscription.dispose();
            emitter.complete();
        });
        emitter.onError(error -> subscription.dispose());
        return emitter;
    }

    private void send(SseEmitter emitter, LiveEvent event) {
        try {
            if (event == HEARTBEAT) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
                return;
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("id", event.id());
            body.put("topic", event.topic());
            body.put("type", event.type());
            body.put("occurred_at", event.occurredAt().toString());
            body.put("data", event.data());
            emitter.send(SseEmitter.event().id(event.id()).name(event.type()).data(json.writeValueAsString(body)));
        } catch (IOException | IllegalStateException e) {
            // The client went away (or the stream timed out): nothing to report to anyone.
            log.debug("SSE stream ended while sending {}: {}", event.id(), e.toString());
            throw new StreamClosed(e);
        }
    }

    /**
     * The stream's end: a token that expired or was revoked says so in a last message; anything else just ends. A
     * send that failed ({@link StreamClosed}: the client went away) has ended the request already: completing it
     * again would throw from this thread (Tomcat refuses an application thread's use of a failed async request).
     */
    private void end(SseEmitter emitter, Throwable error) {
        if (error instanceof StreamClosed) {
            return;
        }
        if (error instanceof TokenEnded ended) {
            try {
                var problem = ended.getBody();
                var body = new LinkedHashMap<String, Object>();
                body.put("type", String.valueOf(problem.getType()));
                body.put("title", problem.getTitle());
                body.put("status", problem.getStatus());
                body.put("detail", problem.getDetail());
                emitter.send(SseEmitter.event().name("unauthorized").data(json.writeValueAsString(body)));
            } catch (IOException | IllegalStateException e) {
                log.debug("SSE stream ended before its last message: {}", e.toString());
                return;
            }
        }
        try {
            emitter.complete();
        } catch (IllegalStateException e) {
            log.debug("SSE stream already ended: {}", e.toString()); // the client went away meanwhile
        }
    }

    private static UUID account(JwtAuthenticationToken token) {
        if (token.getAuthorities().stream().noneMatch(a -> ("SCOPE_" + SCOPE).equals(a.getAuthority()))) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "The access token lacks the scope '" + SCOPE + "'");
        }
        try {
            return UUID.fromString(token.getToken().getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "The event stream needs a token issued to a signed-in user, not to a client");
        }
    }

    @Override
    public void destroy() {
        senders.dispose();
    }

    /** Ends the subscription (Reactor cancels upstream when the consumer throws). */
    private static final class StreamClosed extends RuntimeException {

        StreamClosed(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }
}
