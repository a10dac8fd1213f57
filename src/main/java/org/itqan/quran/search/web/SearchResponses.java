package org.itqan.quran.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.Caches;
import org.itqan.quran.shared.observability.Metrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rendered search responses, cached as bytes (DESIGN.md §3): a response is a pure function of the normalised
 * request parameters and the content version, so the key holds both and an import simply makes old entries
 * unreachable. A request with {@code Cache-Control: no-cache} recomputes (and refreshes) its entry; a timed-out
 * search is never cached. The budget is 32 MB, and 16 MB more for the request lines already answered.
 * <p>
 * A request line answered before is answered again by {@link #answerSeen} from a filter, before the MVC dispatch
 * (as content is: {@code ImmutableResponses#answerSeen}); the controller is reached only by new request lines.
 * <p>
 * For HTTP caches the answer is {@code public} with a short {@code max-age} ({@code quran.search.max-age}, default 5
 * minutes) and an ETag derived from the key, so a revalidation is answered 304 without searching. Short, because a
 * search answer is more often asked once than a verse is, and a CDN should not keep many of them.
 */
@Component
class SearchResponses {

    private static final long BUDGET_BYTES = 32L << 20;
    private static final long SEEN_BUDGET_BYTES = 16L << 20;

    private final VerseSearch search;
    private final CacheControl cacheControl;
    private final String cacheControlValue;
    private final Cache<String, Answer> cache = Caches.newBuilder().maximumWeight(BUDGET_BYTES)
            .weigher((String key, Answer answer) -> key.length() * 2 + answer.body().length).recordStats().build();
    /**
     * Request lines (content version, path and raw query) to the answer they got. Weighed by the body too: an
     * answer evicted from {@link #cache} stays alive while a request line refers to it.
     */
    private final Cache<String, Seen> seen = Caches.newBuilder().maximumWeight(SEEN_BUDGET_BYTES)
            .weigher((String line, Seen s) -> line.length() * 2 + s.answer().body().length).build();
    private final Counter hits;
    private final Counter misses;

    SearchResponses(VerseSearch search, MeterRegistry meters,
            @Value("${quran.search.max-age:PT5M}") Duration maxAge) {
        this.search = search;
        this.cacheControl = CacheControl.maxAge(maxAge).cachePublic();
        this.cacheControlValue = cacheControl.getHeaderValue();
        CaffeineCacheMetrics.monitor(meters, cache, "search-responses");
        this.hits = lookups(meters, "hit");
        this.misses = lookups(meters, "miss");
    }

    /** A cacheable answer: its bytes and the strong ETag of its key, computed once. */
    record Answer(byte[] body, String etag) {
    }

    /** An answered request line: the answer and the route (URI template) that gave it, for request metrics. */
    private record Seen(Answer answer, @Nullable String route) {
    }

    /**
     * Answers a GET whose request line was answered before, unless it asks to recompute ({@code no-cache}). Runs
     * after authentication and rate limiting (a filter at the end of the chain).
     *
     * @return whether the response was written
     */
    boolean answerSeen(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (recompute(request.getHeader(HttpHeaders.CACHE_CONTROL))) {
            return false;
        }
        var entry = seen.getIfPresent(requestLine(request));
        if (entry == null) {
            return false;
        }
        hits.increment();
        if (entry.route() != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(entry.route()));
        }
        var answer = entry.answer();
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControlValue);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return true;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
        return true;
    }

    private String requestLine(HttpServletRequest request) {
        var query = request.getQueryString();
        return search.contentVersion() + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** {@code Cache-Control: no-cache} asks for the answer to be computed again (and the cached one refreshed). */
    private static boolean recompute(@Nullable String cacheControl) {
        return cacheControl != null && cacheControl.contains("no-cache");
    }

    /**
     * @param key the normalised request, content version included
     * @param requestCacheControl the request's Cache-Control header, if any
     * @param render returns the body (JSON bytes) and whether it may be cached
     */
    ResponseEntity<byte[]> get(HttpServletRequest request, String key, @Nullable String requestCacheControl,
            @Nullable String ifNoneMatch, Supplier<Rendered> render) {
        boolean revalidate = recompute(requestCacheControl);
        var answer = revalidate ? null : cache.getIfPresent(key);
        var etag = answer != null ? answer.etag() : etag(key);
        if (!revalidate && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        if (answer == null) {
            misses.increment();
            var rendered = render.get();
            if (!rendered.cacheable()) {
                // A timed-out answer is partial: nobody may keep it.
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noStore()).body(rendered.body());
            }
            answer = new Answer(rendered.body(), etag);
            cache.put(key, answer);
        } else {
            hits.increment();
        }
        // Only answers that were given are remembered by request line, so a bad request is always re-validated.
        seen.put(requestLine(request), new Seen(answer,
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route
                        ? route : null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(cacheControl)
                .eTag(answer.etag()).body(answer.body());
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
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}
