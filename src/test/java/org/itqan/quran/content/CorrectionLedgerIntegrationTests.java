package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.VerseKey;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Corrections follow the four-eyes rule, change text, manifest and version together when approved, and are all
 * visible in the public ledger, {@code /resources/{type}/{id}/changes}.
 */
@IntegrationTest
class CorrectionLedgerIntegrationTests {

    static final String INDONESIAN = "translations/quranenc/indonesian_affairs_v1.0.1-csv.1.csv";
    static final VerseKey VERSE = VerseKey.parse("1:2");

    @LocalServerPort
    int port;
    @Autowired
    CorrectionManagement corrections;
    @Autowired
    ContentManagement management;
    @Autowired
    JdbcTemplate jdbc;
    Http http;
    String original;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        original = text();
    }

    @AfterEach
    void restore() throws Exception {
        if (!text().equals(original)) {
            management.importVersion(33, INDONESIAN,
                    new ClassPathResource("data/" + INDONESIAN).getContentAsByteArray(), "v1.0.1-csv.1");
        }
    }

    String text() {
        return http.get("/api/v4/quran/translations/33?verse_key=1:2").json().get("translations").get(0)
                .get("text").asString();
    }

    @Test
    void nobodyDecidesTheirOwnProposal() {
        var proposal = corrections.propose(33, VERSE, original + " (fixed)", "typo", null, "alice");
        assertThat(proposal.status()).isEqualTo(Correction.Status.PROPOSED);
        assertThatThrownBy(() -> corrections.approve(proposal.id(), "alice")).isInstanceOfSatisfying(
                ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> corrections.reject(proposal.id(), "alice")).isInstanceOf(ApiProblem.class);
        // The database refuses it too, whatever code path tries.
        assertThatThrownBy(() -> jdbc.update("UPDATE text_corrections SET status = 'approved', decided_by = "
                + "proposed_by, decided_at = proposed_at WHERE id = ?", proposal.id())).isNotNull();
        assertThat(text()).isEqualTo(original);
        assertThat(corrections.reject(proposal.id(), "bob").status()).isEqualTo(Correction.Status.REJECTED);
    }

    @Test
    void anApprovalChangesTextManifestVersionAndFeedTogether() {
        var token = http.get("/api/v4/resources/changes").json().get("sync_token").asString();
        var proposal = corrections.propose(33, VERSE, original + " (fixed)", "missing word", "QuranEnc note 12",
                "alice");
        var approved = corrections.approve(proposal.id(), "bob");

        assertThat(approved.status()).isEqualTo(Correction.Status.APPROVED);
        assertThat(text()).isEqualTo(original + " (fixed)");
        assertThat(http.get("/api/v4/integrity/manifest").json().get("intact").asBoolean()).isTrue();
        var changed = http.get("/api/v4/resources/changes?updated_after=" + token).json().get("changes");
        assertThat(changed.size()).isEqualTo(1);
        assertThat(changed.get(0).get("version").asString()).isEqualTo("v1.0.1-csv.1+c" + proposal.id());
        assertThatThrownBy(() -> corrections.approve(proposal.id(), "carol")).isInstanceOfSatisfying(
                ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));

        var ledger = http.get("/api/v4/resources/translations/33/changes?verse_key=1:2").json();
        var entry = ledger.get("corrections").get(ledger.get("corrections").size() - 1);
        assertThat(entry.get("status").asString()).isEqualTo("approved");
        assertThat(entry.get("old_text").asString()).isEqualTo(original);
        assertThat(entry.get("four_eyes").asBoolean()).isTrue();
        assertThat(entry.has("proposed_by")).isFalse();
        var versions = ledger.get("versions");
        assertThat(versions.get(versions.size() - 1).get("origin").asString()).isEqualTo("correction");
    }

    @Test
    void aProposalAgainstAChangedTextCannotBeApproved() {
        var first = corrections.propose(33, VERSE, original + " (a)", "one reading", null, "alice");
        var second = corrections.propose(33, VERSE, original + " (b)", "another reading", null, "carol");
        corrections.approve(first.id(), "bob");
        assertThatThrownBy(() -> corrections.approve(second.id(), "bob")).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
        assertThat(text()).isEqualTo(original + " (a)");
        assertThatThrownBy(() -> corrections.propose(33, VERSE, original + " (a)", "same", null, "dave"))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void servesThePublicLedgerAndItsErrors() {
        var ledger = http.get("/api/v4/resources/translations/20/changes").json();
        assertThat(ledger.get("versions").get(0).get("origin").asString()).isEqualTo("import");
        assertThat(ledger.get("versions").get(0).get("sha256").asString()).hasSize(64);
        assertThat(http.get("/api/v4/resources/tafsirs/1003/changes").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/resources/tafsirs/1003/changes?commercial_only=true").status()).isEqualTo(404);
        assertThat(http.get("/api/v4/resources/translations/20/changes?verse_key=abc").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/resources/translations/999/changes").status()).isEqualTo(404);
    }
}
