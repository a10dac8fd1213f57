package org.itqan.quran.security.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The default {@link CallerResolver}, anonymous by IP. It is an auto-configuration (listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}) so that its {@code @ConditionalOnMissingBean} is evaluated
 * after every application bean is known: a resolver declared anywhere in the application replaces it.
 */
@AutoConfiguration
class CallerResolverDefaults {

    @Bean
    @ConditionalOnMissingBean(CallerResolver.class)
    CallerResolver remoteAddressCallerResolver(RateLimitProperties properties) {
        return new RemoteAddressCallerResolver(properties);
    }
}
