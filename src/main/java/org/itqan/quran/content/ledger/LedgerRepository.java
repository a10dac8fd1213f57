package org.itqan.quran.content.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.itqan.quran.content.Correction;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.ResourceVersion;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the ledger (V2 migration): resource versions and text corrections. */
@Repository
public class LedgerRepository {

    private static final String CORRECTION_COLUMNS = "id, resource_id, verse_id, old_text, new_text, reason, "
            + "source_reference, status, proposed_by, proposed_at, decided_by, decided_at";

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordVersion(ResourceVersion v) {
        jdbc.sql("""
                INSERT INTO resource_versions (resource_id, version, origin, source_file, source_sha256,
                  content_sha256, recorded_at)
                VALUES (:resource, :version, :origin, :file, :sourceSha, :contentSha, :at)""")
                .param("resource", v.resourceId()).param("version", v.version()).param("origin", v.origin())
                .param("file", v.sourceFile()).param("sourceSha", v.sourceSha256())
                .param("contentSha", v.contentSha256()).param("at", Timestamp.from(v.recordedAt()))
                .update();
    }

    public List<ResourceVersion> versions(int resourceId) {
        return jdbc.sql("""
                SELECT resource_id, version, origin, source_file, source_sha256, content_sha256, recorded_at
                FROM resource_versions WHERE resource_id = :resource ORDER BY recorded_at, id""")
                .param("resource", resourceId)
                .query((rs, n) -> new ResourceVersion(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public long propose(int resourceId, int verseId, String oldText, String newText, String reason,
            @Nullable String sourceReference, String proposedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO text_corrections (resource_id, verse_id, old_text, new_text, reason, source_reference,
                  status, proposed_by, proposed_at)
                VALUES (:resource, :verse, :old, :new, :reason, :ref, 'proposed', :by, :at)""")
                .param("resource", resourceId).param("verse", verseId).param("old", oldText).param("new", newText)
                .param("reason", reason).param("ref", sourceReference).param("by", proposedBy)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Correction> correction(long id) {
        return jdbc.sql("SELECT " + CORRECTION_COLUMNS + " FROM text_corrections WHERE id = :id").param("id", id)
                .query(LedgerRepository::correction).optional();
    }

    /** Corrections of a resource in the order they were proposed, optionally of one verse only. */
    public List<Correction> corrections(int resourceId, @Nullable Integer verseId) {
        return jdbc.sql("SELECT " + CORRECTION_COLUMNS + " FROM text_corrections WHERE resource_id = :resource"
                + (verseId == null ? "" : " AND verse_id = :verse") + " ORDER BY proposed_at, id")
                .param("resource", resourceId).param("verse", verseId == null ? 0 : verseId)
                .query(LedgerRepository::correction).list();
    }

    /** Decides a correction that is still proposed; false when someone decided it first. */
    public boolean decide(long id, Correction.Status status, String decidedBy, Instant at) {
        return jdbc.sql("""
                UPDATE text_corrections SET status = :status, decided_by = :by, decided_at = :at
                WHERE id = :id AND status = 'proposed'""")
                .param("status", status.apiName()).param("by", decidedBy).param("at", Timestamp.from(at))
                .param("id", id).update() == 1;
    }

    /** Replaces one verse's text, only if it is still {@code expected}; false otherwise. */
    public boolean replaceText(ResourceType type, int resourceId, int verseId, String expected, String text) {
        var table = type == ResourceType.TRANSLATION ? "translation_texts" : "tafsir_texts";
        return jdbc.sql("UPDATE " + table + " SET text = :text WHERE resource_id = :resource AND verse_id = :verse"
                + " AND text = :expected")
                .param("text", text).param("resource", resourceId).param("verse", verseId)
                .param("expected", expected).update() == 1;
    }

    public void updateVersion(int resourceId, String version, Instant at) {
        jdbc.sql("UPDATE resources SET version = :version, imported_at = :at WHERE id = :id")
                .param("version", version).param("at", Timestamp.from(at)).param("id", resourceId).update();
    }

    private static Correction correction(ResultSet rs, int row) throws SQLException {
        var decidedAt = rs.getTimestamp(12);
        return new Correction(rs.getLong(1), rs.getInt(2), VerseKey.ofId(rs.getInt(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7),
                Correction.Status.valueOf(rs.getString(8).toUpperCase(java.util.Locale.ROOT)), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11), decidedAt == null ? null : decidedAt.toInstant());
    }
}
