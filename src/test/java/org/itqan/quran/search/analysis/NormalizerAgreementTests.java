package org.itqan.quran.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Measures how often the normaliser makes the Uthmani and the Simple-Clean words agree: per verse the two word
 * sequences are aligned by longest common subsequence, and the share of Uthmani words inside the alignment is the
 * figure. Writes the figure and the most frequent disagreements to {@code target/search-agreement.txt}; the figure
 * is quoted in docs/search.md.
 */
class NormalizerAgreementTests {

    private static final Pattern AYA = Pattern.compile("<aya index=\"\\d+\" text=\"([^\"]*)\"");

    @Test
    void normalisedUthmaniAgreesWithSimpleCleanOnAtLeast99PercentOfWords() throws IOException {
        var uthmani = verses("data/tanzil/quran-uthmani.xml");
        var clean = verses("data/tanzil/quran-simple-clean.xml");
        int uthmaniTokens = 0;
        int uthmaniWords = 0;
        int cleanWords = 0;
        int agreeing = 0;
        var kinds = new HashMap<String, Integer>();
        for (int v = 0; v < uthmani.size(); v++) {
            uthmaniTokens += (int) Arrays.stream(uthmani.get(v).split(" ")).filter(t -> !t.chars()
                    .allMatch(ch -> QuranTextNormalizer.isRemoved((char) ch))).count();
            var u = words(uthmani.get(v));
            var c = words(clean.get(v));
            uthmaniWords += u.size();
            cleanWords += c.size();
            agreeing += align(u, c, kinds);
        }
        double share = 100.0 * agreeing / uthmaniWords;
        var report = new StringBuilder(String.format(
                "Uthmani words %d (%d after splitting the vocative), Simple-Clean words %d, agreeing %d = %.2f%%%n",
                uthmaniTokens, uthmaniWords, cleanWords, agreeing, share));
        kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .forEach(e -> report.append(e.getValue()).append('\t').append(e.getKey()).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target/search-agreement.txt"), report);
        assertThat(uthmaniTokens).isEqualTo(77_433);
        assertThat(share).isGreaterThan(99.0);
    }

    /** Returns the LCS length and records each unaligned gap as "uthmani → clean". */
    private static int align(List<String> u, List<String> c, Map<String, Integer> kinds) {
        var table = new int[u.size() + 1][c.size() + 1];
        for (int i = u.size() - 1; i >= 0; i--) {
            for (int j = c.size() - 1; j >= 0; j--) {
                table[i][j] = u.get(i).equals(c.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        var gapU = new ArrayList<String>();
        var gapC = new ArrayList<String>();
        while (i < u.size() || j < c.size()) {
            if (i < u.size() && j < c.size() && u.get(i).equals(c.get(j))) {
                record(gapU, gapC, kinds);
                i++;
                j++;
            } else if (j >= c.size() || (i < u.size() && table[i + 1][j] >= table[i][j + 1])) {
                gapU.add(u.get(i++));
            } else {
                gapC.add(c.get(j++));
            }
        }
        record(gapU, gapC, kinds);
        return table[0][0];
    }

    private static void record(List<String> gapU, List<String> gapC, Map<String, Integer> kinds) {
        if (!gapU.isEmpty() || !gapC.isEmpty()) {
            kinds.merge(String.join(" ", gapU) + " → " + String.join(" ", gapC), 1, Integer::sum);
        }
        gapU.clear();
        gapC.clear();
    }

    private static List<String> words(String verse) {
        var normalized = QuranTextNormalizer.normalize(verse);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private static List<String> verses(String resource) throws IOException {
        var xml = new String(new ClassPathResource(resource).getContentAsByteArray(), StandardCharsets.UTF_8);
        var verses = new ArrayList<String>();
        var matcher = AYA.matcher(xml);
        while (matcher.find()) {
            verses.add(matcher.group(1));
        }
        return verses;
    }
}
