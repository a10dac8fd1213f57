package org.itqan.quran.alquran;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.ResourceFilter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * AlQuran Cloud's envelope, {@code {"code":200,"status":"OK","data":...}}, around bytes rendered once per content
 * version by {@link ImmutableResponses} (the same ETag and 304 behaviour as the v4 layer).
 */
@Component
class AlQuranResponses {

    private final ImmutableResponses responses;
    private final ContentCatalog catalog;

    AlQuranResponses(ImmutableResponses responses, ContentCatalog catalog) {
        this.responses = responses;
        this.catalog = catalog;
    }

    /**
     * @param key every validated parameter that changes the body; the effective resource filter is added here
     */
    ResponseEntity<byte[]> ok(HttpServletRequest request, String key, Supplier<Object> data) {
        return responses.serve(request, "alquran/v1/" + key + "#" + filter(request).canonical(),
                () -> envelope(200, "OK", data.get()));
    }

    /** For answers that must differ on every call (a random ayah). */
    ResponseEntity<byte[]> uncached(Object data) {
        return responses.uncached(envelope(200, "OK", data));
    }

    /** The request's {@code commercial_only}, narrowed by the server setting. */
    ResourceFilter filter(HttpServletRequest request) {
        return catalog.filter(ResourceFilter.ofParameter(request.getParameter(ResourceFilter.PARAMETER)));
    }

    static Map<String, Object> envelope(int code, String status, Object data) {
        var json = new LinkedHashMap<String, Object>();
        json.put("code", code);
        json.put("status", status);
        json.put("data", data);
        return json;
    }

    /** AlQuran Cloud's status text for an error code, e.g. "Not Found". */
    static String statusText(HttpStatusCode code) {
        var status = org.springframework.http.HttpStatus.resolve(code.value());
        return status == null ? "Error" : status.getReasonPhrase();
    }
}
