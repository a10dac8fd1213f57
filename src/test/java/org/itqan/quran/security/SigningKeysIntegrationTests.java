package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One active key per algorithm: ES256 signs access tokens, RS256 signs ID tokens. */
@IntegrationTest
class SigningKeysIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SigningKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstallFromBeforeES256GetsAnAccessTokenKeyAndKeepsItsRsaKey() {
        var rsaBefore = activeKid("RS256");
        // As an install from before ES256 looked: no active ES256 key. Retired, not deleted, so tokens that other
        // tests hold still verify.
        jdbc.sql("UPDATE signing_keys SET retired_at = CURRENT_TIMESTAMP WHERE algorithm = 'ES256'").update();

        keys.ensureKey();

        var es256 = activeKid("ES256");
        assertThat(activeKid("RS256")).as("the ID-token key is untouched").isEqualTo(rsaBefore);
        var token = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read")
                .accessToken();
        assertThat(OAuth2FlowIntegrationTests.kid(token)).isEqualTo(es256);
        assertThat(OAuth2FlowIntegrationTests.header(token).get("alg").asString()).isEqualTo("ES256");
    }

    @Test
    void ensuringKeysTwiceCreatesNoSecondActiveKey() {
        keys.ensureKey();
        keys.ensureKey();
        for (var algorithm : new String[] {"ES256", "RS256"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL AND algorithm = :alg")
                    .param("alg", algorithm).query(Long.class).single()).as(algorithm).isEqualTo(1);
        }
    }

    private String activeKid(String algorithm) {
        return jdbc.sql("SELECT kid FROM signing_keys WHERE retired_at IS NULL AND algorithm = :alg")
                .param("alg", algorithm).query(String.class).single();
    }
}
