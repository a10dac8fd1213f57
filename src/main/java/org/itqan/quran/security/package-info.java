/**
 * Request admission: the embedded OAuth2 authorization server (Spring Authorization Server: client credentials,
 * authorization code with PKCE, refresh tokens with rotation, JWT access tokens signed by persisted, rotatable keys),
 * the resource-server rules (scopes, roles, the Quran Foundation {@code x-auth-token} headers), client
 * administration, the audit log, and the rate limits (sub-package {@code ratelimit}: token buckets per anonymous IP, OAuth client and
 * user, told who the caller is by {@link org.itqan.quran.security.ratelimit.CallerResolver}), and the problem+json
 * answers for 401, 403 and 429.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"accounts", "shared"})
package org.itqan.quran.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
