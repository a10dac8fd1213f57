/**
 * Request admission: whether a request may be served at all. It owns the rate limits now (token buckets per
 * anonymous IP, per OAuth client and per user, in tiers set by configuration, announced on every API response by
 * the RateLimit headers) and will own authentication later, whose filter chain sits in front of the rate-limit
 * filter and tells it who the caller is through {@link org.itqan.quran.security.ratelimit.CallerResolver}.
 * Both answer refusals with problem+json themselves, because filters run before Spring MVC.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package org.itqan.quran.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
