package org.itqan.quran.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.importer.DataFiles;
import org.itqan.quran.content.integrity.CanonicalRows;
import org.itqan.quran.content.persistence.ContentRepository;

/** One immutable, consistent view of the stored content, swapped as a whole when the content changes. */
record ContentSnapshot(String contentVersion, List<Chapter> chapters, List<Verse> verses,
        Map<DivisionType, List<Division>> divisions, List<Sajdah> sajdas, Map<Integer, Resource> resources,
        Map<String, String> checksums, Map<Integer, ResourceChange> changes, String fingerprint) {

    static final ContentSnapshot EMPTY = new ContentSnapshot("empty", List.of(), List.of(), Map.of(), List.of(),
            Map.of(), Map.of(), Map.of(), "");

    static ContentSnapshot load(ContentRepository repository) {
        // Taken first: a change committed while loading makes the next refresh check reload again, never miss it.
        var fingerprint = repository.fingerprint();
        var divisions = new EnumMap<DivisionType, List<Division>>(DivisionType.class);
        for (var type : DivisionType.values()) {
            divisions.put(type, new ArrayList<>());
        }
        repository.divisions().forEach(d -> divisions.get(d.type()).add(d));
        divisions.replaceAll((type, list) -> List.copyOf(list));
        var resources = new LinkedHashMap<Integer, Resource>();
        repository.resources().forEach(r -> resources.put(r.id(), r));
        var manifestEntries = repository.manifest();
        var manifest = new StringBuilder();
        manifestEntries.forEach((key, entry) -> manifest.append(key).append('=').append(entry.sha256()).append('\n'));
        resources.values().forEach(r -> manifest.append(r.id()).append('@').append(r.version()).append('\n'));
        var checksums = new LinkedHashMap<String, String>();
        repository.manifestSources().values().forEach(s -> checksums.put(s.file(), s.sha256()));
        var importedAt = repository.resourceImportTimes();
        var changes = new LinkedHashMap<Integer, ResourceChange>();
        resources.values().forEach(r -> {
            var entry = manifestEntries.getOrDefault(r.manifestKey(), new CanonicalRows.Entry(0, ""));
            changes.put(r.id(), new ResourceChange(r, importedAt.getOrDefault(r.id(), Instant.EPOCH),
                    entry.sha256(), entry.rows()));
        });
        return new ContentSnapshot(DataFiles.sha256(manifest.toString().getBytes()).substring(0, 16),
                List.copyOf(repository.chapters()), List.copyOf(repository.verses()), divisions,
                List.copyOf(repository.sajdas()), resources, checksums, changes, fingerprint);
    }
}
