package org.itqan.quran.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Tracer;

/**
 * What operators see: every response names its request id, request metrics are tagged by route template, status
 * and client tier (never the raw path), and the API's own metrics and health components are published.
 */
@IntegrationTest
class ObservabilityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void hasNoTracerAndNoTracingHandlerWhileTracingIsOff() {
        // Spring Boot 4 creates an OpenTelemetry tracer whenever the bridge is on the class path; TracingSwitch
        // keeps it out, so no request pays for a span nobody exports.
        assertThat(context.getBeanNamesForType(Tracer.class)).isEmpty();
        assertThat(context.getBeansOfType(ObservationHandler.class).values())
                .noneMatch(handler -> handler.getClass().getName().startsWith("io.micrometer.tracing"));
        assertThat(http.get("/api/v4/chapters/1").header("traceparent")).isNull();
    }

    @Test
    void generatesARequestIdForEveryResponse() {
        var first = http.get("/api/v4/chapters/1").header("X-Request-Id");
        var second = http.get("/api/v4/chapters/1").header("X-Request-Id");
        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
        assertThat(http.get("/actuator/health/liveness").header("X-Request-Id")).matches("[0-9a-f]{16}");
    }

    @Test
    void keepsASaneIncomingRequestIdAndReplacesAnUnsafeOne() {
        var id = "7f3c2a10-9b1e-4c55-8f0a-2d9e6b1c4a77";
        assertThat(http.get("/api/v4/chapters/2", "X-Request-Id", id).header("X-Request-Id")).isEqualTo(id);
        var tooLong = "a".repeat(65);
        assertThat(http.get("/api/v4/chapters/2", "X-Request-Id", tooLong).header("X-Request-Id"))
                .matches("[0-9a-f]{16}");
        assertThat(http.get("/api/v4/chapters/2", "X-Request-Id", "abc\"<script>").header("X-Request-Id"))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void putsTheRequestIdInErrorBodies() {
        var id = "trace-me-42";
        var invalid = http.get("/api/v4/chapters/115", "X-Request-Id", id);
        assertThat(invalid.status()).isEqualTo(404);
        assertThat(invalid.json().get("request_id").asString()).isEqualTo(id);
        var unmapped = http.get("/api/v4/no-such-endpoint", "X-Request-Id", id);
        assertThat(unmapped.status()).isEqualTo(404);
        assertThat(unmapped.header("X-Request-Id")).isEqualTo(id);
        assertThat(unmapped.json().get("request_id").asString()).isEqualTo(id);
    }

    @Test
    void tagsRequestMetricsWithRouteTemplateStatusAndTier() {
        http.get("/api/v4/verses/by_key/36:58");
        http.get("/api/v4/verses/by_key/not-a-key");
        var token = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read")
                .accessToken();
        http.get("/api/v4/chapters/3", "Authorization", "Bearer " + token);
        var scrape = http.get("/actuator/prometheus").body();
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*"
                + "tier=\"anonymous\"[^}]*uri=\"/api/v4/verses/by_key/\\{verse_key\\}\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"400\"[^}]*"
                + "uri=\"/api/v4/verses/by_key/\\{verse_key\\}\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*tier=\"client\"[^}]*"
                + "uri=\"/api/v4/chapters/\\{id\\}\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{");
        assertThat(scrape).doesNotContain("uri=\"/api/v4/verses/by_key/36:58\"");
    }

    @Test
    void measuresEveryRouteNotOnlyTheFirstHundredRequested() throws Exception {
        // Every public GET route of the OpenAPI description (v4, its /content alias, AlQuran Cloud's /v1): more
        // than a hundred route templates, Spring Boot's default bound for the uri tag.
        var spec = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(java.nio.file.Files.readString(java.nio.file.Path.of("docs/openapi.json")));
        var templates = new java.util.ArrayList<String>();
        spec.get("paths").propertyNames().forEach(path -> {
            if (spec.get("paths").get(path).has("get") && !path.startsWith("/auth/")) {
                templates.add(path);
            }
        });
        assertThat(templates).hasSizeGreaterThan(120);
        for (var template : templates) {
            http.get(template.replaceAll("\\{[^}]+}", "1"));
        }
        var scrape = http.get("/actuator/prometheus").body();
        var measured = java.util.regex.Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]+)\"")
                .matcher(scrape).results().map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
        // Boot's default bound would have stopped at 100 and dropped the rest
        assertThat(measured).as("distinct uri tags").hasSizeGreaterThan(110);
    }

    @Test
    void countsCacheLookupsSearchesOutboxAndWebhooks() {
        http.get("/api/v4/verses/by_key/1:7");
        http.get("/api/v4/verses/by_key/1:7");
        http.get("/api/v4/search?q=" + java.net.URLEncoder.encode("الرحمن", java.nio.charset.StandardCharsets.UTF_8)
                + "&size=3&page=" + System.nanoTime() % 900);
        var scrape = http.get("/actuator/prometheus").body();
        assertThat(scrape).containsPattern("quran_cache_lookups_total\\{[^}]*cache=\"content\"[^}]*level=\"l1\""
                + "[^}]*result=\"hit\"[^}]*} [1-9]");
        assertThat(scrape).containsPattern("quran_cache_lookups_total\\{[^}]*cache=\"search\"[^}]*result=\"miss\"");
        assertThat(scrape).containsPattern("quran_search_latency_seconds_count\\{[^}]*mode=\"normalized\"[^}]*} [1-9]");
        assertThat(scrape).containsPattern("quran_outbox_backlog\\{application=\"itqan-quran-api\"} [0-9]");
        assertThat(scrape).containsPattern("quran_webhook_deliveries_total\\{[^}]*outcome=\"failed\"");
        assertThat(scrape).containsPattern("quran_rate_limit_rejections_total\\{[^}]*tier=\"anonymous\"");
    }

    @Test
    void reportsSearchIndexOutboxAndIntegrityInHealth() {
        var health = http.get("/actuator/health").json().get("components");
        var search = health.get("search");
        assertThat(search.get("status").asString()).isEqualTo("UP");
        assertThat(search.get("details").get("state").asString()).isEqualTo("ready");
        assertThat(search.get("details").get("documents").asInt()).isEqualTo(6236);
        assertThat(search.get("details").get("content_version").asString()).isNotBlank();
        assertThat(health.get("outbox").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("outbox").get("details").has("incomplete_publications")).isTrue();
        assertThat(health.get("integrity").get("status").asString()).isEqualTo("UP");
        var readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).doesNotContain("\"db\"", "\"redis\"", "\"outbox\"");
    }

    @Test
    void letsSharedCachesKeepSearchAnswersBrieflyAndRevalidateThemWith304() {
        var path = "/api/v4/search?q=mercy&size=2";
        // A search that ran out of time (a cold index on a busy machine) is partial and marked no-store; asking
        // with no-cache recomputes it.
        var answers = new java.util.ArrayList<org.itqan.quran.support.Http.Response>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            var answer = http.get(path, "Cache-Control", "no-cache");
            answers.add(answer);
            return !answer.json().get("search").get("timed_out").asBoolean();
        });
        var first = answers.getLast();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("public", "max-age=300");
        var etag = first.header("ETag");
        assertThat(etag).startsWith("\"s-");
        var again = http.get(path, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(http.get("/api/v4/search?q=mercy&size=3").header("ETag")).isNotEqualTo(etag);
    }
}
