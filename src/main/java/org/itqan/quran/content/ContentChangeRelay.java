package org.itqan.quran.content;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * Tells the other nodes at once when the content changed here (an import or an approved correction), over a Redis
 * pub/sub channel: each receiver runs {@link ContentRefresher#refreshIfChanged()}, which reloads its catalog from
 * the database and publishes {@link ContentImported} locally, so its caches drop and its search index rebuilds.
 * <p>
 * The message is only a nudge; the database stays the truth. A message lost while Redis is down is made up for by
 * the refresher's poll ({@code quran.content.refresh-interval}), which remains the fallback. A change learnt from
 * another node is not announced again. Without {@code quran.redis.url} this does nothing.
 */
@Component
class ContentChangeRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContentChangeRelay.class);

    /** Set while this node applies a change announced by another, so that it is not announced back. */
    private static final ThreadLocal<Boolean> APPLYING_REMOTE = ThreadLocal.withInitial(() -> false);

    private final @Nullable SharedRedis redis;
    private final ContentRefresher refresher;
    private final byte[] channel;
    private final String node = UUID.randomUUID().toString();
    private volatile @Nullable StatefulRedisPubSubConnection<byte[], byte[]> subscription;

    ContentChangeRelay(ObjectProvider<SharedRedis> redis, ContentRefresher refresher,
            ContentHttpProperties properties) {
        this.redis = redis.getIfAvailable();
        this.refresher = refresher;
        this.channel = (properties.redisPrefix() + "content-changed").getBytes(StandardCharsets.UTF_8);
    }

    @EventListener
    void on(ContentImported event) {
        var redis = this.redis;
        if (redis == null || APPLYING_REMOTE.get()) {
            return;
        }
        redis.connection().ifPresent(connection -> {
            try {
                var message = (node + ' ' + event.contentVersion()).getBytes(StandardCharsets.UTF_8);
                connection.async().publish(channel, message).whenComplete((receivers, error) -> {
                    if (error != null) {
                        redis.failed(error);
                    }
                });
            } catch (RuntimeException e) {
                redis.failed(e);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        subscribe();
    }

    /** Subscribes if not yet subscribed (Redis was down at start); Lettuce resubscribes after a reconnect itself. */
    @Scheduled(fixedDelayString = "${quran.content.relay-retry-interval:PT5S}",
            initialDelayString = "${quran.content.relay-retry-interval:PT5S}")
    synchronized void subscribe() {
        var redis = this.redis;
        if (redis == null || subscription != null) {
            return;
        }
        try {
            var connection = redis.client().connectPubSub(io.lettuce.core.codec.ByteArrayCodec.INSTANCE);
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(byte[] from, byte[] message) {
                    received(new String(message, StandardCharsets.UTF_8));
                }
            });
            connection.sync().subscribe(channel);
            subscription = connection;
            log.info("Listening for content changes of other nodes on Redis {}", redis.address());
            // Whatever changed while this node was not listening is picked up now rather than at the next poll.
            Thread.ofPlatform().daemon().name("content-relay-catch-up").start(this::refresh);
        } catch (RuntimeException e) {
            log.debug("Cannot subscribe to content changes yet: {}", e.toString());
        }
    }

    private void received(String message) {
        if (message.startsWith(node + ' ')) {
            return;
        }
        // Lettuce delivers on its I/O thread, which must not wait on the database. A platform thread: a reload is
        // CPU work that should not hold a carrier of the virtual threads that event listeners run on.
        Thread.ofPlatform().daemon().name("content-relay").start(this::refresh);
    }

    private void refresh() {
        APPLYING_REMOTE.set(true);
        try {
            refresher.refreshIfChanged();
        } catch (RuntimeException e) {
            log.warn("Could not reload content announced by another node (the poll will retry): {}", e.toString());
        } finally {
            APPLYING_REMOTE.remove();
        }
    }

    @Override
    public void destroy() {
        var current = subscription;
        if (current != null) {
            current.close();
        }
    }
}
