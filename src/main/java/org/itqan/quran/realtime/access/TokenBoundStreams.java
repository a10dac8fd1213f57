package org.itqan.quran.realtime.access;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.itqan.quran.security.AccessTokens;
import org.itqan.quran.security.AccessTokens.Status;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps a user's live stream (a GraphQL subscription, the Server-Sent Events stream) running no longer than the
 * access token it was opened with is valid. The token was checked when the stream opened; a stream outlives that
 * moment by hours, so without this a revoked token, or one long expired, would go on receiving the user's changes.
 * The stream ends with a 401 problem ({@link TokenEnded}) when the token expires, and within
 * {@code quran.events.streams.token-recheck} of its revocation; the client reconnects with a fresh token.
 */
@Component
public class TokenBoundStreams {

    private static final Logger log = LoggerFactory.getLogger(TokenBoundStreams.class);

    private final AccessTokens tokens;
    private final Duration recheck;

    TokenBoundStreams(AccessTokens tokens, StreamProperties properties) {
        this.tokens = tokens;
        this.recheck = properties.tokenRecheck();
    }

    /**
     * {@code events} while {@code token} is valid, then a {@link TokenEnded} error. A token that is no longer valid
     * when the stream starts (a second subscription on a connection opened long ago) ends it at once.
     */
    public <T> Flux<T> whileValid(Jwt token, Flux<T> events) {
        return Flux.defer(() -> {
            var now = tokens.status(token);
            if (now != Status.ACTIVE) {
                return Flux.error(new TokenEnded(now));
            }
            var ended = new AtomicReference<Status>();
            var expiry = token.getExpiresAt() == null ? Mono.<Status>never()
                    : Mono.delay(max(Duration.between(Instant.now(), token.getExpiresAt()), Duration.ZERO))
                            .thenReturn(Status.EXPIRED);
            // The revocation store is a database: asked off the timer's thread, and a failed check (the database
            // is away) keeps the stream, as a stream is no reason to fail while REST answers 503.
            var revocation = Flux.interval(recheck, recheck).onBackpressureDrop()
                    .concatMap(tick -> Mono.fromCallable(() -> tokens.status(token))
                            .subscribeOn(Schedulers.boundedElastic())
                            .onErrorResume(e -> {
                                log.debug("Could not recheck a stream's token: {}", e.toString());
                                return Mono.just(Status.ACTIVE);
                            }))
                    .filter(status -> status != Status.ACTIVE).next();
            var end = Mono.firstWithValue(expiry, revocation).doOnNext(ended::set);
            // Ends the events, then says why; a stream that ends on its own (the node shutting down) just ends.
            return events.takeUntilOther(end).concatWith(Mono.defer(
                    () -> ended.get() == null ? Mono.empty() : Mono.error(new TokenEnded(ended.get()))));
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Why a stream ended: its token expired or was revoked (401, the client reconnects with a new token). */
    public static final class TokenEnded extends ApiProblem {

        TokenEnded(Status status) {
            super(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, status == Status.EXPIRED
                    ? "The access token has expired: reconnect with a new one"
                    : "The access token has been revoked: reconnect with a new one");
        }
    }

    /** {@code quran.events.streams}: how often a stream's token is checked for revocation. */
    @ConfigurationProperties("quran.events.streams")
    record StreamProperties(@DefaultValue("PT30S") Duration tokenRecheck) {
    }
}
