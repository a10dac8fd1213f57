package org.itqan.quran.security;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * JWT signing keys kept in the database, so that every node signs and verifies with the same keys and a restart
 * invalidates no token. The newest unretired key signs. Rotation adds a new key and retires the previous one, which
 * stays published in the JWK set (and keeps verifying) until every token it signed has expired.
 * <p>
 * The private keys are as sensitive as a password database: back them up with the database and restrict access.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    /** How long the key set is reused before re-reading the table: rotation on another node shows up within it. */
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock = Clock.systemUTC();
    private volatile JWKSet keys = new JWKSet();
    private volatile Instant loadedAt = Instant.EPOCH;

    SigningKeys(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(current());
    }

    /** The published key set: the signing key first, then retired keys still inside their grace period. */
    public JWKSet current() {
        if (loadedAt.plus(REFRESH).isBefore(clock.instant())) {
            reload();
        }
        return keys;
    }

    /** Creates a new signing key and retires the previous ones; returns the new key id. */
    @Transactional
    public String rotate() {
        var now = clock.instant();
        jdbc.sql("UPDATE signing_keys SET retired_at = :now WHERE retired_at IS NULL")
                .param("now", Timestamp.from(now)).update();
        var kid = insertNewKey(now);
        reload();
        log.info("Rotated JWT signing key; new key id {}", kid);
        return kid;
    }

    /** Ensures a signing key exists (first start of a fresh install). */
    @Transactional
    public void ensureKey() {
        var active = jdbc.sql("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL").query(Long.class)
                .single();
        if (active == 0) {
            var kid = insertNewKey(clock.instant());
            log.info("Created the first JWT signing key {}", kid);
        }
        reload();
    }

    synchronized void reload() {
        var graceStart = Timestamp.from(clock.instant().minus(properties.accessTokenTtl()).minus(Duration.ofMinutes(1)));
        var jwks = new ArrayList<JWK>();
        jdbc.sql("""
                SELECT jwk_json FROM signing_keys
                WHERE retired_at IS NULL OR retired_at > :graceStart
                ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, created_at DESC""")
                .param("graceStart", graceStart)
                .query(String.class).list()
                .forEach(json -> jwks.add(parse(json)));
        keys = new JWKSet(jwks);
        loadedAt = clock.instant();
    }

    private String insertNewKey(Instant now) {
        var kid = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO signing_keys (kid, algorithm, jwk_json, created_at) VALUES (:kid, 'RS256', :json, :now)")
                .param("kid", kid).param("json", generate(kid).toJSONString()).param("now", Timestamp.from(now))
                .update();
        return kid;
    }

    private static RSAKey generate(String kid) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every Java platform", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a valid JWK", e);
        }
    }
}
