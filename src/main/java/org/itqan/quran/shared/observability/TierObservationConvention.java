package org.itqan.quran.shared.observability;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * {@code http.server.requests} as Spring measures it (method, uri template, status, outcome, exception), plus the
 * caller's rate-limit {@code tier}. The tier is what the rate limiter already resolved for the request (a request
 * attribute), so tagging costs no second lookup; its values are the configured tier names, a bounded set.
 */
@Component
class TierObservationConvention extends DefaultServerRequestObservationConvention {

    private static final KeyValue NONE = KeyValue.of(Metrics.TIER_TAG, Metrics.NO_TIER);

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        var tier = context.getCarrier().getAttribute(Metrics.TIER_ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context)
                .and(tier instanceof String name ? KeyValue.of(Metrics.TIER_TAG, name) : NONE);
    }
}
