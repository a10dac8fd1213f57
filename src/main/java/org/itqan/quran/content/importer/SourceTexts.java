package org.itqan.quran.content.importer;

import java.util.List;
import java.util.Optional;

import org.itqan.quran.content.Script;
import org.springframework.stereotype.Component;

/**
 * The verse texts of a manifest key as the verified source file has them, in reading order. The integrity check uses
 * it to say which verse was changed once a hash mismatch is found.
 */
@Component
public class SourceTexts {

    private final DataFiles files;

    SourceTexts(DataFiles files) {
        this.files = files;
    }

    public Optional<List<String>> verseTexts(String manifestKey) {
        for (var script : Script.values()) {
            if (script.manifestKey().equals(manifestKey)) {
                var file = files.verified(script.sourceFile());
                return Optional.of(TanzilXml.read(file.bytes(), file.path()).stream().map(TanzilXml.Row::text)
                        .toList());
            }
        }
        for (var entry : ResourceCatalog.load().resources()) {
            if (manifestKey.equals(entry.type() + ":" + entry.id())) {
                var file = files.verified(entry.file());
                return Optional.of("tanzil-xml".equals(entry.format())
                        ? TanzilXml.read(file.bytes(), file.path()).stream().map(TanzilXml.Row::text).toList()
                        : QuranEncCsv.read(file.bytes(), file.path()).stream().map(QuranEncCsv.Row::translation)
                                .toList());
            }
        }
        return Optional.empty();
    }
}
