package org.itqan.quran.security.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the rate limiter who a request comes from. The default treats every request as anonymous and keys it by
 * client IP ({@link RemoteAddressCallerResolver}); declaring another bean of this type (for example one that reads
 * the authenticated OAuth client or user from Spring Security's context) replaces it. It is called once per API
 * request, after authentication, so it must be cheap and must not fail: when unsure, answer anonymous-by-IP.
 */
@FunctionalInterface
public interface CallerResolver {

    Caller resolve(HttpServletRequest request);
}
