package org.itqan.quran.realtime.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.itqan.quran.realtime.access.TokenBoundStreams.TokenEnded;
import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Signal;

/**
 * A live stream runs while the token it was opened with is valid: until the token expires, and no longer than the
 * recheck (a second in the test profile) after it is revoked; then it ends with a 401 that says which. Tokens are
 * real ones issued by the authorization server; the expiring ones are copies with an earlier {@code exp}, so that a
 * test need not wait for the configured lifetime.
 */
@IntegrationTest
class TokenBoundStreamsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TokenBoundStreams streams;
    @Autowired
    JwtDecoder decoder;

    @Test
    void aStreamEndsWhenItsTokenExpiresAfterTheEventsBeforeIt() {
        var token = expiringIn(Duration.ofSeconds(1));

        var signals = signals(streams.whileValid(token, Flux.interval(Duration.ofMillis(100))));

        assertThat(signals.subList(0, signals.size() - 1)).as("events until the token expired")
                .isNotEmpty().allMatch(Signal::isOnNext);
        assertThat(detail(signals.getLast())).isEqualTo("The access token has expired: reconnect with a new one");
    }

    @Test
    void aTokenExpiredBeforeTheStreamStartsEndsItAtOnce() {
        var token = expiringIn(Duration.ofSeconds(-1));

        var signals = signals(streams.whileValid(token, Flux.never()));

        assertThat(signals).hasSize(1);
        assertThat(detail(signals.getFirst())).contains("expired");
    }

    @Test
    void aRevokedTokenEndsTheStreamWithinTheRecheck() {
        var issued = new Accounts(port).register("openid bookmark.read");
        var token = decoder.decode(issued);
        var stream = streams.whileValid(token, Flux.never());
        assertThat(new OAuth(port).revoke(issued, OAuth.TEST_CLIENT, OAuth.TEST_SECRET)).isEqualTo(200);

        var signals = signals(stream);

        assertThat(signals).hasSize(1);
        assertThat(detail(signals.getFirst())).isEqualTo("The access token has been revoked: reconnect with a new one");
    }

    @Test
    void aStreamThatEndsOnItsOwnJustEnds() {
        var token = decoder.decode(new Accounts(port).register("openid bookmark.read"));

        var signals = signals(streams.whileValid(token, Flux.just(1, 2, 3)));

        assertThat(signals).extracting(Signal::get).containsExactly(1, 2, 3, null);
        assertThat(signals.getLast().isOnComplete()).isTrue();
    }

    /** A real token, as the resource server accepted it, with {@code exp} moved to {@code in} from now. */
    private Jwt expiringIn(Duration in) {
        var real = decoder.decode(new Accounts(port).register("openid bookmark.read"));
        var expiresAt = Instant.now().plus(in); // after signing up, which can take a while on a busy machine
        return Jwt.withTokenValue(real.getTokenValue()).headers(h -> h.putAll(real.getHeaders()))
                .claims(c -> c.putAll(real.getClaims())).issuedAt(expiresAt.minusSeconds(60)).expiresAt(expiresAt)
                .build();
    }

    private static <T> List<Signal<T>> signals(Flux<T> stream) {
        return stream.materialize().collectList().block(Duration.ofSeconds(10));
    }

    private static String detail(Signal<?> signal) {
        assertThat(signal.isOnError()).as("ended with an error: " + signal).isTrue();
        assertThat(signal.getThrowable()).isInstanceOf(TokenEnded.class);
        var problem = ((TokenEnded) signal.getThrowable()).getBody();
        assertThat(problem.getStatus()).isEqualTo(401);
        return problem.getDetail();
    }
}
