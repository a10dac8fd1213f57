package org.itqan.quran.search.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.itqan.quran.shared.observability.Metrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered search responses, cached as bytes (DESIGN.md §3): a response is a pure function of the normalised
 * request parameters and the content version, so the key holds both and an import simply makes old entries
 * unreachable. A request with {@code Cache-Control: no-cache} recomputes (and refreshes) its entry; a timed-out
 * search is never cached. The budget is 32 MB.
 * <p>
 * For HTTP caches the answer is {@code public} with a short {@code max-age} ({@code quran.search.max-age}, default 5
 * minutes) and an ETag derived from the key, so a revalidation is answered 304 without searching. Short, because a
 * search answer is more often asked once than a verse is, and a CDN should not keep many of them.
 */
@Component
class SearchResponses {

    private static final long BUDGET_BYTES = 32L << 20;

    private final CacheControl cacheControl;
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumWeight(BUDGET_BYTES)
            .weigher((String key, byte[] bytes) -> key.length() * 2 + bytes.length).recordStats().build();
    private final Counter hits;
    private final Counter misses;

    SearchResponses(MeterRegistry meters,
            @Value("${quran.search.max-age:PT5M}") Duration maxAge) {
        this.cacheControl = CacheControl.maxAge(maxAge).cachePublic();
        CaffeineCacheMetrics.monitor(meters, cache, "search-responses");
        this.hits = lookups(meters, "hit");
        this.misses = lookups(meters, "miss");
    }

    /** @param render returns the body (JSON bytes) and whether it may be cached */
    ResponseEntity<byte[]> get(String key, boolean revalidate, @Nullable String ifNoneMatch,
            Supplier<Rendered> render) {
        var etag = etag(key);
        if (!revalidate && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        var bytes = revalidate ? null : cache.getIfPresent(key);
        boolean cacheable = true;
        if (bytes == null) {
            misses.increment();
            var rendered = render.get();
            bytes = rendered.body();
            cacheable = rendered.cacheable();
            if (cacheable) {
                cache.put(key, bytes);
            }
        } else {
            hits.increment();
        }
        if (!cacheable) {
            // A timed-out answer is partial: nobody may keep it.
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                    .body(bytes);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(cacheControl).eTag(etag)
                .body(bytes);
    }

    record Rendered(byte[] body, boolean cacheable) {
    }

    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder(Metrics.CACHE_LOOKUPS).tag("cache", "search").tag("level", "l1").tag("result", result)
                .description("Rendered-response cache lookups").register(meters);
    }

    static String etag(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"s-" + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 If-None-Match: weak comparison, a list of tags, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}
