package org.itqan.quran.content.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceText;
import org.itqan.quran.content.Sajdah;
import org.itqan.quran.content.Script;
import org.itqan.quran.content.Verse;
import org.itqan.quran.content.Word;
import org.itqan.quran.content.integrity.CanonicalRows;
import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.VerseKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the bundled data on first start.
 * <ul>
 * <li>Every file is verified against SHA256SUMS before it is parsed ({@link DataFiles}).</li>
 * <li>Each unit (the Quran core, then each translation or tafsir) is one transaction, so a crash leaves either all
 * of a unit or none of it.</li>
 * <li>A unit already imported from a file with the same hash is skipped, so running again changes nothing.</li>
 * <li>The manifest of every stored text is computed from the parsed files in the same transaction.</li>
 * </ul>
 */
@Component
public class ContentImporter {

    static final String CORE_UNIT = "quran-core";
    private static final String METADATA = "tanzil/quran-data.xml";
    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

    private final DataFiles files;
    private final ContentRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContentImporter(DataFiles files, ContentRepository repository, TransactionTemplate transactions) {
        this.files = files;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    /** Imports whatever is missing; returns the number of units imported (0 when everything was already there). */
    public int importAll() {
        int imported = importCore() ? 1 : 0;
        for (var entry : ResourceCatalog.load().resources()) {
            imported += importResource(entry) ? 1 : 0;
        }
        return imported;
    }

    boolean importCore() {
        // The unit hash comes from SHA256SUMS, so a second start decides "already imported" without reading and
        // hashing the files (most of the import check's time). Files are read only to import, and then verified.
        var sums = files.checksums();
        var unitHash = DataFiles.sha256((sums.get(METADATA) + java.util.Arrays.stream(Script.values())
                .map(script -> sums.get(script.sourceFile())).reduce("", String::concat)).getBytes());
        var existing = repository.importedHash(CORE_UNIT);
        if (existing.isPresent()) {
            if (!existing.get().equals(unitHash)) {
                // The Quran text is immutable: a different file set means a different Tanzil release, which needs
                // a deliberate migration, not a silent overwrite.
                throw new DataFileRejectedException("The stored Quran text was imported from other files (unit hash "
                        + existing.get() + ", bundled " + unitHash + "); refusing to replace it automatically");
            }
            return false;
        }
        var started = System.nanoTime();
        var metadata = files.verified(METADATA);
        var scripts = new EnumMap<Script, DataFiles.VerifiedFile>(Script.class);
        for (var script : Script.values()) {
            scripts.put(script, files.verified(script.sourceFile()));
        }
        var core = CoreBuilder.build(TanzilMetadata.read(metadata.bytes(), METADATA),
                readScripts(scripts));
        var manifest = CanonicalRows.core(core.chapters(), core.verses(), core.divisions(), core.sajdas());
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            repository.insertCore(core.chapters(), core.verses(), core.divisions(), core.sajdas());
            manifest.forEach((key, entry) -> {
                var source = key.startsWith("quran:text_") ? scripts.get(scriptOf(key)) : metadata;
                repository.putManifest(key, entry, source.path(), source.sha256(), now);
            });
            repository.recordImport(CORE_UNIT, unitHash, now);
        });
        log.info("Imported the Quran core: {} chapters, {} verses, {} words in {} ms", core.chapters().size(),
                core.verses().size(), core.verses().stream().mapToInt(v -> v.words().size()).sum(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    boolean importResource(ResourceCatalog.Entry entry) {
        var unit = entry.type() + ":" + entry.id();
        var existing = repository.importedHash(unit);
        if (existing.isPresent() && existing.get().equals(files.checksums().get(entry.file()))) {
            return false;
        }
        var file = files.verified(entry.file());
        var resource = new Resource(entry.id(), entry.resourceType(), entry.slug(), entry.name(), entry.authorName(),
                entry.languageName(), entry.languageIso(), entry.direction(), entry.sourceName(), entry.sourceUrl(),
                entry.version(), entry.licenseId(), entry.licenseTerms(), entry.attribution(), entry.commercialUse(),
                entry.derivativesAllowed(), entry.file(), file.sha256());
        var texts = readTexts(entry, file);
        var manifestEntry = CanonicalRows.resource(resource, texts);
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            repository.deleteResource(resource.id());
            repository.insertResource(resource, texts, now);
            repository.putManifest(resource.manifestKey(), manifestEntry, file.path(), file.sha256(), now);
            repository.recordImport(unit, file.sha256(), now);
        });
        log.info("Imported {} {} ({}) from {}: {} verses", entry.type(), entry.id(), entry.slug(), entry.file(),
                texts.size());
        return true;
    }

    private static Script scriptOf(String manifestKey) {
        for (var script : Script.values()) {
            if (script.manifestKey().equals(manifestKey)) {
                return script;
            }
        }
        throw new IllegalArgumentException(manifestKey);
    }

    private static Map<Script, List<TanzilXml.Row>> readScripts(Map<Script, DataFiles.VerifiedFile> scripts) {
        var result = new EnumMap<Script, List<TanzilXml.Row>>(Script.class);
        scripts.forEach((script, file) -> {
            var rows = TanzilXml.read(file.bytes(), file.path());
            requireAllVerses(rows.stream().map(r -> new int[] {r.chapter(), r.verse()}).toList(), file.path());
            result.put(script, rows);
        });
        return result;
    }

    static List<ResourceText> readTexts(ResourceCatalog.Entry entry, DataFiles.VerifiedFile file) {
        var texts = new ArrayList<ResourceText>(Mushaf.VERSES);
        switch (entry.format()) {
            case "tanzil-xml" -> {
                var rows = TanzilXml.read(file.bytes(), file.path());
                requireAllVerses(rows.stream().map(r -> new int[] {r.chapter(), r.verse()}).toList(), file.path());
                rows.forEach(r -> texts.add(new ResourceText(entry.id(), Mushaf.verseId(r.chapter(), r.verse()),
                        r.text(), null)));
            }
            case "quranenc-csv" -> {
                var rows = QuranEncCsv.read(file.bytes(), file.path());
                requireAllVerses(rows.stream().map(r -> new int[] {r.chapter(), r.verse()}).toList(), file.path());
                rows.forEach(r -> texts.add(new ResourceText(entry.id(), Mushaf.verseId(r.chapter(), r.verse()),
                        r.translation(), r.footnotes())));
            }
            default -> throw new DataFileRejectedException("Unknown format " + entry.format() + " for " + entry.file());
        }
        if (texts.stream().anyMatch(t -> t.text().isBlank())) {
            throw new DataFileRejectedException("Data file " + file.path() + " has an empty verse text");
        }
        return texts;
    }

    /** A text file must hold exactly the 6236 verses, in reading order. */
    private static void requireAllVerses(List<int[]> keys, String path) {
        if (keys.size() != Mushaf.VERSES) {
            throw new DataFileRejectedException(
                    "Data file " + path + " has " + keys.size() + " verses, expected " + Mushaf.VERSES);
        }
        for (int i = 0; i < keys.size(); i++) {
            var expected = VerseKey.ofId(i + 1);
            if (keys.get(i)[0] != expected.chapter() || keys.get(i)[1] != expected.verse()) {
                throw new DataFileRejectedException("Data file " + path + " has verse " + keys.get(i)[0] + ":"
                        + keys.get(i)[1] + " where " + expected + " belongs");
            }
        }
    }

    /** The parsed Quran core, ready to insert. */
    record Core(List<Chapter> chapters, List<Verse> verses, List<Division> divisions, List<Sajdah> sajdas) {
    }

    /** Turns Tanzil's metadata (division starts) and texts into verses that know every division they belong to. */
    static final class CoreBuilder {

        private CoreBuilder() {
        }

        static Core build(TanzilMetadata metadata, Map<Script, List<TanzilXml.Row>> texts) {
            checkMetadata(metadata);
            var divisions = new ArrayList<Division>();
            var numberOf = new EnumMap<DivisionType, int[]>(DivisionType.class);
            for (var type : DivisionType.values()) {
                var starts = type == DivisionType.HIZB ? hizbStarts(metadata) : metadata.starts().get(type).stream()
                        .mapToInt(VerseKey::id).toArray();
                var byVerse = new int[Mushaf.VERSES + 1];
                for (int n = 0; n < starts.length; n++) {
                    int first = starts[n];
                    int last = n + 1 < starts.length ? starts[n + 1] - 1 : Mushaf.VERSES;
                    divisions.add(new Division(type, n + 1, first, last));
                    for (int id = first; id <= last; id++) {
                        byVerse[id] = n + 1;
                    }
                }
                numberOf.put(type, byVerse);
            }
            var sajdahByVerse = new Integer[Mushaf.VERSES + 1];
            var sajdas = metadata.sajdas().stream()
                    .map(s -> new Sajdah(s.index(), s.verse(), s.type())).toList();
            sajdas.forEach(s -> sajdahByVerse[s.verseKey().id()] = s.number());

            var uthmani = texts.get(Script.UTHMANI);
            var verses = new ArrayList<Verse>(Mushaf.VERSES);
            int wordId = 1;
            for (int id = 1; id <= Mushaf.VERSES; id++) {
                var row = uthmani.get(id - 1);
                var words = Words.split(row.text(), wordId);
                // ids leave a gap for the verse-end marker, which presenters show as the verse's last "word"
                wordId += words.size() + 1;
                verses.add(new Verse(id, VerseKey.ofId(id), numberOf.get(DivisionType.JUZ)[id],
                        numberOf.get(DivisionType.HIZB)[id], numberOf.get(DivisionType.RUB_EL_HIZB)[id],
                        numberOf.get(DivisionType.MANZIL)[id], numberOf.get(DivisionType.RUKU)[id],
                        numberOf.get(DivisionType.PAGE)[id], sajdahByVerse[id], row.text(),
                        texts.get(Script.IMLAEI).get(id - 1).text(), texts.get(Script.IMLAEI_SIMPLE).get(id - 1).text(),
                        row.bismillah(), words));
            }
            var pages = numberOf.get(DivisionType.PAGE);
            var chapters = metadata.suras().stream().map(s -> {
                int first = s.start() + 1;
                int last = first + s.ayas() - 1;
                return new Chapter(s.index(), s.name(), s.tname(), s.tname(), s.ename(),
                        "Meccan".equals(s.type()) ? "makkah" : "madinah", s.order(),
                        uthmani.get(first - 1).bismillah() != null, s.ayas(), s.rukus(), first, pages[first],
                        pages[last]);
            }).toList();
            return new Core(chapters, verses, divisions, sajdas);
        }

        private static int[] hizbStarts(TanzilMetadata metadata) {
            var quarters = metadata.starts().get(DivisionType.RUB_EL_HIZB);
            var starts = new int[Mushaf.HIZBS];
            for (int hizb = 0; hizb < Mushaf.HIZBS; hizb++) {
                starts[hizb] = quarters.get(hizb * 4).id();
            }
            return starts;
        }

        private static void checkMetadata(TanzilMetadata metadata) {
            if (metadata.suras().size() != Mushaf.CHAPTERS) {
                throw new DataFileRejectedException(METADATA + " lists " + metadata.suras().size() + " chapters");
            }
            for (var sura : metadata.suras()) {
                if (sura.ayas() != Mushaf.verseCount(sura.index())
                        || sura.start() + 1 != Mushaf.verseId(sura.index(), 1)) {
                    throw new DataFileRejectedException(METADATA + " disagrees with the mushaf on chapter "
                            + sura.index());
                }
            }
            for (var type : DivisionType.values()) {
                if (type == DivisionType.HIZB) {
                    continue;
                }
                var starts = metadata.starts().get(type);
                int expected = type.count();
                if (starts == null || starts.size() != expected) {
                    throw new DataFileRejectedException(METADATA + " lists " + (starts == null ? 0 : starts.size())
                            + " " + type.plural() + ", expected " + expected);
                }
                for (int i = 1; i < starts.size(); i++) {
                    if (starts.get(i).compareTo(starts.get(i - 1)) <= 0) {
                        throw new DataFileRejectedException(METADATA + ": " + type.plural() + " are not in order");
                    }
                }
                if (starts.getFirst().id() != 1) {
                    throw new DataFileRejectedException(METADATA + ": the first " + type.singular()
                            + " does not start at 1:1");
                }
            }
            if (metadata.sajdas().size() != Mushaf.SAJDAS) {
                throw new DataFileRejectedException(METADATA + " lists " + metadata.sajdas().size() + " sajdas");
            }
        }
    }

    /** Splits the Uthmani text into words; see {@link #isAnnotationOnly}. */
    static final class Words {

        /** First and last of the Quranic annotation signs (small high ligatures, pause marks, sajdah, ...). */
        static final char ARABIC_SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA = '\u06D6';
        static final char ARABIC_SMALL_LOW_MEEM = '\u06ED';

        private Words() {
        }

        static List<Word> split(String text, int firstId) {
            var words = new ArrayList<Word>();
            int position = 1;
            for (var token : text.split(" ")) {
                if (token.isEmpty() || isAnnotationOnly(token)) {
                    continue;
                }
                words.add(new Word(firstId + words.size(), position++, token));
            }
            return List.copyOf(words);
        }

        /**
         * Tanzil writes pause marks (e.g. U+06D7 "ۗ") and the sajdah sign U+06E9 as tokens of their own, separated by
         * spaces. They annotate the recitation; they are not words, so they get no position.
         */
        static boolean isAnnotationOnly(String token) {
            return token.chars().allMatch(c -> c >= ARABIC_SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA
                    && c <= ARABIC_SMALL_LOW_MEEM);
        }
    }
}
