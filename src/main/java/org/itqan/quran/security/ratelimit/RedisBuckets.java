package org.itqan.quran.security.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Buckets in Redis, shared by every node, through Bucket4j's compare-and-swap Lettuce proxy manager. A key expires
 * once its bucket would be full again, so Redis holds only the buckets of recent callers.
 * <p>
 * The proxies are kept (bounded, like local buckets) and use Bucket4j's batching optimisation: concurrent requests
 * of one caller on this node are combined into one Redis round trip. Without it, N concurrent requests on one key
 * race N compare-and-swap loops against each other, and a busy client costs far more than its own requests.
 */
final class RedisBuckets {

    /** Kept a little longer than the refill time, so a bucket is never dropped while still partly empty. */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

    private final SharedRedis redis;
    private final String prefix;
    private final Map<RateLimitProperties.Tier, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final Cache<String, Bucket> buckets;
    private volatile @Nullable ProxyManager<byte[]> proxies;
    private volatile @Nullable StatefulRedisConnection<byte[], byte[]> proxiedConnection;

    RedisBuckets(SharedRedis redis, RateLimitProperties properties) {
        this.redis = redis;
        this.prefix = properties.keyPrefix();
        this.buckets = LocalBuckets.cache(properties);
    }

    SharedRedis redis() {
        return redis;
    }

    /** The shared bucket, or empty while Redis is considered down. Operations on it may still throw. */
    Optional<Bucket> bucket(String key, RateLimitProperties.Tier tier) {
        return redis.connection().map(connection -> {
            var proxies = proxies(connection);
            return buckets.get(key, k -> proxies.builder().withOptimization(Optimizations.batching()).build(
                    (prefix + k).getBytes(StandardCharsets.UTF_8),
                    () -> configurations.computeIfAbsent(tier,
                            t -> BucketConfiguration.builder().addLimit(RateLimiter.bandwidth(t)).build())));
        });
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
            buckets.invalidateAll();
        }
        return current;
    }
}
