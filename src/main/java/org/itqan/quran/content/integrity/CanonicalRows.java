package org.itqan.quran.content.integrity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceText;
import org.itqan.quran.content.Sajdah;
import org.itqan.quran.content.Script;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.VerseKey;

/**
 * The one definition of what the integrity manifest covers and in which order. The importer feeds it the rows it
 * parsed from the verified files; the verifier feeds it the rows it read back from the database. Both must use this
 * class, or a harmless difference in order would look like tampering.
 */
public final class CanonicalRows {

    public static final String CHAPTERS = "quran:chapters";
    public static final String STRUCTURE = "quran:structure";
    public static final String WORDS = "quran:words";

    private CanonicalRows() {
    }

    /** Manifest entries of the Quran core: metadata, structure, each script, and the words. */
    public static Map<String, Entry> core(List<Chapter> chapters, List<Verse> verses, Collection<Division> divisions,
            List<Sajdah> sajdas) {
        var result = new LinkedHashMap<String, Entry>();
        var chapterDigest = new ManifestDigest();
        chapters.forEach(c -> chapterDigest.row(str(c.id()), c.nameArabic(), c.nameSimple(), c.nameComplex(),
                c.nameEnglish(), c.revelationPlace(), str(c.revelationOrder()), str(c.bismillahPre()),
                str(c.versesCount()), str(c.rukusCount()), str(c.firstVerseId()), str(c.firstPage()),
                str(c.lastPage())));
        result.put(CHAPTERS, Entry.of(chapterDigest));

        var structure = new ManifestDigest();
        verses.forEach(v -> structure.row(v.key().toString(), str(v.juzNumber()), str(v.hizbNumber()),
                str(v.rubElHizbNumber()), str(v.manzilNumber()), str(v.rukuNumber()), str(v.pageNumber()),
                v.sajdahNumber() == null ? null : str(v.sajdahNumber())));
        divisions.stream()
                .sorted((a, b) -> a.type() != b.type() ? a.type().compareTo(b.type())
                        : Integer.compare(a.number(), b.number()))
                .forEach(d -> structure.row(d.type().singular(), str(d.number()), str(d.firstVerseId()),
                        str(d.lastVerseId())));
        sajdas.forEach(s -> structure.row("sajdah", str(s.number()), s.verseKey().toString(), s.type()));
        result.put(STRUCTURE, Entry.of(structure));

        for (var script : Script.values()) {
            var digest = new ManifestDigest();
            verses.forEach(v -> digest.row(v.key().toString(), v.text(script),
                    script == Script.UTHMANI ? v.bismillah() : null));
            result.put(script.manifestKey(), Entry.of(digest));
        }

        var words = new ManifestDigest();
        verses.forEach(v -> v.words().forEach(
                w -> words.row(str(w.id()), v.key() + ":" + w.position(), w.textUthmani())));
        result.put(WORDS, Entry.of(words));
        return result;
    }

    /** The manifest entry of one translation or tafsir; {@code texts} must be in verse order. */
    public static Entry resource(Resource resource, List<ResourceText> texts) {
        var digest = new ManifestDigest();
        texts.forEach(t -> digest.row(VerseKey.ofId(t.verseId()).toString(), t.text(), t.footNotes()));
        return Entry.of(digest);
    }

    /** One manifest line: how many rows were hashed and their SHA-256. */
    public record Entry(int rows, String sha256) {

        static Entry of(ManifestDigest digest) {
            int rows = digest.rows();
            return new Entry(rows, digest.hex());
        }
    }

    private static String str(Object value) {
        return String.valueOf(value);
    }
}
