package org.itqan.quran.security.ratelimit;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The default {@link CallerResolver}: every request is anonymous, keyed by the client's IP address. That is the
 * socket's remote address, unless it is one of {@code quran.rate-limit.trusted-proxies}: then it is the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy (entries further left were written by the client
 * and prove nothing). A malformed entry is ignored rather than becoming a bucket key.
 */
final class RemoteAddressCallerResolver implements CallerResolver {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** IPv4 or IPv6 text; anything else in the header is not an address. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final Set<String> trustedProxies;

    RemoteAddressCallerResolver(RateLimitProperties properties) {
        this.trustedProxies = Set.copyOf(properties.trustedProxies());
    }

    @Override
    public Caller resolve(HttpServletRequest request) {
        var remote = request.getRemoteAddr();
        if (!trustedProxies.isEmpty() && trustedProxies.contains(remote)) {
            var forwarded = request.getHeader(FORWARDED_FOR);
            if (forwarded != null) {
                var hops = forwarded.split(",");
                for (int i = hops.length - 1; i >= 0; i--) {
                    var hop = hops[i].strip();
                    if (!ADDRESS.matcher(hop).matches()) {
                        break;
                    }
                    if (!trustedProxies.contains(hop)) {
                        return Caller.anonymous(hop);
                    }
                }
            }
        }
        return Caller.anonymous(remote);
    }
}
