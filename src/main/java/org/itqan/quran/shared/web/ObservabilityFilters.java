package org.itqan.quran.shared.web;

import java.util.EnumSet;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.ObjectMapper;

/**
 * The two outermost filters, registered explicitly because they must also see error dispatches: the request id
 * first, then the mapping of a database outage that escaped a filter (the security layer's token and client
 * lookups) to 503.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityFilters {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setName("requestIdFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR,
                DispatcherType.ASYNC));
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectMapper json,
            java.util.List<org.itqan.quran.shared.ErrorEnvelope> envelopes) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json, envelopes));
        registration.setName("databaseUnavailableFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
