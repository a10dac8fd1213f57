package org.itqan.quran.realtime.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.itqan.quran.realtime.webhooks.WebhookDeliveries.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries. One loop per node claims due heads (one per subscription, see
 * {@link WebhookDeliveries}), sends them in parallel on virtual threads, records each attempt, and claims again at
 * once while there is work; when there is none it waits {@code quran.webhooks.poll-interval} or until
 * {@link #wake()} is called after an enqueue. Every node runs the loop: the claims keep them from sending a delivery
 * twice, and a node picks up what a stopped node left.
 * <p>
 * The HTTP client follows no redirects (a 3xx is a failed attempt), has connect and request timeouts, and reads at
 * most {@code max-response-bytes} of an answer. The target is checked against the SSRF rules again before each
 * attempt, since its name may resolve elsewhere by now.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final String node = "node-" + UUID.randomUUID();
    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookTargets targets;
    private final WebhookProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-sender-", 1).factory());
    private final HttpClient http;
    private volatile boolean running;
    private @org.jspecify.annotations.Nullable Thread loop;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, WebhookTargets targets,
            WebhookProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(senders).build();
    }

    /** Looks for due deliveries now instead of at the next poll. */
    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        var current = loop;
        if (current != null) {
            try {
                current.join(properties.requestTimeout().plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (dispatchOnce() == 0) {
                    wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away, most likely: try again at the next poll rather than spin.
                log.warn("Webhook dispatch failed; retrying in {}: {}", properties.pollInterval(), e.toString());
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Claims and sends one round of due deliveries; returns how many were sent. */
    int dispatchOnce() throws InterruptedException {
        var claimed = deliveries.claim(node, properties.parallelism());
        var sent = new ArrayList<Future<?>>();
        for (var delivery : claimed) {
            sent.add(senders.submit(() -> deliver(delivery)));
        }
        for (var future : sent) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("Webhook delivery failed unexpectedly", e.getCause());
            }
        }
        return claimed.size();
    }

    private void deliver(Delivery delivery) {
        var subscription = subscriptions.forDelivery(delivery.subscriptionId()).orElse(null);
        if (subscription == null || subscription.secret() == null) {
            return; // deleted meanwhile: its deliveries went with it
        }
        var started = System.nanoTime();
        Integer status = null;
        String error = null;
        var refusal = targets.refusal(subscription.url());
        if (refusal != null) {
            error = "target refused: " + refusal;
        } else {
            try {
                status = send(subscription.url(), subscription.secret(), delivery);
                if (status < 200 || status >= 300) {
                    error = "receiver answered " + status;
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // shutting down: the claim runs out and another node (or this one, restarted) sends it
            } catch (IllegalArgumentException e) {
                error = "invalid request: " + e.getMessage();
            }
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        deliveries.record(delivery, node, status, error, took);
        if (error != null) {
            log.debug("Webhook delivery {} of event {} to subscription {} failed (attempt {}): {}", delivery.id(),
                    delivery.eventId(), delivery.subscriptionId(), delivery.attempts() + 1, error);
        }
    }

    private int send(String url, String secret, Delivery delivery) throws IOException, InterruptedException {
        var body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        var timestamp = Instant.now().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Itqan-Webhooks/1")
                .header("Itqan-Event-Id", delivery.eventId().toString())
                .header("Itqan-Event-Type", delivery.eventType())
                .header("Itqan-Delivery-Id", delivery.id().toString())
                .header("Itqan-Signature", WebhookSignature.header(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream answer = response.body()) {
            // Read a little (so the connection can be reused for short answers) and drop the rest unread.
            answer.readNBytes(properties.maxResponseBytes());
        }
        return response.statusCode();
    }
}
