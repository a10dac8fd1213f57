/**
 * Rate limiting with Bucket4j: see {@link org.itqan.quran.security.ratelimit.RateLimiter} and docs/rate-limits.md.
 */
@NullMarked
package org.itqan.quran.security.ratelimit;

import org.jspecify.annotations.NullMarked;
