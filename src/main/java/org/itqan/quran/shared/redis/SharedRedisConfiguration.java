package org.itqan.quran.shared.redis;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import io.lettuce.core.RedisClient;

/**
 * Creates the Lettuce {@link RedisClient} and {@link SharedRedis} only when {@code quran.redis.url} has a value.
 * Boot's Redis auto-configuration (spring-boot-data-redis) is deliberately not a dependency: it switches Redis on
 * by default, while DESIGN.md §2 wants explicit configuration only, and nothing here may make a missing Redis a
 * startup failure, which is why {@link SharedRedis} connects lazily.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SharedRedisConfiguration.UrlConfigured.class)
class SharedRedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient quranRedisClient(SharedRedisProperties properties) {
        return SharedRedis.newClient(properties);
    }

    @Bean
    SharedRedis sharedRedis(@Qualifier("quranRedisClient") RedisClient client, SharedRedisProperties properties) {
        return new SharedRedis(client, properties);
    }

    @Bean("redis")
    SharedRedisHealthIndicator redisHealthIndicator(SharedRedis redis) {
        return new SharedRedisHealthIndicator(redis);
    }

    /** True when {@code quran.redis.url} is set to something other than blank (an unset REDIS_URL maps to ""). */
    static class UrlConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("quran.redis.url"));
        }
    }
}
