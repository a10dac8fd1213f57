package org.itqan.quran.realtime.webhooks;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.itqan.quran.QuranApiApplication;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test (surefire's default includes skip {@code *Bench}): measures webhook throughput, run by
 * {@code bench/webhooks.sh}. Starts the application (H2 by default, PostgreSQL with the usual variables), registers
 * {@code bench.subscriptions} webhooks to one loopback receiver that answers 200 at once, enqueues
 * {@code bench.events} events through the listener's path and times until the receiver has every delivery. Prints
 * deliveries per second, after a warm-up round.
 */
class WebhookThroughputBench {

    @Test
    void measure() throws Exception {
        int subscriptions = Integer.getInteger("bench.subscriptions", 10);
        int events = Integer.getInteger("bench.events", 200);
        try (var receiver = new Receiver(); var node = new SpringApplicationBuilder(QuranApiApplication.class)
                .logStartupInfo(false).run("--server.port=0", "--logging.level.root=WARN",
                        "--spring.datasource.url=" + System.getProperty("bench.database",
                                "jdbc:h2:mem:webhook-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"),
                        "--quran.webhooks.max-subscriptions-per-client=1000", "--quran.webhooks.enabled=true")) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            var token = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "webhooks")
                    .accessToken();
            var http = new Http(port);
            for (int i = 0; i < subscriptions; i++) {
                var created = http.send("POST", "/api/v4/webhooks", "{\"url\":\"" + receiver.url("/bench/" + i)
                        + "\",\"event_types\":[\"content.imported\"]}", "Authorization", "Bearer " + token,
                        "Content-Type", "application/json");
                if (created.status() != 201) {
                    throw new IllegalStateException(created.body());
                }
            }
            var webhooks = node.getBean(WebhookEvents.class);
            var transactions = node.getBean(TransactionTemplate.class);
            round(receiver, webhooks, transactions, subscriptions, Math.max(20, events / 5), "warm-up");
            round(receiver, webhooks, transactions, subscriptions, events, "measured");
        }
    }

    private static void round(Receiver receiver, WebhookEvents webhooks, TransactionTemplate transactions,
            int subscriptions, int events, String name) throws InterruptedException {
        receiver.received.clear();
        long expected = (long) subscriptions * events;
        var started = System.nanoTime();
        var enqueued = new AtomicLong();
        for (int i = 0; i < events; i++) {
            transactions.executeWithoutResult(s -> webhooks.enqueue(UUID.randomUUID(), "content.imported",
                    Map.of("n", enqueued.incrementAndGet())));
        }
        var enqueuedAfter = System.nanoTime() - started;
        while (receiver.received.size() < expected) {
            if (System.nanoTime() - started > 600_000_000_000L) {
                throw new IllegalStateException("only " + receiver.received.size() + " of " + expected);
            }
            Thread.sleep(5);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-8s subscriptions=%d events=%d deliveries=%d enqueue=%.2fs total=%.2fs -> %.0f "
                + "deliveries/s%n", name, subscriptions, events, expected, enqueuedAfter / 1e9, seconds,
                expected / seconds);
    }
}
