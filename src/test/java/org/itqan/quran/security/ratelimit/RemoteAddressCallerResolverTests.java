package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For is believed only from a trusted proxy, and only as far as the first hop it did not write. */
class RemoteAddressCallerResolverTests {

    private final RemoteAddressCallerResolver resolver = resolver(List.of("10.0.0.1", "10.0.0.2"));

    @Test
    void keysBySocketAddressWhenNoProxyIsTrusted() {
        var request = request("192.0.2.10", "203.0.113.9");
        assertThat(resolver(List.of()).resolve(request)).isEqualTo(Caller.anonymous("192.0.2.10"));
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(resolver.resolve(request("192.0.2.10", "203.0.113.9")).key()).isEqualTo("192.0.2.10");
    }

    @Test
    void takesTheRightMostHopThatIsNotATrustedProxy() {
        // The left-most entry is whatever the client claimed; 10.0.0.2 is our own second proxy.
        var request = request("10.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2");
        assertThat(resolver.resolve(request)).isEqualTo(Caller.anonymous("203.0.113.9"));
    }

    @Test
    void understandsIpv6() {
        assertThat(resolver.resolve(request("10.0.0.1", "2001:db8::1")).key()).isEqualTo("2001:db8::1");
    }

    @Test
    void fallsBackToTheProxyAddressOnGarbage() {
        assertThat(resolver.resolve(request("10.0.0.1", "<script>")).key()).isEqualTo("10.0.0.1");
        assertThat(resolver.resolve(request("10.0.0.1", null)).key()).isEqualTo("10.0.0.1");
    }

    private static MockHttpServletRequest request(String remote, @Nullable String forwardedFor) {
        var request = new MockHttpServletRequest("GET", "/api/v4/chapters");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private static RemoteAddressCallerResolver resolver(List<String> trusted) {
        return new RemoteAddressCallerResolver(new RateLimitProperties(true,
                Map.of(Caller.ANONYMOUS, new Tier(10, Duration.ofMinutes(1), 0, false)), "p:", trusted, 10));
    }
}
