package org.itqan.quran.shared.redis;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;

/**
 * Creates the Lettuce {@link RedisClient} and {@link SharedRedis} only when {@code quran.redis.url} has a value.
 * Boot's own Redis auto-configuration is not used: it would switch Redis on because the jar is present (DESIGN.md
 * §2 says explicit configuration only) and it connects eagerly, which would make a missing Redis a startup failure.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SharedRedisConfiguration.UrlConfigured.class)
class SharedRedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient quranRedisClient(SharedRedisProperties properties) {
        var uri = RedisURI.create(properties.url());
        uri.setTimeout(properties.timeout());
        var client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                // Lettuce reconnects in the background; meanwhile commands fail at once instead of queueing, so a
                // request falls back immediately rather than after the timeout.
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .build());
        return client;
    }

    @Bean
    SharedRedis sharedRedis(@Qualifier("quranRedisClient") RedisClient client, SharedRedisProperties properties) {
        return new SharedRedis(client, properties);
    }

    /** True when {@code quran.redis.url} is set to something other than blank (an unset REDIS_URL maps to ""). */
    static class UrlConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("quran.redis.url"));
        }
    }
}
