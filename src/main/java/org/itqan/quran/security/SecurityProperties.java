package org.itqan.quran.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings. Secrets (bootstrap passwords and client secrets) come only from the environment or external
 * configuration; nothing secret is committed.
 *
 * @param issuer the token issuer URL; empty means "this server, as the request reached it"
 * @param contentRequiresToken require a token with {@code content.read} for content, as the Quran Foundation does
 * @param accessTokenTtl lifetime of access tokens
 * @param refreshTokenTtl lifetime of refresh tokens
 * @param corsOrigins origins allowed to call the API from a browser
 * @param maxFailedLoginsPerIp failed sign-ins from one address before it is refused for 15 minutes
 * @param bootstrap a first admin and client for a fresh install
 */
@ConfigurationProperties("quran.security")
public record SecurityProperties(@DefaultValue("") String issuer, @DefaultValue("false") boolean contentRequiresToken,
        @DefaultValue("PT15M") Duration accessTokenTtl, @DefaultValue("P30D") Duration refreshTokenTtl,
        @DefaultValue("*") List<String> corsOrigins, @DefaultValue("20") int maxFailedLoginsPerIp,
        @DefaultValue Bootstrap bootstrap) {

    /**
     * Set these (e.g. QURAN_SECURITY_BOOTSTRAP_ADMIN_EMAIL) on the first start of a fresh install; they are used
     * only while no admin account (or no such client) exists.
     */
    public record Bootstrap(@Nullable String adminEmail, @Nullable String adminPassword, @Nullable String clientId,
            @Nullable String clientSecret, @DefaultValue("") List<String> redirectUris) {
    }
}
