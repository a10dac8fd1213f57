package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client asks for commercially usable resources only, with {@code commercial_only=true} on each request. */
@IntegrationTest
class CommercialOnlyParameterIntegrationTests extends CommercialOnlyChecks {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Override
    Http http() {
        return http;
    }

    @Override
    String path(String path) {
        return path + (path.contains("?") ? "&" : "?") + "commercial_only=true";
    }

    @Test
    void withoutTheParameterEverythingIsServed() {
        assertThat(http.get("/api/v4/resources/translations").json().get("translations").size()).isEqualTo(7);
        assertThat(http.get("/api/v4/quran/tafsirs/1003?verse_key=1:1").status()).isEqualTo(200);
        assertThat(http.get("/v1/surah/1/en.pickthall").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/resources/changes").json().get("changes").size()).isEqualTo(8);
    }
}
