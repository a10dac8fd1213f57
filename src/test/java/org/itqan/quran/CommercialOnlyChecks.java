package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.itqan.quran.support.Http;
import org.junit.jupiter.api.Test;

/**
 * Resources not cleared for commercial use (19 Pickthall, 22 Yusuf Ali, 1002 Kanz-ul-Iman, 1003 Jalalayn) leave
 * every endpoint and every dump of both API layers. Subclasses say how the rule is switched on: per request or
 * server-wide.
 */
abstract class CommercialOnlyChecks {

    static final List<Integer> HIDDEN = List.of(19, 22, 1002, 1003);
    static final List<String> HIDDEN_EDITIONS = List.of("en.pickthall", "en.yusufali", "ur.kanzuliman",
            "ar.jalalayn");

    abstract Http http();

    /** The path as this test's clients send it (with or without commercial_only=true). */
    abstract String path(String path);

    int status(String path) {
        return http().get(path(path)).status();
    }

    String body(String path) {
        var response = http().get(path(path));
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void listsOnlyCommercialResourcesInV4() {
        var translations = http().get(path("/api/v4/resources/translations")).json().get("translations");
        translations.forEach(t -> assertThat(t.get("commercial_use").asBoolean()).isTrue());
        assertThat(translations.size()).isEqualTo(4);
        assertThat(http().get(path("/api/v4/resources/tafsirs")).json().get("tafsirs").size()).isZero();
        assertThat(body("/api/v4/resources/languages")).doesNotContain("\"ur\"", "\"ar\"");
        var changes = http().get(path("/api/v4/resources/changes")).json().get("changes");
        assertThat(changes.size()).isEqualTo(4);
        changes.forEach(c -> assertThat(HIDDEN).doesNotContain(c.get("id").asInt()));
        assertThat(body("/api/v4/integrity/manifest")).doesNotContain("translation:19", "tafsir:1003",
                "en.pickthall.xml", "ar.jalalayn.xml");
    }

    @Test
    void treatsHiddenResourcesAsUnknownInEveryV4Endpoint() {
        for (var path : List.of("/api/v4/resources/translations/19/info", "/api/v4/resources/tafsirs/1003/info",
                "/api/v4/quran/translations/22", "/api/v4/quran/tafsirs/1003",
                "/api/v4/translations/1002/by_chapter/1", "/api/v4/tafsirs/1003/by_ayah/1:1",
                "/api/v4/resources/translations/19/download", "/api/v4/resources/tafsirs/1003/download")) {
            assertThat(status(path)).as(path).isEqualTo(404);
        }
        for (var path : List.of("/api/v4/verses/by_key/1:1?translations=19",
                "/api/v4/verses/by_chapter/1?translations=20,22", "/api/v4/verses/by_page/1?tafsirs=1003")) {
            assertThat(status(path)).as(path).isEqualTo(400);
        }
        assertThat(body("/api/v4/verses/by_key/1:1?translations=20")).contains("\"resource_id\":20");
        assertThat(status("/api/v4/quran/translations/20?chapter_number=1")).isEqualTo(200);
        assertThat(status("/api/v4/resources/translations/20/download")).isEqualTo(200);
    }

    @Test
    void hidesTheSameEditionsOnV1() {
        var editions = body("/v1/edition");
        HIDDEN_EDITIONS.forEach(e -> assertThat(editions).doesNotContain("\"" + e + "\""));
        assertThat(editions).contains("\"en.sahih\"", "\"quran-uthmani\"");
        assertThat(body("/v1/edition/language")).doesNotContain("\"ur\"");
        assertThat(body("/v1/edition/type")).doesNotContain("tafsir");
        for (var path : List.of("/v1/surah/1/en.pickthall", "/v1/surah/1/editions/en.sahih,en.yusufali",
                "/v1/ayah/1:1/ur.kanzuliman", "/v1/ayah/1/editions/ar.jalalayn", "/v1/juz/30/en.pickthall",
                "/v1/quran/ar.jalalayn", "/v1/sajda/en.yusufali", "/v1/search/moses/all/en.pickthall")) {
            assertThat(status(path)).as(path).isEqualTo(404);
        }
        var search = body("/v1/search/moses/all/en");
        HIDDEN_EDITIONS.forEach(e -> assertThat(search).doesNotContain("\"" + e + "\""));
        assertThat(search).contains("\"en.sahih\"");
    }
}
