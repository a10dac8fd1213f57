package org.itqan.quran.shared.redis;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared Redis of a multi-node deployment. Without a URL there is no Redis at all and every node keeps its own
 * state (the embedded default).
 *
 * @param url {@code redis://[user:password@]host:port[/db]}; blank means "no Redis" (application.yml maps
 *     {@code REDIS_URL} here)
 * @param timeout connect and command timeout; short, because a request waits on it before falling back
 * @param retryInterval after a failure, how long users skip Redis before trying it again
 */
@ConfigurationProperties("quran.redis")
public record SharedRedisProperties(@Nullable String url, @DefaultValue("PT0.5S") Duration timeout,
        @DefaultValue("PT5S") Duration retryInterval) {
}
