package org.itqan.quran.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Three filter chains, most specific first:
 * <ol>
 * <li>the authorization server's protocol endpoints ({@code /oauth2/*}, {@code /.well-known/*}, {@code /userinfo});</li>
 * <li>the API ({@code /api}, {@code /content}, {@code /auth}, {@code /v1}, {@code /graphql}): stateless, bearer
 * tokens only, so no CSRF tokens and no session; errors are problem+json;</li>
 * <li>everything else: the login page for the authorization-code flow, actuator, API documentation.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] API = {"/api/**", "/content/**", "/auth/**", "/v1/**", "/graphql",
        "/graphql/schema"};
    private static final String[] PUBLIC_READS = {"/api/v4/**", "/content/api/v4/**", "/v1/**"};

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, ProblemSecurityHandlers problems,
            JwtDecoder decoder) throws Exception {
        var endpoints = new RequestMatcher[1];
        http.oauth2AuthorizationServer(server -> {
            server.oidc(withDefaults());
            endpoints[0] = server.getEndpointsMatcher(); // resolves lazily, once the configurer is initialised
        });
        http.securityMatcher(endpoints[0])
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that must sign in is sent to the login page; a program gets problem+json.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                        .defaultAuthenticationEntryPointFor(problems, request -> true))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems, CachingJwtDecoder decoder,
            QuranFoundationTokenResolver tokens, SecurityProperties properties) throws Exception {
        var bearer = new BearerTokenAuthentication(decoder, authorities());
        http.securityMatcher(API)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only: no cookie authenticates an API call, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .cors(withDefaults())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.OPTIONS, API).permitAll();
                    requests.requestMatchers(HttpMethod.POST, "/api/v4/accounts").permitAll();
                    requests.requestMatchers("/api/v4/admin/**").hasRole("ADMIN");
                    requests.requestMatchers("/api/v4/editor/**").hasAnyRole("EDITOR", "ADMIN");
                    requests.requestMatchers("/api/v4/me/usage").permitAll();
                    // Before the public reads: GET /api/v4/webhooks is a client's own data, not content.
                    requests.requestMatchers("/api/v4/webhooks", "/api/v4/webhooks/**")
                            .hasAuthority("SCOPE_" + Scopes.WEBHOOKS);
                    requests.requestMatchers("/api/v4/me", "/api/v4/me/**", "/auth/**").authenticated();
                    if (properties.contentRequiresToken()) {
                        requests.requestMatchers(HttpMethod.GET, PUBLIC_READS)
                                .hasAnyAuthority("SCOPE_" + Scopes.CONTENT_READ, "SCOPE_" + Scopes.SEARCH_READ);
                        requests.requestMatchers(HttpMethod.POST, "/api/v4/verify")
                                .hasAuthority("SCOPE_" + Scopes.SEARCH_READ);
                    } else {
                        requests.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll();
                        requests.requestMatchers(HttpMethod.POST, "/api/v4/verify").permitAll();
                    }
                    // GraphQL fields check scopes themselves, as the REST endpoints they mirror do (GraphQlSecurity).
                    // The WebSocket handshake (GET) carries no token: it is checked in connection_init.
                    requests.requestMatchers(HttpMethod.GET, "/graphql").permitAll();
                    if (properties.contentRequiresToken()) {
                        requests.requestMatchers("/graphql", "/graphql/schema").authenticated();
                    } else {
                        requests.requestMatchers("/graphql", "/graphql/schema").permitAll();
                    }
                    // The AlQuran Cloud facade is read-only: other methods reach it to get its own 405 envelope.
                    requests.requestMatchers("/v1/**").permitAll();
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resource -> resource.bearerTokenResolver(tokens)
                        // Spring's converter also attaches WebAuthenticationDetails (remote address, session id)
                        // to every request's token; nothing here reads them, and the session lookup is not free.
                        .authenticationConverter(request -> {
                            var token = tokens.resolve(request);
                            return token == null ? null : new BearerTokenAuthenticationToken(token);
                        })
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new ClientIdHeaderFilter(problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The error page, on its own: it answers errors of every path, for anyone, and must not run the login page's
     * filters, which read the failed request's parameters; when those are what failed (not UTF-8, a bad escape),
     * reading them again failed the error page too, and Tomcat logged both as errors.
     */
    @Bean
    @Order(3)
    SecurityFilterChain errorPage(HttpSecurity http) throws Exception {
        http.securityMatcher("/error")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/favicon.ico", "/v3/api-docs/**", "/v3/api-docs",
                                "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/actuator/prometheus", "/graphiql", "/graphiql/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(withDefaults())
                .logout(withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; "
                                + "form-action 'self'"))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * No Micrometer observation per security filter: on a cached verse the per-filter observations cost more than
     * serving the verse. Each request is still measured once, as {@code http.server.requests}.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Authorities from the token: {@code SCOPE_x} for each scope, {@code ROLE_x} for each role. */
    static JwtAuthenticationConverter authorities() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::authoritiesOf);
        return converter;
    }

    static Collection<GrantedAuthority> authoritiesOf(Jwt jwt) {
        var authorities = new ArrayList<GrantedAuthority>();
        var scope = jwt.getClaim("scope");
        if (scope instanceof Collection<?> scopes) {
            scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        } else if (scope instanceof String scopes) {
            for (var s : scopes.split(" ")) {
                authorities.add(new SimpleGrantedAuthority("SCOPE_" + s));
            }
        }
        if (jwt.getClaim("roles") instanceof Collection<?> roles) {
            roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        }
        return authorities;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-None-Match", "If-Match",
                "Idempotency-Key", "x-auth-token", "x-client-id", "x-timezone", "X-Request-Id", "Accept-Language"));
        cors.setExposedHeaders(List.of("ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                "RateLimit-Policy", "Retry-After", "X-Request-Id", "Location"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
