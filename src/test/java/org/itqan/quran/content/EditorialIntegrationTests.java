package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** Corrections need two different editors; new versions need an admin; the Quran text has no write path at all. */
@IntegrationTest
class EditorialIntegrationTests {

    private static final String PASSWORD = "editorial password 1";

    @LocalServerPort
    int port;
    Http http;
    OAuth oauth;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        oauth = new OAuth(port);
        admin = "Bearer " + oauth.adminTokens().accessToken();
    }

    @Test
    void aCorrectionNeedsASecondEditorThenEntersThePublicLedger() {
        var alice = editor();
        var bob = editor();
        var before = http.get("/api/v4/translations/22/by_ayah/114:5").json().get("translations").get(0)
                .get("text").asString();
        var etagBefore = http.get("/api/v4/translations/22/by_ayah/114:5").header("ETag");

        var proposed = http.send("POST", "/api/v4/editor/resources/translations/22/corrections",
                "{\"verse_key\":\"114:5\",\"new_text\":\"" + before + " (corrected)\",\"reason\":\"typo\"}",
                "Content-Type", "application/json", "Authorization", alice);
        assertThat(proposed.status()).isEqualTo(201);
        var id = proposed.json().get("id").asLong();

        var own = http.send("POST", "/api/v4/editor/corrections/" + id + "/approve", "", "Authorization", alice);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("type").asString()).endsWith("/problems/four-eyes-required");

        var approved = http.send("POST", "/api/v4/editor/corrections/" + id + "/approve", "", "Authorization", bob);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");

        var served = http.get("/api/v4/translations/22/by_ayah/114:5");
        assertThat(served.json().get("translations").get(0).get("text").asString()).endsWith("(corrected)");
        assertThat(served.header("ETag")).isNotEqualTo(etagBefore);
        var ledger = http.get("/api/v4/resources/translations/22/changes?verse_key=114:5").body();
        assertThat(ledger).contains("(corrected)", "typo");
        assertThat(http.get("/api/v4/integrity/manifest").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void usersCannotProposeAndNobodyCanEditTheQuranText() {
        var user = token(register());
        assertThat(http.send("POST", "/api/v4/editor/resources/translations/20/corrections",
                "{\"verse_key\":\"1:1\",\"new_text\":\"x\",\"reason\":\"y\"}", "Content-Type", "application/json",
                "Authorization", user).status()).isEqualTo(403);
        for (var method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            var response = http.send(method, "/api/v4/verses/by_key/1:1", "{\"text_uthmani\":\"x\"}",
                    "Content-Type", "application/json", "Authorization", admin);
            assertThat(response.status()).as(method).isIn(404, 405);
        }
    }

    @Test
    void anAdminImportsANewVersionFromAVerifiedFile() throws Exception {
        var file = new ClassPathResource("data/translations/tanzil/en.pickthall.xml").getContentAsByteArray();
        var user = token(register());
        assertThat(http.send("POST", "/api/v4/admin/resources/translations/19/versions?file_name=en.pickthall.xml"
                + "&version=2010-09-04b", new String(file), "Content-Type", "application/xml",
                "Authorization", user).status()).isEqualTo(403);
        var imported = http.send("POST", "/api/v4/admin/resources/translations/19/versions?file_name=en.pickthall.xml"
                + "&version=2010-09-04b", new String(file), "Content-Type", "application/xml", "Authorization", admin);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(http.get("/api/v4/resources/translations/19/info").json().get("translation_info").get("version")
                .asString()).isEqualTo("2010-09-04b");
        var broken = http.send("POST", "/api/v4/admin/resources/translations/19/versions?file_name=x.xml&version=9",
                "<quran><sura index=\"1\"><aya index=\"1\" text=\"only one\"/></sura></quran>", "Content-Type",
                "application/xml", "Authorization", admin);
        assertThat(broken.status()).isBetween(400, 422);
        assertThat(http.get("/api/v4/resources/translations/19/info").json().get("translation_info").get("version")
                .asString()).isEqualTo("2010-09-04b");
    }

    @Test
    void aProposalsFieldsAreCheckedBeforeAnythingIsStored() {
        var alice = editor();
        var longReference = http.send("POST", "/api/v4/editor/resources/translations/22/corrections",
                "{\"verse_key\":\"114:5\",\"new_text\":\"x\",\"reason\":\"r\",\"source_reference\":\""
                        + "A".repeat(501) + "\"}", "Content-Type", "application/json", "Authorization", alice);
        assertThat(longReference.status()).isEqualTo(400);
        assertThat(longReference.json().get("parameter").asString()).isEqualTo("source_reference");

        var notText = http.send("POST", "/api/v4/editor/resources/translations/22/corrections",
                "{\"verse_key\":\"114:5\",\"new_text\":\"x\\ud800\",\"reason\":\"r\"}",
                "Content-Type", "application/json", "Authorization", alice);
        assertThat(notText.status()).isEqualTo(400);
        assertThat(notText.json().get("detail").asString()).contains("unpaired surrogate");
    }

    @Test
    void anUnreadableFileIsRefusedSayingWhatTheParserSawWithoutItsClassNames() {
        var refused = http.send("POST", "/api/v4/admin/resources/translations/19/versions?file_name=f.xml&version=v9",
                "<quran><sura index='abc'/></quran>", "Content-Type", "application/xml", "Authorization", admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("abc").doesNotContain("java.", "Exception");
    }

    private String editor() {
        var email = register();
        var id = http.get("/api/v4/me", "Authorization", token(email)).json().get("id").asString();
        assertThat(http.send("PUT", "/api/v4/admin/accounts/" + id + "/role", "{\"role\":\"EDITOR\"}",
                "Content-Type", "application/json", "Authorization", admin).status()).isEqualTo(200);
        return token(email); // a new token carries the new role
    }

    private String register() {
        var email = "editor-" + UUID.randomUUID() + "@example.org";
        http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "Content-Type", "application/json");
        return email;
    }

    private String token(String email) {
        return "Bearer " + oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD,
                "openid user.read").accessToken();
    }
}
