package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Every kind of bad token is refused with 401 problem+json, even on endpoints that are public without a token. */
@IntegrationTest
class TokenRejectionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SigningKeys keys;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void rejectsGarbage() {
        assertRejected("not-a-token");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID(currentKey().getKeyID()).generate();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                claims(Instant.now().plusSeconds(600)));
        jwt.sign(new RSASSASigner(stranger));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAnExpiredTokenSignedWithOurKey() throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(currentKey().getKeyID()).build(),
                claims(Instant.now().minusSeconds(3600)));
        jwt.sign(new RSASSASigner(currentKey()));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAnES256TokenSignedWithAnotherKey() throws Exception {
        // Access tokens are ES256: a stranger's P-256 key that claims our access-token key's id.
        var stranger = new ECKeyGenerator(Curve.P_256).keyID(currentAccessKey().getKeyID()).generate();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(stranger.getKeyID()).build(),
                claims(Instant.now().plusSeconds(600)));
        jwt.sign(new ECDSASigner(stranger));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAnExpiredES256TokenSignedWithOurKey() throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(currentAccessKey().getKeyID())
                .build(), claims(Instant.now().minusSeconds(3600)));
        jwt.sign(new ECDSASigner(currentAccessKey()));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAnUnsignedTokenWithAlgNone() {
        assertRejected(new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize());
    }

    @Test
    void rejectsAnHmacTokenKeyedWithThePublicKey() throws Exception {
        // The classic algorithm-confusion attack: HS256 with the RSA public key as the shared secret.
        var secret = currentKey().toPublicJWK().toJSONString().getBytes();
        var padded = java.util.Arrays.copyOf(secret, Math.max(32, secret.length));
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(Instant.now().plusSeconds(600)));
        jwt.sign(new MACSigner(padded));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAValidTokenWithATamperedPayload() {
        var token = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read")
                .accessToken();
        var parts = token.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("content.read",
                "content.read\",\"roles\":[\"ADMIN\"],\"x\":\"");
        assertRejected(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2]);
    }

    @Test
    void aForgedTokenCannotReachAdminEndpoints() throws Exception {
        var stranger = new RSAKeyGenerator(2048).generate();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                new JWTClaimsSet.Builder(claims(Instant.now().plusSeconds(600))).claim("roles", List.of("ADMIN"))
                        .build());
        jwt.sign(new RSASSASigner(stranger));
        assertThat(http.get("/api/v4/admin/clients", "Authorization", "Bearer " + jwt.serialize()).status())
                .isEqualTo(401);
    }

    private void assertRejected(String token) {
        for (var path : List.of("/api/v4/chapters/1", "/api/v4/me")) {
            var response = http.get(path, "Authorization", "Bearer " + token);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
            assertThat(response.body()).doesNotContain("Exception", "at org.");
        }
        assertThat(http.get("/api/v4/chapters/1", "x-auth-token", token).status()).isEqualTo(401);
    }

    /** The active RS256 key (it signs ID tokens). */
    private RSAKey currentKey() throws Exception {
        return keys.current().getKeys().stream().filter(k -> k.getKeyType().equals(KeyType.RSA)).findFirst()
                .orElseThrow().toRSAKey();
    }

    /** The active ES256 key (it signs access tokens). */
    private ECKey currentAccessKey() {
        return keys.current().getKeys().stream().filter(k -> k.getKeyType().equals(KeyType.EC)).findFirst()
                .orElseThrow().toECKey();
    }

    private static JWTClaimsSet claims(Instant expiresAt) {
        return new JWTClaimsSet.Builder().subject(OAuth.TEST_CLIENT).claim("scope", List.of("content.read"))
                .claim("client_id", OAuth.TEST_CLIENT).issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt)).build();
    }
}
