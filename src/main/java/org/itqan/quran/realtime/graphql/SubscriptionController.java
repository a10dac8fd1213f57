package org.itqan.quran.realtime.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.realtime.LiveEvent;
import org.itqan.quran.realtime.LiveEvent.Topics;
import org.itqan.quran.realtime.LiveEvents;
import org.itqan.quran.realtime.access.TokenBoundStreams;
import org.itqan.quran.userdata.KhatmPlans;
import org.itqan.quran.userdata.KhatmProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The subscriptions of graphql/realtime.graphqls over the node's {@link LiveEvents} bus (which, with Redis, also
 * carries the other nodes' events). Access is decided once, when the subscription starts, with the connection's
 * token: the account's own sync topic, the khatm plans it belongs to (membership read through {@link KhatmPlans}),
 * and the public content topic. A user's subscription ends when the connection's token expires or is revoked
 * ({@link TokenBoundStreams}).
 */
@Controller
class SubscriptionController {

    private final LiveEvents live;
    private final KhatmPlans khatms;
    private final KhatmProgress progress;
    private final TokenBoundStreams streams;

    SubscriptionController(LiveEvents live, KhatmPlans khatms, KhatmProgress progress, TokenBoundStreams streams) {
        this.live = live;
        this.khatms = khatms;
        this.progress = progress;
        this.streams = streams;
    }

    /** A live event as the schema's LiveEvent. */
    record Event(String id, String type, String occurredAt, List<EventId> ids) {

        static Event of(LiveEvent event) {
            return new Event(event.id(), event.type(), event.occurredAt().toString(),
                    SubscriptionController.ids(event.data()));
        }
    }

    record EventId(String name, String value) {
    }

    /** A khatm live event with the plan's progress after it, as the subscriber may see it. */
    record KhatmEvent(String id, String type, String occurredAt, UUID planId, @Nullable String change,
            @Nullable Integer part, Map<String, Object> progress) {
    }

    @SubscriptionMapping
    Flux<Event> syncChanges() {
        var subscriber = Subscriber.current();
        var readable = SyncScopes.readableBy(subscriber);
        return streams.whileValid(subscriber.token(), live.subscribe(Topics.sync(subscriber.account()))
                .filter(e -> SyncScopes.admits(readable, e.type())).map(Event::of));
    }

    @SubscriptionMapping
    Flux<KhatmEvent> khatmProgress(@Argument UUID planId) {
        var subscriber = Subscriber.current("goal.read");
        var account = subscriber.account();
        khatms.plan(account, planId); // 404 for a plan the account is not a member of
        // Progress is read from the database: off the publishing thread, which serves every subscriber.
        return streams.whileValid(subscriber.token(), live.subscribe(Topics.khatm(planId))
                .publishOn(Schedulers.boundedElastic())
                .map(e -> new KhatmEvent(e.id(), e.type(), e.occurredAt().toString(), planId,
                        text(e.data().get("change")), e.data().get("part") instanceof Integer p ? p : null,
                        progress.of(account, planId))));
    }

    @SubscriptionMapping
    Flux<Event> contentChanges() {
        return live.subscribe(Topics.CONTENT).map(Event::of);
    }

    private static List<EventId> ids(Map<String, Object> data) {
        return data.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new EventId(e.getKey(), String.valueOf(e.getValue()))).toList();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
