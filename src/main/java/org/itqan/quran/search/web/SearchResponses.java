package org.itqan.quran.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.itqan.quran.search.VerseSearch;
import org.apache.tomcat.util.http.InvalidParameterException;
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
 * Valid GET requests are answered by {@link #answer} from a filter, before the MVC dispatch (as content is:
 * {@code ImmutableResponses#answerSeen}), a request line answered before without even reading its parameters;
 * the controller is reached by invalid requests (for their problem details) and HEAD requests.
 * <p>
 * For HTTP caches the answer is {@code public} with a short {@code max-age} ({@code quran.search.max-age}, default 5
 * minutes) and an ETag derived from the key, so a revalidation is answered 304 without searching. Short, because a
 * search answer is more often asked once than a verse is, and a CDN should not keep many of them.
 */
@Component
class SearchResponses {

    private static final long BUDGET_BYTES = 32L << 20;
    private static final long SEEN_BUDGET_BYTES = 16L << 20;

    private static final String NO_STORE = CacheControl.noStore().getHeaderValue();

    private final VerseSearch search;
    private final SearchQueries queries;
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

    SearchResponses(VerseSearch search, SearchQueries queries, MeterRegistry meters,
            @Value("${quran.search.max-age:PT5M}") Duration maxAge) {
        this.search = search;
        this.queries = queries;
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
     * Answers a GET to {@code /search} or {@code /search/navigation} before the MVC dispatch, as the controller
     * would: from the request lines answered before, else from the cache by the request's key, else computed.
     * Runs after authentication and rate limiting (a filter at the end of the chain). A request that is invalid, or
     * whose search fails, gets nothing here: the controller answers it, with its problem details.
     *
     * @return whether the response was written
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean revalidate = recompute(request.getHeader(HttpHeaders.CACHE_CONTROL));
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        var entry = revalidate ? null : seen.getIfPresent(requestLine(request));
        if (entry != null) {
            hits.increment();
            route(request, entry.route());
            var answer = entry.answer();
            write(matches(ifNoneMatch, answer.etag()) ? new Outcome(HttpStatus.NOT_MODIFIED, answer.etag(), null)
                    : new Outcome(HttpStatus.OK, answer.etag(), answer.body()), response);
            return true;
        }
        // The filter is mapped to the two exact paths, so the path is the route.
        var route = request.getRequestURI().substring(request.getContextPath().length());
        if (!SearchQueries.decodable(request.getQueryString())) {
            // Tomcat reports such a query string once, by throwing on the first read of a parameter: left unread
            // here, the controller's read throws, and ProblemHandling says what is wrong.
            return false;
        }
        Outcome outcome;
        try {
            var query = route.endsWith("/navigation") ? queries.navigation(request) : queries.search(request);
            outcome = resolve(request, query, revalidate, ifNoneMatch, route);
        } catch (InvalidParameterException unreadable) {
            throw unreadable; // already reported by Tomcat, once: answered 400 by the error page
        } catch (RuntimeException notAnswered) {
            // An invalid parameter (ApiProblem), or anything else: the controller answers it, so that every
            // exception is classified (400, 404, 503 for a database outage) and logged in one place.
            return false;
        }
        route(request, route);
        write(outcome, response);
        return true;
    }

    private static void route(HttpServletRequest request, @Nullable String route) {
        if (route != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(route));
        }
    }

    private void write(Outcome outcome, HttpServletResponse response) throws IOException {
        response.setStatus(outcome.status().value());
        if (outcome.etag() == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        } else {
            response.setHeader(HttpHeaders.ETAG, outcome.etag());
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControlValue);
        }
        var body = outcome.body();
        if (body != null) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private String requestLine(HttpServletRequest request) {
        var query = request.getQueryString();
        return search.contentVersion() + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** {@code Cache-Control: no-cache} asks for the answer to be computed again (and the cached one refreshed). */
    private static boolean recompute(@Nullable String cacheControl) {
        return cacheControl != null && cacheControl.contains("no-cache");
    }

    /** The controller's answer to a query it was given (an invalid one has thrown before). */
    ResponseEntity<byte[]> get(HttpServletRequest request, SearchQueries.Query query,
            @Nullable String requestCacheControl, @Nullable String ifNoneMatch) {
        var outcome = resolve(request, query, recompute(requestCacheControl), ifNoneMatch,
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route
                        ? route : null);
        var response = ResponseEntity.status(outcome.status());
        if (outcome.etag() == null) {
            response.cacheControl(CacheControl.noStore());
        } else {
            response.eTag(outcome.etag()).cacheControl(cacheControl);
        }
        return outcome.body() == null ? response.build()
                : response.contentType(MediaType.APPLICATION_JSON).body(outcome.body());
    }

    /**
     * What to send: 304 with the ETag, or 200 with the ETag and the bytes, or 200 with bytes nobody may keep
     * ({@code etag} null: a timed-out answer is partial).
     */
    private record Outcome(HttpStatus status, @Nullable String etag, byte @Nullable [] body) {
    }

    /**
     * The answer to {@code query}: cached, else rendered and cached; a revalidation ({@code no-cache}) renders
     * again. Only answers that were given are remembered by request line, so a bad request is always re-validated.
     */
    private Outcome resolve(HttpServletRequest request, SearchQueries.Query query, boolean revalidate,
            @Nullable String ifNoneMatch, @Nullable String route) {
        var answer = revalidate ? null : cache.getIfPresent(query.key());
        var etag = answer != null ? answer.etag() : etag(query.key());
        if (!revalidate && matches(ifNoneMatch, etag)) {
            return new Outcome(HttpStatus.NOT_MODIFIED, etag, null);
        }
        if (answer == null) {
            misses.increment();
            var rendered = query.render().get();
            if (!rendered.cacheable()) {
                return new Outcome(HttpStatus.OK, null, rendered.body());
            }
            answer = new Answer(rendered.body(), etag);
            cache.put(query.key(), answer);
        } else {
            hits.increment();
        }
        seen.put(requestLine(request), new Seen(answer, route));
        return new Outcome(HttpStatus.OK, etag, answer.body());
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
