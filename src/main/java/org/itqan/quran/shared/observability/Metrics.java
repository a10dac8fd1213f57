package org.itqan.quran.shared.observability;

/**
 * Every metric this API adds to Micrometer's own ({@code http.server.requests}, {@code jvm.*}, {@code hikaricp.*},
 * {@code cache.*}). Names are dotted as Micrometer wants them; Prometheus shows dots as underscores and adds
 * {@code _total} to counters and {@code _seconds} to timers. Every tag has a bounded set of values.
 */
public final class Metrics {

    /**
     * Request attribute that holds the caller's rate-limit tier ({@code anonymous}, {@code client}, {@code user},
     * {@code admin}); {@code http.server.requests} gets it as the {@code tier} tag, {@code none} when no tier applied
     * (actuator, documentation).
     */
    public static final String TIER_ATTRIBUTE = "org.itqan.quran.tier";
    public static final String TIER_TAG = "tier";
    public static final String NO_TIER = "none";

    /**
     * Counter of rendered-response cache lookups; tags {@code cache} ({@code content}: every content endpoint of v4
     * and /v1; {@code search}), {@code level} ({@code l1} in-process Caffeine, {@code l2} Redis) and {@code result}
     * ({@code hit}, {@code miss}). A content L1 miss is looked up in L2 when Redis is configured; an L2 miss renders.
     */
    public static final String CACHE_LOOKUPS = "quran.cache.lookups";

    /** Counter of requests refused with 429; tag {@code tier}. */
    public static final String RATE_LIMIT_REJECTIONS = "quran.rate_limit.rejections";

    /** Timer of searches as computed (cache hits are not searches); tags {@code mode} and {@code timed_out}. */
    public static final String SEARCH_LATENCY = "quran.search.latency";

    /** Gauge: event publications not yet completed (the outbox backlog), sampled every 15 s. */
    public static final String OUTBOX_BACKLOG = "quran.outbox.backlog";

    /**
     * Counter of webhook deliveries; tag {@code outcome}: {@code delivered}, {@code failed} (an attempt failed and
     * will be retried) or {@code abandoned} (retries exhausted). The webhooks code increments it with
     * {@code Counter.builder(WEBHOOK_DELIVERIES).tag("outcome", ...).register(registry).increment()}.
     */
    public static final String WEBHOOK_DELIVERIES = "quran.webhook.deliveries";
    public static final String[] WEBHOOK_OUTCOMES = {"delivered", "failed", "abandoned"};

    private Metrics() {
    }
}
