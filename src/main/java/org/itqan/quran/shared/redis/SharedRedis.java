package org.itqan.quran.shared.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * The node's one shared connection to Redis, and whether Redis is usable right now.
 * <p>
 * The connection is opened lazily, so a node starts (and serves, on its embedded behaviour) while Redis is down.
 * Users call {@link #connection()} per operation and report the outcome with {@link #failed(Throwable)} or
 * {@link #succeeded()}. After a failure Redis is skipped for {@code quran.redis.retry-interval}; the first operation
 * after that tries it again, and a success marks it available. {@link #isAvailable()} is what a health indicator
 * should report. Warnings are logged once per outage and then at most once a minute, however many requests fail.
 */
public class SharedRedis implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedRedis.class);
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisClient client;
    private final String address;
    private final long retryNanos;
    private final ReentrantLock connecting = new ReentrantLock();
    private final AtomicLong failuresSinceWarning = new AtomicLong();
    private volatile @Nullable StatefulRedisConnection<byte[], byte[]> connection;
    private volatile boolean available = true;
    private volatile long retryAt;
    private volatile long warnedAt;

    /** Uses {@code client} (made by {@link #newClient}) for the connection; the caller shuts the client down. */
    public SharedRedis(RedisClient client, SharedRedisProperties properties) {
        this.client = client;
        var uri = RedisURI.create(properties.url());
        // host:port only: the URL may carry a password, which must never reach the log
        this.address = uri.getHost() + ":" + uri.getPort();
        this.retryNanos = properties.retryInterval().toNanos();
    }

    /**
     * A Lettuce client for {@code properties.url()} that fails fast: connect and command timeouts are
     * {@code properties.timeout()}, and while the connection is down Lettuce reconnects in the background but
     * rejects commands at once instead of queueing them, so a request falls back immediately.
     */
    public static RedisClient newClient(SharedRedisProperties properties) {
        var uri = RedisURI.create(properties.url());
        uri.setTimeout(properties.timeout());
        var client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .build());
        return client;
    }

    /** The Lettuce client, for users that need their own connections (pub/sub). */
    public RedisClient client() {
        return client;
    }

    /**
     * The shared binary connection, or empty while Redis is considered down (until the retry interval passes) or
     * while another thread is opening the first connection.
     */
    public Optional<StatefulRedisConnection<byte[], byte[]>> connection() {
        if (!available && System.nanoTime() - retryAt < 0) {
            return Optional.empty();
        }
        var current = connection;
        if (current != null) {
            return Optional.of(current);
        }
        // One thread connects; the others take the embedded path instead of piling up behind it.
        if (!connecting.tryLock()) {
            return Optional.empty();
        }
        try {
            current = connection;
            if (current == null) {
                current = client.connect(ByteArrayCodec.INSTANCE);
                connection = current;
            }
            return Optional.of(current);
        } catch (RuntimeException e) {
            failed(e);
            return Optional.empty();
        } finally {
            connecting.unlock();
        }
    }

    /** Redis answered: if it had been down, it is back. */
    public void succeeded() {
        if (!available) {
            available = true;
            log.info("Redis at {} answers again after {} failed operations; shared state resumes", address,
                    failuresSinceWarning.getAndSet(0));
        }
    }

    /** An operation on Redis failed: skip Redis for the retry interval and warn, rate-limited. */
    public void failed(Throwable error) {
        var now = System.nanoTime();
        retryAt = now + retryNanos;
        var failures = failuresSinceWarning.incrementAndGet();
        if (available || now - warnedAt > WARN_EVERY_NANOS) {
            warnedAt = now;
            log.warn("Redis at {} failed ({} failures so far in this outage); using node-local state: {}", address,
                    failures, error.toString());
        }
        available = false;
    }

    /** Whether the last operation on Redis succeeded (true before the first one). */
    public boolean isAvailable() {
        return available;
    }

    /** {@code host:port} of the configured Redis. */
    public String address() {
        return address;
    }

    @Override
    public void destroy() {
        var current = connection;
        if (current != null) {
            current.close();
        }
    }
}
