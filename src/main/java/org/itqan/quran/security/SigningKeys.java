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

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * JWT signing keys kept in the database, so that every node signs and verifies with the same keys and a restart
 * invalidates no token. There are two active keys, one per algorithm: access tokens are signed with
 * {@link #ACCESS_TOKENS} (ES256) and ID tokens with {@link #ID_TOKENS} (RS256). Rotation adds a new key of each and
 * retires the previous ones, which stay published in the JWK set (and keep verifying) until every token they signed
 * has expired.
 * <p>
 * Why two: an access token travels in every API request, and every byte of it is parsed on every request. An ES256
 * signature is 64 bytes against RS256's 256, so the token is about 250 characters (a third) shorter, and parsing
 * the request header was the largest part of what a token cost a client on a cached verse. RS256 stays for ID
 * tokens because OpenID Connect requires every provider to support it, and clients expect it there.
 * <p>
 * The private keys are as sensitive as a password database: back them up with the database and restrict access.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    /** How long the key set is reused before re-reading the table: rotation on another node shows up within it. */
    private static final Duration REFRESH = Duration.ofSeconds(30);
    /** Signs access tokens. */
    public static final JWSAlgorithm ACCESS_TOKENS = JWSAlgorithm.ES256;
    /** Signs ID tokens. */
    public static final JWSAlgorithm ID_TOKENS = JWSAlgorithm.RS256;

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

    /** The key ids a rotation created. */
    public record Rotated(String accessTokenKid, String idTokenKid) {
    }

    /** Creates a new signing key for each algorithm and retires the previous ones. */
    @Transactional
    public Rotated rotate() {
        var now = clock.instant();
        jdbc.sql("UPDATE signing_keys SET retired_at = :now WHERE retired_at IS NULL")
                .param("now", Timestamp.from(now)).update();
        var rotated = new Rotated(insertNewKey(ACCESS_TOKENS, now), insertNewKey(ID_TOKENS, now));
        reload();
        log.info("Rotated the JWT signing keys; new key ids {} (access tokens) and {} (ID tokens)",
                rotated.accessTokenKid(), rotated.idTokenKid());
        return rotated;
    }

    /**
     * Ensures an active key exists for each algorithm: on the first start of a fresh install, and on an install
     * from before access tokens were signed with ES256 (its RS256 key stays active for ID tokens).
     */
    @Transactional
    public void ensureKey() {
        for (var algorithm : List.of(ACCESS_TOKENS, ID_TOKENS)) {
            var active = jdbc.sql("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL AND algorithm = :alg")
                    .param("alg", algorithm.getName()).query(Long.class).single();
            if (active == 0) {
                var kid = insertNewKey(algorithm, clock.instant());
                log.info("Created a {} JWT signing key {}", algorithm, kid);
            }
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

    private String insertNewKey(JWSAlgorithm algorithm, Instant now) {
        var kid = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO signing_keys (kid, algorithm, jwk_json, created_at) VALUES (:kid, :alg, :json, :now)")
                .param("kid", kid).param("alg", algorithm.getName())
                .param("json", generate(kid, algorithm).toJSONString()).param("now", Timestamp.from(now)).update();
        return kid;
    }

    /** A key that names its algorithm, so that the encoder picks it only for that algorithm. */
    private static JWK generate(String kid, JWSAlgorithm algorithm) {
        try {
            if (ACCESS_TOKENS.equals(algorithm)) {
                return new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE)
                        .generate();
            }
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).build();
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("RSA and EC P-256 are required by every Java platform", e);
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
