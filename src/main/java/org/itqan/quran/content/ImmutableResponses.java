package org.itqan.quran.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.itqan.quran.content.importer.DataFiles;
import org.itqan.quran.shared.Caches;
import org.itqan.quran.shared.observability.Metrics;
import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
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
import tools.jackson.databind.ObjectMapper;

/**
 * Serves content the way a static-file server would. A content response is a pure function of its normalised
 * request and the content version, so it is rendered once into final bytes (identity and gzip) with a strong ETag
 * derived from that pair; later hits do no JSON serialisation and no database access, and a matching
 * {@code If-None-Match} is answered 304 before anything is rendered at all.
 * <p>
 * Two cache levels: L1 is this node's Caffeine cache, bounded by bytes ({@code quran.http.cache-bytes}); L2 is
 * Redis when {@code quran.redis.url} is set ({@link RedisResponses}). An L1 miss asks L2 before rendering, and a
 * rendering goes to both. Both are keyed by the content version, and {@link ContentImported} (announced to every
 * node by {@link ContentChangeRelay}) empties L1 at once.
 * <p>
 * Part of the content module's API because every presenter of content uses it (the v4 controllers and the AlQuran
 * Cloud facade): the caching rule is written once, next to the content version it depends on. A caller's key must
 * name every parameter that changes the body, including the effective {@link ResourceFilter}.
 */
@Component
public class ImmutableResponses {

    /** Below this size gzip saves too little to be worth a second representation. */
    private static final int GZIP_MIN_BYTES = 512;

    private final ContentCatalog catalog;
    private final ObjectMapper json;
    private final CacheControl cacheControl;
    private final Cache<String, Rendered> cache;
    /** Request lines already answered, to the same rendered bytes: skips parsing and key building on a repeat. */
    private final Cache<String, Seen> seen;
    /** The shared L2, or null without Redis. */
    private final @Nullable RedisResponses l2;
    private final Counter l1Hits;
    private final Counter l1Misses;
    private final Counter l2Hits;
    private final Counter l2Misses;

    ImmutableResponses(ContentCatalog catalog, ObjectMapper json, ContentHttpProperties properties,
            MeterRegistry meters, ObjectProvider<SharedRedis> redis) {
        this.catalog = catalog;
        this.json = json;
        this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic()
                .staleWhileRevalidate(properties.staleWhileRevalidate());
        this.cache = Caches.newBuilder()
                .maximumWeight(properties.cacheBytes())
                .weigher((String key, Rendered r) -> r.identity.length + (r.gzip == null ? 0 : r.gzip.length))
                .recordStats()
                .build();
        this.seen = Caches.newBuilder().maximumSize(properties.requestLines()).build();
        CaffeineCacheMetrics.monitor(meters, cache, "content-responses");
        var shared = redis.getIfAvailable();
        this.l2 = shared == null || !properties.l2() ? null
                : new RedisResponses(shared, properties.redisPrefix() + "responses:", properties.l2Ttl());
        this.l1Hits = lookups(meters, "l1", "hit");
        this.l1Misses = lookups(meters, "l1", "miss");
        this.l2Hits = lookups(meters, "l2", "hit");
        this.l2Misses = lookups(meters, "l2", "miss");
    }

    private static Counter lookups(MeterRegistry meters, String level, String result) {
        return Counter.builder(Metrics.CACHE_LOOKUPS).tag("cache", "content").tag("level", level)
                .tag("result", result).description("Rendered-response cache lookups").register(meters);
    }

    /** A rendered response: final bytes and their ETag. */
    record Rendered(@Nullable String etag, byte[] identity, byte @Nullable [] gzip) {
    }

    /** A request line answered before: its bytes, and the route (URI template) that answered it, for metrics. */
    private record Seen(Rendered rendered, @Nullable String route) {
    }

    /**
     * Answers a request line that has been answered before, straight from its bytes, without the MVC dispatch
     * (handler lookup among a few hundred routes, argument resolution, return-value handling), which cost as much
     * as the rest of the request. The caller runs this after authentication and rate limiting, so those still
     * apply; a request line not seen yet returns {@code false} and is dispatched as usual.
     *
     * @return whether the response was written
     */
    public boolean answerSeen(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var entry = seen.getIfPresent(requestLine(request, catalog.contentVersion()));
        if (entry == null) {
            return false;
        }
        l1Hits.increment();
        var rendered = entry.rendered();
        if (entry.route() != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(entry.route()));
        }
        response.setHeader(HttpHeaders.ETAG, rendered.etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING); // beside what CORS added (Origin)
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return true;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        var bytes = rendered.identity;
        if (rendered.gzip != null && acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = rendered.gzip;
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return true;
    }

    private static String requestLine(HttpServletRequest request, String version) {
        var query = request.getQueryString();
        return version + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * Answers a content request from precomputed bytes.
     *
     * @param key the normalised request: every parameter that changes the body, in a fixed order
     * @param body produces the response object on a cache miss (parameters are already validated)
     */
    public ResponseEntity<byte[]> serve(HttpServletRequest request, String key, Supplier<Object> body) {
        return serve(request, () -> key, body);
    }

    /**
     * As {@link #serve(HttpServletRequest, String, Supplier)}, but the normalised key is computed (and the request
     * validated) only when this exact request line has not been answered before: a repeated request costs one map
     * lookup. Only successful answers are remembered, so a bad request is always validated and rejected.
     */
    public ResponseEntity<byte[]> serve(HttpServletRequest request, Supplier<String> key, Supplier<Object> body) {
        var version = catalog.contentVersion();
        var requestLine = requestLine(request, version);
        var entry = seen.getIfPresent(requestLine);
        Rendered rendered;
        if (entry == null) {
            rendered = lookup(request, version, key.get(), body);
            if (rendered.etag == null) {
                return notModified(rendered.identity);
            }
            seen.put(requestLine, new Seen(rendered,
                    request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route
                            ? route : null));
        } else {
            rendered = entry.rendered();
            l1Hits.increment();
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag)) {
                return notModified(rendered.etag);
            }
        }
        return ok(request, rendered);
    }

    private Rendered lookup(HttpServletRequest request, String version, String key, Supplier<Object> body) {
        var cacheKey = version + '|' + key;
        var rendered = cache.getIfPresent(cacheKey);
        // The ETag is known before rendering, so a revalidation is answered without rendering anything.
        var etag = rendered != null ? rendered.etag : etag(version, key);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            // Not rendered, not remembered: a marker that carries the ETag to answer 304 with.
            return new Rendered(null, etag.getBytes(StandardCharsets.UTF_8), null);
        }
        if (rendered != null) {
            l1Hits.increment();
            return rendered;
        }
        l1Misses.increment();
        return cache.get(cacheKey, k -> loadOrRender(version, key, etag, body));
    }

    /** An L1 miss: the bytes another node rendered (L2), else rendered here and offered to the others. */
    private Rendered loadOrRender(String version, String key, String etag, Supplier<Object> body) {
        if (l2 != null) {
            var shared = l2.get(version, key, etag);
            if (shared != null) {
                l2Hits.increment();
                return shared;
            }
            l2Misses.increment();
        }
        var rendered = render(etag, body.get());
        if (l2 != null) {
            l2.put(version, key, rendered);
        }
        return rendered;
    }

    private ResponseEntity<byte[]> ok(HttpServletRequest request, Rendered rendered) {
        var builder = ResponseEntity.ok().eTag(rendered.etag).cacheControl(cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).contentType(MediaType.APPLICATION_JSON);
        if (rendered.gzip != null && acceptsGzip(request)) {
            return builder.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendered.gzip);
        }
        return builder.body(rendered.identity);
    }

    private ResponseEntity<byte[]> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    private ResponseEntity<byte[]> notModified(byte[] etag) {
        return notModified(new String(etag, StandardCharsets.UTF_8));
    }

    /** Responses that must differ on every call (random verse): rendered each time, never stored by anyone. */
    public ResponseEntity<byte[]> uncached(Object body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(body));
    }

    @EventListener
    void on(ContentImported event) {
        cache.invalidateAll();
        seen.invalidateAll();
    }

    private Rendered render(String etag, Object body) {
        var identity = json.writeValueAsBytes(body);
        return new Rendered(etag, identity, identity.length >= GZIP_MIN_BYTES ? gzip(identity) : null);
    }

    static String etag(String version, String key) {
        return '"' + version + '-' + DataFiles.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + '"';
    }

    /** RFC 9110 If-None-Match: weak comparison, a list of tags, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
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

    private static boolean acceptsGzip(HttpServletRequest request) {
        var accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.contains("gzip") && !accept.contains("gzip;q=0");
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
