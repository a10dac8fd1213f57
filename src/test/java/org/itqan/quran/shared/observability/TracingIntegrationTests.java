package org.itqan.quran.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.itqan.quran.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * With {@code quran.tracing.enabled=true} (QURAN_TRACING_ENABLED) every request becomes an OpenTelemetry span
 * handed to the configured exporters; here an exporter that records them stands in for the OTLP one. Off (the
 * default) there is no tracer at all: {@link TracingOffTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "quran.tracing.enabled=true", "management.tracing.sampling.probability=1.0",
    "management.opentelemetry.tracing.export.schedule-delay=50ms"})
@Import(TracingIntegrationTests.Recording.class)
class TracingIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    RecordingExporter exporter;

    @Test
    void exportsASpanPerRequestWithTheRouteAndTheRequestIdStillSet() {
        var response = new Http(port).get("/api/v4/chapters/36", "X-Request-Id", "traced-1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isEqualTo("traced-1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(exporter.spans)
                .anySatisfy(span -> assertThat(span.getName()).contains("/api/v4/chapters/{id}")));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        RecordingExporter recordingExporter() {
            return new RecordingExporter();
        }
    }

    static class RecordingExporter implements SpanExporter {

        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
