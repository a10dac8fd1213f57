package org.itqan.quran.realtime.webhooks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.itqan.quran.realtime.webhooks.WebhookDeliveries.Delivery;
import org.itqan.quran.realtime.webhooks.WebhookTargets.TargetRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries. One loop per node claims due heads (one per subscription, see
 * {@link WebhookDeliveries}) for its free senders ({@code quran.webhooks.parallelism}, virtual threads); a sender
 * records each attempt and goes on with the same subscription's next due delivery. With nothing to claim the loop
 * waits {@code quran.webhooks.poll-interval} or until {@link #wake()} is called after an enqueue. Every node runs the loop: the claims keep them from sending a delivery
 * twice, and a node picks up what a stopped node left.
 * <p>
 * The HTTP client (Apache HttpClient) follows no redirects (a 3xx is a failed attempt), uses no proxy, cookies or
 * retries, has a connect timeout and a deadline for the whole attempt, and reads at most {@code max-response-bytes} of
 * an answer. The target is checked against the SSRF rules again before each attempt, since its name may resolve
 * elsewhere by now, and the client resolves names through {@link WebhookTargets#resolver()}, which applies the same
 * rules to the addresses it connects to.
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
    private final Semaphore permits;
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-sender-", 1).factory());
    private final CloseableHttpClient http;
    /** Cancels an attempt at its deadline (the client's own timeouts bound each wait, not the whole attempt). */
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("webhook-deadlines").daemon().factory());
    private volatile boolean running;
    private @org.jspecify.annotations.Nullable Thread loop;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, WebhookTargets targets,
            WebhookProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.properties = properties;
        this.permits = new Semaphore(properties.parallelism());
        var timeout = Timeout.of(properties.requestTimeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(targets.resolver())
                        .setMaxConnTotal(properties.parallelism()).setMaxConnPerRoute(properties.parallelism())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout())).setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("Itqan-Webhooks/1").build();
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
        deadlines.shutdownNow();
        http.close(CloseMode.IMMEDIATE);
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

    /**
     * Claims due heads for the free senders and starts them; returns how many were started. A sender keeps going
     * with its subscription's next due delivery as soon as one is recorded, so one subscription's backlog flows
     * without waiting for the poll.
     */
    int dispatchOnce() throws InterruptedException {
        int free = permits.availablePermits();
        if (free == 0) {
            return 0;
        }
        var claimed = deliveries.claim(node, free);
        for (var delivery : claimed) {
            permits.acquire();
            senders.execute(() -> {
                try {
                    var next = java.util.Optional.of(delivery);
                    while (next.isPresent() && running) {
                        deliver(next.get());
                        next = deliveries.claimHead(node, delivery.subscriptionId());
                    }
                } catch (RuntimeException e) {
                    log.error("Webhook sender for subscription {} stopped", delivery.subscriptionId(), e);
                } finally {
                    permits.release();
                    wake();
                }
            });
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
            } catch (TargetRefused e) {
                error = "target refused: " + e.getMessage();
            } catch (AttemptTimedOut e) {
                error = "no answer within " + properties.requestTimeout();
            } catch (IOException e) {
                if (!running) {
                    return; // shutting down: the claim runs out and another node (or this one, restarted) sends it
                }
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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

    /** One attempt: POSTs the signed delivery to {@code url} and returns the receiver's status. */
    int send(String url, String secret, Delivery delivery) throws IOException {
        var body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        var timestamp = Instant.now().getEpochSecond();
        var request = new HttpPost(URI.create(url));
        request.setHeader("Itqan-Event-Id", delivery.eventId().toString());
        request.setHeader("Itqan-Event-Type", delivery.eventType());
        request.setHeader("Itqan-Delivery-Id", delivery.id().toString());
        request.setHeader("Itqan-Signature", WebhookSignature.header(secret, timestamp, body));
        request.setEntity(new ByteArrayEntity(body, ContentType.create("application/json")));
        var deadline = deadlines.schedule(request::cancel, properties.requestTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            var response = http.executeOpen(null, request, null);
            try {
                var entity = response.getEntity();
                if (entity != null) {
                    var answer = entity.getContent();
                    // Read a little (so the connection can be reused for short answers); when there is more, drop
                    // the connection instead of reading the rest, which closing the stream would do.
                    answer.readNBytes(properties.maxResponseBytes());
                    if (answer.read() != -1) {
                        request.cancel();
                    }
                }
            } catch (IOException e) {
                // The status is the answer; a body cut short (or cancelled at the deadline) changes nothing.
            } finally {
                try {
                    response.close();
                } catch (IOException e) {
                    // already cancelled: nothing left to release
                }
            }
            return response.getCode();
        } catch (IOException e) {
            if (request.isCancelled() && !(e instanceof TargetRefused)) {
                throw new AttemptTimedOut(e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    /** An attempt cancelled at its deadline. */
    private static final class AttemptTimedOut extends IOException {

        AttemptTimedOut(IOException cause) {
            super(cause);
        }
    }
}
