package org.itqan.quran.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Serves HTTP requests on Tomcat's pool of platform threads ({@code server.tomcat.threads.max}, 200), while the
 * rest of the application keeps virtual threads ({@code spring.threads.virtual.enabled}: event listeners, SSE,
 * webhook senders, which mostly wait).
 * <p>
 * Why: a request here is mostly CPU (searching, rendering), and under load the cores are saturated. Virtual
 * threads are not time-sliced: a request queued behind others on a carrier, or on a carrier the kernel has
 * preempted, waits for all of them, and the tail grows long. Platform threads are time-sliced by the kernel, which
 * shares the cores fairly. Side by side on the 2-core machine, 16 connections of searches computed afresh: p99 28-45
 * ms on virtual threads, 14-16 ms on platform threads, at the same throughput (docs/search.md). Blocking is
 * bounded by the pool, not by virtual threads, either way: the database pool has 10 connections.
 * {@code quran.http.request-threads=virtual} restores Spring Boot's virtual-thread executor.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final boolean virtual;

    RequestThreads(@Value("${quran.http.request-threads:platform}") String threads) {
        this.virtual = switch (threads) {
            case "platform" -> false;
            case "virtual" -> true;
            default -> throw new IllegalArgumentException(
                    "quran.http.request-threads must be platform or virtual, not " + threads);
        };
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!virtual) {
            // Runs after Spring Boot's virtual-thread customizer (order 1), whose executor this removes: without
            // one, Tomcat creates its own pool from server.tomcat.threads.*.
            factory.addProtocolHandlerCustomizers(protocol -> protocol.setExecutor(null));
        }
    }

    @Override
    public int getOrder() {
        return 2;
    }
}
