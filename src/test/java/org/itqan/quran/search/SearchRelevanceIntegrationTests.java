package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fixed relevance set: queries people type (Uthmani-only spellings, undiacritised words, phrases, chapter names,
 * English and French words, fuzzy, wildcard, Buckwalter) with the verses they expect. For each query: P@3 = expected
 * verses among the first three results / results shown (at most 3); R@3 = expected verses among the first three /
 * min(3, expected); recall = expected verses anywhere in the results / expected. Chapter-name queries are judged on
 * the navigation member (a chapter counts as its first verse). Figures go to target/search-relevance.txt and
 * docs/search.md.
 */
@IntegrationTest
class SearchRelevanceIntegrationTests {

    record Case(String kind, String query, String params, Set<String> expected) {
    }

    static final List<Case> CASES = List.of(
            c("uthmani-spelling", "الصلوة الوسطى", "", "2:238"),
            c("uthmani-spelling", "مشكوة فيها مصباح", "", "24:35"),
            c("uthmani-spelling", "الزكوة", "filters=chapter:2", "2:43", "2:83", "2:110", "2:177", "2:277"),
            c("uthmani-spelling", "الربوا", "filters=chapter:2", "2:275", "2:276", "2:278"),
            c("uthmani-diacritics", "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ", "", "1:2", "6:45", "10:10", "37:182",
                    "39:75", "40:65"),
            c("uthmani-diacritics", "وَٱلضُّحَىٰ", "", "93:1"),
            c("uthmani-diacritics", "سُبْحَـٰنَ ٱلَّذِىٓ أَسْرَىٰ بِعَبْدِهِۦ", "", "17:1"),
            c("uthmani-diacritics", "يَـٰٓأَيُّهَا ٱلْمُزَّمِّلُ", "", "73:1"),
            c("undiacritised", "الكرسي", "", "2:255", "38:34"),
            c("undiacritised", "لا تاخذه سنة ولا نوم", "", "2:255"),
            c("undiacritised", "مالك يوم الدين", "", "1:4"),
            c("undiacritised", "اهدنا الصراط المستقيم", "", "1:6"),
            c("undiacritised", "ذلك الكتاب لا ريب فيه", "", "2:2"),
            c("undiacritised", "انا اعطيناك الكوثر", "", "108:1"),
            c("undiacritised", "اذا زلزلت الارض زلزالها", "", "99:1"),
            c("undiacritised", "الله نور السماوات والارض", "", "24:35"),
            c("undiacritised", "وجعلنا من الماء كل شيء حي", "", "21:30"),
            c("undiacritised", "علم القرآن", "", "55:2"),
            c("undiacritised", "يا أيها المدثر", "", "74:1"),
            c("undiacritised", "فبأي آلاء ربكما تكذبان", "", "55:13", "55:16", "55:18", "55:21", "55:23",
                    "55:25", "55:28", "55:30", "55:32", "55:34", "55:36", "55:38", "55:40", "55:42", "55:45",
                    "55:47", "55:49", "55:51", "55:53", "55:55", "55:57", "55:59", "55:61", "55:63", "55:65",
                    "55:67", "55:69", "55:71", "55:73", "55:75", "55:77"),
            c("phrase", "\"قل هو الله احد\"", "", "112:1"),
            c("phrase", "\"الله الصمد\"", "", "112:2"),
            c("phrase", "\"ولم يكن له كفوا احد\"", "", "112:4"),
            c("phrase", "\"بسم الله الرحمن الرحيم\"", "", "1:1", "27:30"),
            c("exact", "وَٱلتِّينِ", "mode=exact", "95:1"),
            c("chapter-name", "البقرة", "nav", "2:1"),
            c("chapter-name", "baqarah", "nav", "2:1"),
            c("chapter-name", "al-kahf", "nav", "18:1"),
            c("chapter-name", "Yaseen", "nav", "36:1"),
            c("chapter-name", "يس", "nav", "36:1"),
            c("chapter-name", "الفاتحة", "nav", "1:1"),
            c("chapter-name", "mulk", "nav", "67:1"),
            c("chapter-name", "ar-rahman", "nav", "55:1"),
            c("english", "\"nor is there to Him any equivalent\"", "", "112:4"),
            c("english", "elephant", "", "105:1"),
            c("english", "spider", "", "29:41"),
            c("english", "ants", "", "27:18"),
            c("english", "Sheba", "", "27:22", "34:15"),
            c("english", "Dhul-Qarnayn", "translations=20", "18:83", "18:86", "18:88", "18:94", "18:98"),
            c("french", "araignée", "language=fr", "29:41"),
            c("french", "éléphant", "language=fr", "105:1"),
            c("french", "fourmis", "language=fr", "27:18"),
            c("indonesian", "gajah", "language=id", "105:1"),
            c("fuzzy", "spidr~", "", "29:41"),
            c("fuzzy", "كرصيه~", "", "2:255", "38:34"),
            c("wildcard", "زلزل*", "", "22:1", "99:1"),
            c("filter", "الله chapter:112", "", "112:1", "112:2"),
            c("or-not", "الفلق | الكوثر", "", "108:1", "113:1"),
            c("or-not", "الكرسي -سليمان", "", "2:255"),
            c("buckwalter", "qul huwa {ll~ahu >aHadN", "input=buckwalter", "112:1"));

    private static Case c(String kind, String query, String params, String... expected) {
        return new Case(kind, query, params, Set.of(expected));
    }

    @LocalServerPort
    int port;

    @Test
    void meetsTheRelevanceTargets() throws IOException {
        var http = new Http(port);
        double precision = 0;
        double recallAt3 = 0;
        double recall = 0;
        var report = new StringBuilder("kind\tquery\tP@3\tR@3\trecall\ttop3\n");
        for (var c : CASES) {
            var results = new ArrayList<String>();
            var q = URLEncoder.encode(c.query(), StandardCharsets.UTF_8);
            if (c.params().equals("nav")) {
                http.get("/api/v4/search/navigation?q=" + q).json().get("navigation")
                        .forEach(n -> results.add(n.get("first_verse_key").asString()));
            } else {
                var response = http.get("/api/v4/search?size=50&q=" + q + "&" + c.params());
                assertThat(response.status()).as(c.query() + " " + response.body()).isEqualTo(200);
                response.json().get("search").get("results").forEach(r -> results.add(r.get("verse_key").asString()));
            }
            var top3 = results.subList(0, Math.min(3, results.size()));
            long inTop3 = top3.stream().filter(c.expected()::contains).count();
            double p = top3.isEmpty() ? 0 : (double) inTop3 / top3.size();
            double r3 = (double) inTop3 / Math.min(3, c.expected().size());
            double r = (double) results.stream().filter(c.expected()::contains).count() / c.expected().size();
            precision += p;
            recallAt3 += r3;
            recall += r;
            report.append(String.format("%s\t%s\t%.2f\t%.2f\t%.2f\t%s%n", c.kind(), c.query(), p, r3, r, top3));
        }
        int n = CASES.size();
        report.append(String.format("MEAN over %d queries\tP@3 %.3f\tR@3 %.3f\trecall %.3f%n", n, precision / n,
                recallAt3 / n, recall / n));
        System.out.println(report);
        Files.writeString(Path.of("target/search-relevance.txt"), report);
        assertThat(n).isGreaterThanOrEqualTo(40);
        assertThat(recallAt3 / n).isGreaterThan(0.85);
        assertThat(recall / n).isGreaterThan(0.9);
    }
}
