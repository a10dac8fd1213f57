package org.itqan.quran.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.itqan.quran.content.ImmutableResponses.Rendered;
import org.itqan.quran.content.importer.DataFiles;
import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;

import io.lettuce.core.SetArgs;

/**
 * The L2 of rendered content responses: Redis, shared by every node, so a node that starts (or whose L1 evicted an
 * entry) takes the bytes another node already rendered instead of rendering them again.
 * <p>
 * Keys are {@code <prefix><content version>:<sha-256 of the normalised request>}: a new content version makes every
 * old key unreachable, and the TTL ({@code quran.http.l2-ttl}) removes them. Values are the identity bytes and the
 * gzip bytes, each preceded by its length. Every failure (Redis down, a timeout, a value that does not parse) is an
 * L2 miss: the caller renders, and {@link SharedRedis} keeps other requests off Redis for its retry interval.
 */
final class RedisResponses {

    private final SharedRedis redis;
    private final String prefix;
    private final SetArgs expiry;

    RedisResponses(SharedRedis redis, String prefix, Duration ttl) {
        this.redis = redis;
        this.prefix = prefix;
        this.expiry = SetArgs.Builder.px(ttl.toMillis());
    }

    /** The stored rendering, or null on a miss or any failure. */
    @Nullable Rendered get(String version, String key, String etag) {
        var connection = redis.connection();
        if (connection.isEmpty()) {
            return null;
        }
        try {
            var value = connection.get().sync().get(redisKey(version, key));
            redis.succeeded();
            return value == null ? null : decode(etag, value);
        } catch (RuntimeException e) {
            redis.failed(e);
            return null;
        }
    }

    /** Stores a rendering without waiting for Redis: the response never waits on L2. */
    void put(String version, String key, Rendered rendered) {
        var connection = redis.connection();
        if (connection.isEmpty()) {
            return;
        }
        try {
            connection.get().async().set(redisKey(version, key), encode(rendered), expiry)
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            redis.failed(error);
                        }
                    });
        } catch (RuntimeException e) {
            redis.failed(e);
        }
    }

    private byte[] redisKey(String version, String key) {
        return (prefix + version + ':' + DataFiles.sha256(key.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] encode(Rendered rendered) {
        var gzip = rendered.gzip() == null ? new byte[0] : rendered.gzip();
        return ByteBuffer.allocate(8 + rendered.identity().length + gzip.length)
                .putInt(rendered.identity().length).put(rendered.identity())
                .putInt(gzip.length).put(gzip).array();
    }

    static @Nullable Rendered decode(String etag, byte[] value) {
        try {
            var buffer = ByteBuffer.wrap(value);
            var identity = new byte[buffer.getInt()];
            buffer.get(identity);
            var gzip = new byte[buffer.getInt()];
            buffer.get(gzip);
            if (buffer.hasRemaining()) {
                return null;
            }
            return new Rendered(etag, identity, gzip.length == 0 ? null : gzip);
        } catch (RuntimeException e) {
            return null; // not written by this code: render instead
        }
    }
}
