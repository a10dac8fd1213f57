package org.itqan.quran.search.web;

import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.ObjectMapper;

/**
 * Rendered search responses, cached as bytes (DESIGN.md §3): a response is a pure function of the normalised
 * request parameters and the content version, so the key holds both and an import simply makes old entries
 * unreachable. A request with {@code Cache-Control: no-cache} recomputes (and refreshes) its entry; a timed-out
 * search is never cached. The budget is 32 MB.
 */
@Component
class SearchResponses {

    private static final long BUDGET_BYTES = 32L << 20;

    private final ObjectMapper json;
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumWeight(BUDGET_BYTES)
            .weigher((String key, byte[] bytes) -> key.length() * 2 + bytes.length).build();

    SearchResponses(ObjectMapper json) {
        this.json = json;
    }

    /** @param render returns the body and whether it may be cached */
    ResponseEntity<byte[]> get(String key, boolean revalidate, Supplier<Rendered> render) {
        var bytes = revalidate ? null : cache.getIfPresent(key);
        if (bytes == null) {
            var rendered = render.get();
            bytes = json.writeValueAsBytes(rendered.body());
            if (rendered.cacheable()) {
                cache.put(key, bytes);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(bytes);
    }

    record Rendered(Object body, boolean cacheable) {
    }
}
