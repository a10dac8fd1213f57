package org.itqan.quran.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** Puts {@link FailFastDataSource} around the application's connection pool. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    static BeanPostProcessor failFastDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    return new FailFastDataSource(pool, () -> {
                        var state = pool.getHikariPoolMXBean();
                        return state == null ? -1 : state.getTotalConnections(); // -1: not started, cannot tell
                    }, System::nanoTime);
                }
                return bean;
            }
        };
    }
}
