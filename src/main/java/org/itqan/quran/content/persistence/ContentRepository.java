package org.itqan.quran.content.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceText;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Sajdah;
import org.itqan.quran.content.Verse;
import org.itqan.quran.content.Word;
import org.itqan.quran.content.integrity.CanonicalRows;
import org.itqan.quran.shared.VerseKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the content module. Reads return domain records; writes take them. */
@Repository
public class ContentRepository {

    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- reads

    public List<Chapter> chapters() {
        return jdbc.sql("""
                SELECT id, name_arabic, name_simple, name_complex, name_english, revelation_place, revelation_order,
                       bismillah_pre, verses_count, rukus_count, first_verse_id, first_page, last_page
                FROM chapters ORDER BY id""")
                .query((rs, n) -> new Chapter(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13)))
                .list();
    }

    /** Every verse with its words, in reading order: two queries, however many verses. */
    public List<Verse> verses() {
        var words = new HashMap<Integer, List<Word>>(8192);
        jdbc.sql("SELECT id, verse_id, position, text_uthmani FROM words ORDER BY verse_id, position")
                .query((ResultSet rs) -> {
                    words.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                            .add(new Word(rs.getInt(1), rs.getInt(3), rs.getString(4)));
                });
        return jdbc.sql("""
                SELECT id, juz_number, hizb_number, rub_el_hizb_number, manzil_number, ruku_number, page_number,
                       sajdah_number, text_uthmani, text_imlaei, text_imlaei_simple, bismillah_uthmani
                FROM verses ORDER BY id""")
                .query((rs, n) -> new Verse(rs.getInt(1), VerseKey.ofId(rs.getInt(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), nullableInt(rs, 8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12),
                        List.copyOf(words.getOrDefault(rs.getInt(1), List.of()))))
                .list();
    }

    public List<Division> divisions() {
        return jdbc.sql("""
                SELECT division_type, division_number, first_verse_id, last_verse_id
                FROM divisions ORDER BY division_type, division_number""")
                .query((rs, n) -> new Division(DivisionType.ofSingular(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }

    public List<Sajdah> sajdas() {
        return jdbc.sql("SELECT sajdah_number, verse_id, sajdah_type FROM sajdas ORDER BY sajdah_number")
                .query((rs, n) -> new Sajdah(rs.getInt(1), VerseKey.ofId(rs.getInt(2)), rs.getString(3)))
                .list();
    }

    public List<Resource> resources() {
        return jdbc.sql("""
                SELECT id, resource_type, slug, name, author_name, language_name, language_iso, direction,
                       source_name, source_url, version, license_id, license_terms, attribution, commercial_use,
                       derivatives_allowed, source_file, source_sha256
                FROM resources ORDER BY id""")
                .query((rs, n) -> new Resource(rs.getInt(1), ResourceType.ofApiName(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14), rs.getBoolean(15), rs.getBoolean(16), rs.getString(17),
                        rs.getString(18)))
                .list();
    }

    /**
     * A cheap summary of everything that changes when content changes (an import, a new version, an applied
     * correction): how many resources there are and when resources and the manifest were last written.
     */
    public String fingerprint() {
        var resources = jdbc.sql("SELECT COUNT(*), MAX(imported_at) FROM resources")
                .query((rs, n) -> rs.getInt(1) + "@" + rs.getTimestamp(2)).single();
        var manifest = jdbc.sql("SELECT COUNT(*), MAX(computed_at) FROM content_manifest")
                .query((rs, n) -> rs.getInt(1) + "@" + rs.getTimestamp(2)).single();
        return resources + "/" + manifest;
    }

    /** When each resource's stored text was last written (import or new version). */
    public Map<Integer, Instant> resourceImportTimes() {
        var times = new HashMap<Integer, Instant>();
        jdbc.sql("SELECT id, imported_at FROM resources").query((ResultSet rs) -> {
            times.put(rs.getInt(1), rs.getTimestamp(2).toInstant());
        });
        return times;
    }

    /** Texts of the given resources for a verse-id range, in one query, grouped by resource then verse. */
    public Map<Integer, Map<Integer, ResourceText>> texts(ResourceType type, Collection<Integer> resourceIds,
            int fromVerseId, int toVerseId) {
        var result = new LinkedHashMap<Integer, Map<Integer, ResourceText>>();
        if (resourceIds.isEmpty()) {
            return result;
        }
        resourceIds.forEach(id -> result.put(id, new HashMap<>()));
        jdbc.sql(textsSql(type) + " WHERE resource_id IN (:ids) AND verse_id BETWEEN :from AND :to")
                .param("ids", resourceIds)
                .param("from", fromVerseId)
                .param("to", toVerseId)
                .query((ResultSet rs) -> {
                    var text = textOf(type, rs);
                    result.get(text.resourceId()).put(text.verseId(), text);
                });
        return result;
    }

    /** Every text of one resource in verse order: the integrity check's input. */
    public List<ResourceText> allTexts(Resource resource) {
        return jdbc.sql(textsSql(resource.type()) + " WHERE resource_id = :id ORDER BY verse_id")
                .param("id", resource.id())
                .query((rs, n) -> textOf(resource.type(), rs))
                .list();
    }

    public Map<String, CanonicalRows.Entry> manifest() {
        var manifest = new LinkedHashMap<String, CanonicalRows.Entry>();
        jdbc.sql("SELECT manifest_key, row_count, sha256 FROM content_manifest ORDER BY manifest_key")
                .query((ResultSet rs) -> {
                    manifest.put(rs.getString(1), new CanonicalRows.Entry(rs.getInt(2), rs.getString(3)));
                });
        return manifest;
    }

    public Map<String, ManifestSource> manifestSources() {
        var sources = new LinkedHashMap<String, ManifestSource>();
        jdbc.sql("SELECT manifest_key, source_file, source_sha256, computed_at FROM content_manifest")
                .query((ResultSet rs) -> {
                    sources.put(rs.getString(1), new ManifestSource(rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                });
        return sources;
    }

    public record ManifestSource(String file, String sha256, Instant computedAt) {
    }

    public Optional<String> importedHash(String unit) {
        return jdbc.sql("SELECT source_sha256 FROM data_imports WHERE unit = :unit").param("unit", unit)
                .query(String.class).optional();
    }

    // ---- writes (called inside the importer's transaction)

    public void insertCore(List<Chapter> chapters, List<Verse> verses, List<Division> divisions,
            List<Sajdah> sajdas) {
        template.batchUpdate("""
                INSERT INTO chapters (id, name_arabic, name_simple, name_complex, name_english, revelation_place,
                  revelation_order, bismillah_pre, verses_count, rukus_count, first_verse_id, first_page, last_page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                chapters.stream().map(c -> new Object[] {c.id(), c.nameArabic(), c.nameSimple(), c.nameComplex(),
                        c.nameEnglish(), c.revelationPlace(), c.revelationOrder(), c.bismillahPre(),
                        c.versesCount(), c.rukusCount(), c.firstVerseId(), c.firstPage(), c.lastPage()}).toList());
        batch("""
                INSERT INTO verses (id, chapter_id, verse_number, verse_key, juz_number, hizb_number,
                  rub_el_hizb_number, manzil_number, ruku_number, page_number, sajdah_number, text_uthmani,
                  text_imlaei, text_imlaei_simple, bismillah_uthmani)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                verses.stream().map(v -> new Object[] {v.id(), v.chapterId(), v.verseNumber(), v.key().toString(),
                        v.juzNumber(), v.hizbNumber(), v.rubElHizbNumber(), v.manzilNumber(), v.rukuNumber(),
                        v.pageNumber(), v.sajdahNumber(), v.textUthmani(), v.textImlaei(), v.textImlaeiSimple(),
                        v.bismillah()}).toList());
        batch("INSERT INTO words (id, verse_id, position, text_uthmani) VALUES (?, ?, ?, ?)",
                verses.stream().flatMap(v -> v.words().stream()
                        .map(w -> new Object[] {w.id(), v.id(), w.position(), w.textUthmani()})).toList());
        batch("""
                INSERT INTO divisions (division_type, division_number, first_verse_id, last_verse_id)
                VALUES (?, ?, ?, ?)""",
                divisions.stream().map(d -> new Object[] {d.type().singular(), d.number(), d.firstVerseId(),
                        d.lastVerseId()}).toList());
        batch("INSERT INTO sajdas (sajdah_number, verse_id, sajdah_type) VALUES (?, ?, ?)",
                sajdas.stream().map(s -> new Object[] {s.number(), s.verseKey().id(), s.type()}).toList());
    }

    public void deleteResource(int resourceId) {
        jdbc.sql("DELETE FROM translation_texts WHERE resource_id = :id").param("id", resourceId).update();
        jdbc.sql("DELETE FROM tafsir_texts WHERE resource_id = :id").param("id", resourceId).update();
        jdbc.sql("DELETE FROM resources WHERE id = :id").param("id", resourceId).update();
    }

    public void insertResource(Resource r, List<ResourceText> texts, Instant now) {
        jdbc.sql("""
                INSERT INTO resources (id, resource_type, slug, name, author_name, language_name, language_iso,
                  direction, source_name, source_url, version, license_id, license_terms, attribution,
                  commercial_use, derivatives_allowed, source_file, source_sha256, imported_at)
                VALUES (:id, :type, :slug, :name, :author, :language, :iso, :direction, :sourceName, :sourceUrl,
                  :version, :licenseId, :licenseTerms, :attribution, :commercial, :derivatives, :file, :sha, :now)""")
                .param("id", r.id()).param("type", r.type().apiName()).param("slug", r.slug())
                .param("name", r.name()).param("author", r.authorName()).param("language", r.languageName())
                .param("iso", r.languageIso()).param("direction", r.direction())
                .param("sourceName", r.sourceName()).param("sourceUrl", r.sourceUrl())
                .param("version", r.version()).param("licenseId", r.licenseId())
                .param("licenseTerms", r.licenseTerms()).param("attribution", r.attribution())
                .param("commercial", r.commercialUse()).param("derivatives", r.derivativesAllowed())
                .param("file", r.sourceFile()).param("sha", r.sourceSha256()).param("now", Timestamp.from(now))
                .update();
        if (r.type() == ResourceType.TRANSLATION) {
            batch("INSERT INTO translation_texts (resource_id, verse_id, text, foot_notes) VALUES (?, ?, ?, ?)",
                    texts.stream().map(t -> new Object[] {r.id(), t.verseId(), t.text(), t.footNotes()}).toList());
        } else {
            batch("INSERT INTO tafsir_texts (resource_id, verse_id, text) VALUES (?, ?, ?)",
                    texts.stream().map(t -> new Object[] {r.id(), t.verseId(), t.text()}).toList());
        }
        // Every stored version goes into the public ledger (V2), in the same transaction as its texts.
        jdbc.sql("""
                INSERT INTO resource_versions (resource_id, version, origin, source_file, source_sha256,
                  content_sha256, recorded_at)
                VALUES (:id, :version, 'import', :file, :sha, :contentSha, :now)""")
                .param("id", r.id()).param("version", r.version()).param("file", r.sourceFile())
                .param("sha", r.sourceSha256()).param("contentSha", CanonicalRows.resource(r, texts).sha256())
                .param("now", Timestamp.from(now)).update();
    }

    public void putManifest(String key, CanonicalRows.Entry entry, String sourceFile, String sourceSha256,
            Instant now) {
        jdbc.sql("DELETE FROM content_manifest WHERE manifest_key = :key").param("key", key).update();
        jdbc.sql("""
                INSERT INTO content_manifest (manifest_key, row_count, sha256, source_file, source_sha256, computed_at)
                VALUES (:key, :rows, :sha, :file, :fileSha, :now)""")
                .param("key", key).param("rows", entry.rows()).param("sha", entry.sha256())
                .param("file", sourceFile).param("fileSha", sourceSha256).param("now", Timestamp.from(now))
                .update();
    }

    public void recordImport(String unit, String sha256, Instant now) {
        jdbc.sql("DELETE FROM data_imports WHERE unit = :unit").param("unit", unit).update();
        jdbc.sql("INSERT INTO data_imports (unit, source_sha256, imported_at) VALUES (:unit, :sha, :now)")
                .param("unit", unit).param("sha", sha256).param("now", Timestamp.from(now)).update();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String textsSql(ResourceType type) {
        return type == ResourceType.TRANSLATION
                ? "SELECT resource_id, verse_id, text, foot_notes FROM translation_texts"
                : "SELECT resource_id, verse_id, text, NULL AS foot_notes FROM tafsir_texts";
    }

    private static ResourceText textOf(ResourceType type, ResultSet rs) throws SQLException {
        return new ResourceText(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4));
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
