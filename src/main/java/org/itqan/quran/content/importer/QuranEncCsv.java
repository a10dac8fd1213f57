package org.itqan.quran.content.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * QuranEnc's CSV export: record 1 is the "Translation Info" block (kept in the bundled file, as QuranEnc's condition 4
 * requires), record 2 the header {@code id,sura,aya,translation,footnotes}, then one record per verse. Quoted cells
 * hold bare LF newlines, so this needs an RFC 4180 parser, not line splitting.
 */
final class QuranEncCsv {

    record Row(int id, int chapter, int verse, String translation, @Nullable String footnotes) {
    }

    private QuranEncCsv() {
    }

    static List<Row> read(byte[] bytes, String path) {
        var rows = new ArrayList<Row>(6236);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            for (var record : parser) {
                var first = record.get(0);
                if (record.getRecordNumber() <= 2 || !first.chars().allMatch(Character::isDigit)) {
                    continue; // the info block and the header
                }
                var footnotes = record.size() > 4 ? record.get(4) : "";
                rows.add(new Row(Integer.parseInt(first), Integer.parseInt(record.get(1)),
                        Integer.parseInt(record.get(2)), record.get(3), footnotes.isEmpty() ? null : footnotes));
            }
        } catch (IOException | RuntimeException e) {
            throw new DataFileRejectedException("Data file " + path + " is not a readable QuranEnc CSV file", e);
        }
        return rows;
    }
}
