package org.itqan.quran.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The security beans that do not need a web server: password hashing, the client and consent stores, token encoding
 * and decoding. The command line (web-application-type none) uses them too; the filter chains live in
 * {@link SecurityConfiguration}, which exists only in a web application.
 */
@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    /**
     * Spring's strict firewall with the same rules, checked without a regular expression. The default checks every
     * header name and value read against {@code [\\p{IsAssigned}&&[^\\p{IsControl}]]*}; the Authorization header
     * of a signed-in client is read several times per request and is some 700 characters long, and those matches
     * were a tenth of its request's cost.
     */
    @Bean
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityBeans::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityBeans::assignedAndNotControlOnce);
        firewall.setAllowedParameterNames(SecurityBeans::assignedAndNotControl);
        return firewall;
    }

    /**
     * The last long header value this thread found allowed. Spring Security reads the Authorization header twice
     * per request (its DPoP matcher, then the bearer filter) and Tomcat returns the same string both times, so the
     * second check of its ~700 characters is an identity comparison. A string is immutable: once allowed, always.
     */
    private static final ThreadLocal<@org.jspecify.annotations.Nullable String> LAST_LONG_VALUE = new ThreadLocal<>();
    private static final int LONG = 64;

    static boolean assignedAndNotControlOnce(String value) {
        if (value.length() < LONG) {
            return assignedAndNotControl(value);
        }
        if (LAST_LONG_VALUE.get() == value) {
            return true;
        }
        boolean allowed = assignedAndNotControl(value);
        if (allowed) {
            LAST_LONG_VALUE.set(value);
        }
        return allowed;
    }

    /** Every code point assigned in Unicode and none a control character, as the firewall's default pattern. */
    static boolean assignedAndNotControl(String text) {
        for (int i = 0; i < text.length();) {
            char ascii = text.charAt(i);
            if (ascii >= ' ' && ascii < 0x7F) { // printable ASCII, nearly every header: no table lookup
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.isISOControl(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @Bean
    CachingJwtDecoder jwtDecoder(SigningKeys keys, TokenRevocations revocations) {
        // ES256 (access tokens) and RS256 (ID tokens, and access tokens issued before ES256): a token that claims
        // "none" or an HMAC algorithm is rejected before any key is tried.
        var nimbus = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithms(algorithms -> {
            algorithms.add(SignatureAlgorithm.ES256);
            algorithms.add(SignatureAlgorithm.RS256);
        }).build();
        return new CachingJwtDecoder(nimbus, revocations);
    }

    /**
     * Signs with the active key of the token's algorithm: the first of the published set that has it (retired keys
     * only verify).
     */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        var encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(candidates -> candidates.getFirst());
        return encoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt still verifies hashes imported from elsewhere.
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        var settings = AuthorizationServerSettings.builder();
        if (!properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }
}
