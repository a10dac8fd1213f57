package org.itqan.quran.security.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Buckets in Redis, shared by every node, through Bucket4j's compare-and-swap Lettuce proxy manager. A key expires
 * once its bucket would be full again, so Redis holds only the buckets of recent callers.
 */
final class RedisBuckets {

    /** Kept a little longer than the refill time, so a bucket is never dropped while still partly empty. */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

    private final SharedRedis redis;
    private final String prefix;
    private final Map<RateLimitProperties.Tier, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private volatile @Nullable ProxyManager<byte[]> proxies;
    private volatile @Nullable StatefulRedisConnection<byte[], byte[]> proxiedConnection;

    RedisBuckets(SharedRedis redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    SharedRedis redis() {
        return redis;
    }

    /** The shared bucket, or empty while Redis is considered down. Operations on it may still throw. */
    Optional<Bucket> bucket(String key, RateLimitProperties.Tier tier) {
        return redis.connection().map(connection -> proxies(connection).getProxy(
                (prefix + key).getBytes(StandardCharsets.UTF_8),
                () -> configurations.computeIfAbsent(tier,
                        t -> BucketConfiguration.builder().addLimit(RateLimiter.bandwidth(t)).build())));
    }

    private ProxyManager<byte[]> proxies(StatefulRedisConnection<byte[], byte[]> connection) {
        var current = proxies;
        if (current == null || proxiedConnection != connection) {
            current = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                    .build();
            proxies = current;
            proxiedConnection = connection;
        }
        return current;
    }
}
