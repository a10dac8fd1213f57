package org.itqan.quran.realtime.relay;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.itqan.quran.realtime.LiveEvent;
import org.itqan.quran.realtime.LiveEvents;
import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries live events between nodes over Redis pub/sub, when Redis is configured (DESIGN.md §2). Every event
 * published on this node goes to the channel, tagged with this node's id; every message on the channel from another
 * node is delivered to this node's subscribers. So a subscriber on node A hears of a write on node B.
 * <p>
 * Redis being away degrades to node-local delivery, never to a failed write: publishing is asynchronous and a failure
 * is only reported to {@link SharedRedis} (which logs it, rate-limited). The subscription has its own connection;
 * if Redis is down at start it is retried every {@code quran.redis.retry-interval}, and once made, Lettuce
 * reconnects it and subscribes again by itself. Events published while Redis is down do not reach other nodes:
 * they are notifications, and clients re-read state after a gap.
 */
@Component
class RedisLiveEventRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveEventRelay.class);

    record Message(String node, LiveEvent event) {
    }

    private final String node = UUID.randomUUID().toString();
    private final LiveEvents live;
    private final @Nullable SharedRedis redis;
    private final JsonMapper json;
    private final byte[] channel;
    private volatile @Nullable ScheduledExecutorService retries;
    private volatile @Nullable StatefulRedisPubSubConnection<byte[], byte[]> subscription;
    private volatile boolean running;

    RedisLiveEventRelay(LiveEvents live, ObjectProvider<SharedRedis> redis, JsonMapper json,
            @Value("${quran.events.relay-channel:itqan:live-events}") String channel) {
        this.live = live;
        this.redis = redis.getIfAvailable();
        this.json = json;
        this.channel = channel.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void start() {
        running = true;
        var shared = redis;
        if (shared == null) {
            return; // one node, or nodes without Redis: local delivery is all there is
        }
        live.relayTo(event -> publish(shared, event));
        var executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-relay-subscriber")
                .daemon().factory());
        retries = executor;
        executor.execute(() -> subscribe(shared, executor));
    }

    private void publish(SharedRedis shared, LiveEvent event) {
        var connection = shared.connection();
        if (connection.isEmpty()) {
            return;
        }
        byte[] message;
        try {
            message = json.writeValueAsBytes(new Message(node, event));
        } catch (RuntimeException e) {
            log.error("Live event {} of type {} cannot be relayed", event.id(), event.type(), e);
            return;
        }
        try {
            connection.get().async().publish(channel, message).whenComplete((receivers, error) -> {
                if (error != null) {
                    shared.failed(error);
                } else {
                    shared.succeeded();
                }
            });
        } catch (RuntimeException e) {
            shared.failed(e);
        }
    }

    private void subscribe(SharedRedis shared, ScheduledExecutorService executor) {
        if (!running) {
            return;
        }
        try {
            var connection = shared.client().connectPubSub(ByteArrayCodec.INSTANCE);
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(byte[] from, byte[] message) {
                    receive(message);
                }
            });
            connection.sync().subscribe(channel);
            subscription = connection;
            log.info("Relaying live events through Redis at {} as node {}", shared.address(), node);
        } catch (RuntimeException e) {
            shared.failed(e);
            executor.schedule(() -> subscribe(shared, executor), 5, TimeUnit.SECONDS);
        }
    }

    void receive(byte[] bytes) {
        try {
            var message = json.readValue(bytes, Message.class);
            if (!node.equals(message.node())) {
                live.deliverLocally(message.event());
            }
        } catch (RuntimeException e) {
            log.warn("Ignored a malformed live-event message on the relay channel: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        var executor = retries;
        if (executor != null) {
            executor.shutdownNow();
        }
        var connection = subscription;
        if (connection != null) {
            connection.closeAsync();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
