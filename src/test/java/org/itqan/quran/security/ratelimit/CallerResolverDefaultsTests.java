package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The anonymous-by-IP resolver is only the default: any application bean of the type replaces it. */
class CallerResolverDefaultsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallerResolverDefaults.class))
            .withBean(RateLimitProperties.class, () -> new RateLimitProperties(true,
                    Map.of(Caller.ANONYMOUS, new Tier(10, Duration.ofMinutes(1), 0, false)), "p:", List.of(), 10));

    @Test
    void resolvesAnonymousByAddressByDefault() {
        runner.run(context -> assertThat(context).getBean(CallerResolver.class)
                .isInstanceOf(RemoteAddressCallerResolver.class));
    }

    @Test
    void givesWayToAnApplicationResolver() {
        CallerResolver clients = request -> new Caller("client", "demo-app");
        runner.withBean(CallerResolver.class, () -> clients)
                .run(context -> assertThat(context).getBean(CallerResolver.class).isSameAs(clients));
    }
}
