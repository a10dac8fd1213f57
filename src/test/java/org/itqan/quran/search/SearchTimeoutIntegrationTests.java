package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A search that runs out of time answers 200 with what it has and says so; it is never a 500. */
@IntegrationTest
@TestPropertySource(properties = "quran.search.timeout=PT0S")
class SearchTimeoutIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersATimedOutSearchWithTimedOutTrue() {
        var http = new Http(port);
        for (var query : new String[] {"mercy", "%D8%A7%D9%84%D9%84%D9%87", "spidr~", "merc*"}) {
            var response = http.get("/api/v4/search?q=" + query);
            assertThat(response.status()).as(query).isEqualTo(200);
            assertThat(response.json().get("search").get("timed_out").asBoolean()).as(query).isTrue();
        }
    }
}
