package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A server run with {@code quran.content.commercial-only=true} hides the same resources from every client, and a
 * client cannot widen that with {@code commercial_only=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "quran.content.commercial-only=true")
class CommercialOnlySettingIntegrationTests extends CommercialOnlyChecks {

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
        return path;
    }

    @Test
    void aClientCannotWidenTheServerSetting() {
        assertThat(http.get("/api/v4/resources/translations?commercial_only=false").json().get("translations")
                .size()).isEqualTo(4);
        assertThat(http.get("/v1/surah/1/en.pickthall?commercial_only=false").status()).isEqualTo(404);
        assertThat(http.get("/api/v4/quran/translations/19?commercial_only=false").status()).isEqualTo(404);
    }
}
