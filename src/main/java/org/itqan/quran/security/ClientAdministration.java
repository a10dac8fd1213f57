package org.itqan.quran.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and manages OAuth2 clients. Secrets are generated here, returned once, and stored only as a hash.
 * Confidential clients get client credentials, plus authorization code and refresh token when they have redirect
 * URIs; public clients (browser and mobile apps, no secret) get authorization code with mandatory PKCE.
 */
@Service
public class ClientAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** https anywhere; plain http only on loopback (RFC 8252 native apps); or a private app scheme. */
    private static final java.util.regex.Pattern REDIRECT = java.util.regex.Pattern.compile(
            "https://[^\\s#]+|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?(/[^\\s#]*)?"
                    + "|(?!https?:)[a-z][a-z0-9+.-]*:/[^\\s#]*");

    private final RegisteredClientRepository clients;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final TokenRevocations revocations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ClientAdministration(RegisteredClientRepository clients, PasswordEncoder encoder, JdbcClient jdbc,
            SecurityProperties properties, TokenRevocations revocations, AuditLog audit,
            ApplicationEventPublisher events) {
        this.clients = clients;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.properties = properties;
        this.revocations = revocations;
        this.audit = audit;
        this.events = events;
    }

    /** A registered client as the admin API shows it; {@code secret} is present only when just generated. */
    public record Client(String clientId, String name, boolean confidential, List<String> grantTypes,
            List<String> scopes, List<String> redirectUris, Instant issuedAt, String secret) {
    }

    @Transactional
    public Client create(String name, boolean confidential, Set<String> scopes, Set<String> redirectUris,
            String actor) {
        return create(name, "c-" + UUID.randomUUID(), confidential ? newSecret() : null, scopes, redirectUris,
                actor);
    }

    @Transactional
    public Client create(String name, String clientId, String secret, Set<String> scopes, Set<String> redirectUris,
            String actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw invalid("name", Message.of("detail.client.name"));
        }
        var unknown = scopes.stream().filter(s -> !Scopes.all().contains(s)).toList();
        if (scopes.isEmpty() || !unknown.isEmpty()) {
            throw invalid("scopes", Message.of("detail.client.scopes", Scopes.all(), unknown));
        }
        for (var uri : redirectUris) {
            if (uri.length() > 500 || !REDIRECT.matcher(uri).matches()) {
                throw invalid("redirect_uris", Message.of("detail.client.redirect-uri", uri));
            }
        }
        if (clients.findByClientId(clientId) != null) {
            throw ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CONFLICT, Message.of("detail.client.exists"));
        }
        boolean confidential = secret != null;
        if (!confidential && redirectUris.isEmpty()) {
            throw invalid("redirect_uris", Message.of("detail.client.public-needs-redirect"));
        }
        var builder = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName(name)
                .clientIdIssuedAt(Instant.now())
                .scopes(s -> s.addAll(scopes))
                .redirectUris(r -> r.addAll(redirectUris))
                .clientSettings(ClientSettings.builder().requireProofKey(!confidential)
                        .requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                        .refreshTokenTimeToLive(properties.refreshTokenTtl())
                        // Rotation: every refresh returns a new refresh token and invalidates the old one.
                        .reuseRefreshTokens(false).build());
        if (!redirectUris.isEmpty()) {
            // Signing users in needs somewhere to send them back to; without it a client acts only for itself.
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
        }
        if (confidential) {
            builder.clientSecret(encoder.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        var client = builder.build();
        clients.save(client);
        audit.record("CLIENT_CREATED", actor, clientId, AuditLog.Outcome.SUCCESS, name);
        events.publishEvent(new ClientChanged(clientId, ClientChanged.Change.REGISTERED));
        return view(client, secret);
    }

    public List<Client> list() {
        return jdbc.sql("SELECT client_id FROM oauth2_registered_client ORDER BY client_id_issued_at, client_id")
                .query(String.class).list().stream().map(id -> view(clients.findByClientId(id), null)).toList();
    }

    /** Replaces a confidential client's secret; the old one stops working at once. */
    @Transactional
    public Client rotateSecret(String clientId, String actor) {
        var client = find(clientId);
        if (client.getClientSecret() == null) {
            throw invalid("client_id", Message.of("detail.client.public-no-secret"));
        }
        var secret = newSecret();
        var updated = RegisteredClient.from(client).clientSecret(encoder.encode(secret)).build();
        clients.save(updated);
        audit.record("CLIENT_SECRET_ROTATED", actor, clientId, AuditLog.Outcome.SUCCESS, null);
        events.publishEvent(new ClientChanged(clientId, ClientChanged.Change.SECRET_ROTATED));
        return view(updated, secret);
    }

    /** Deletes a client and every token issued to it. */
    @Transactional
    public void revoke(String clientId, String actor) {
        var client = find(clientId);
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = :id").param("id", client.getId())
                .update();
        jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = :id")
                .param("id", client.getId()).update();
        jdbc.sql("DELETE FROM oauth2_registered_client WHERE id = :id").param("id", client.getId()).update();
        revocations.forgetAll();
        audit.record("CLIENT_REVOKED", actor, clientId, AuditLog.Outcome.SUCCESS, null);
        events.publishEvent(new ClientChanged(clientId, ClientChanged.Change.REVOKED));
    }

    public boolean exists(String clientId) {
        return !clientId.isBlank() && clients.findByClientId(clientId) != null;
    }

    private RegisteredClient find(String clientId) {
        // The repository refuses a blank id with an exception; no client has one, so it is simply not found.
        var client = clientId.isBlank() ? null : clients.findByClientId(clientId);
        if (client == null) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, Message.of("detail.client.not-found", clientId));
        }
        return client;
    }

    private static Client view(RegisteredClient c, String secret) {
        return new Client(c.getClientId(), c.getClientName(), c.getClientSecret() != null,
                c.getAuthorizationGrantTypes().stream().map(AuthorizationGrantType::getValue).sorted().toList(),
                c.getScopes().stream().sorted().toList(), c.getRedirectUris().stream().sorted().toList(),
                c.getClientIdIssuedAt(), secret);
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ApiProblem invalid(String parameter, Message detail) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, detail)
                .with("parameter", parameter);
    }
}
