package org.itqan.quran.realtime.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery ({@code quran.webhooks}).
 *
 * @param allowedHosts hosts (exact names) or CIDR ranges exempt from the SSRF rules: they may resolve to private or
 *            loopback addresses and may use plain http. Empty in production; tests allow-list 127.0.0.1/32.
 * @param maxAttempts attempts per delivery before it is dead-lettered
 * @param backoffBase the wait after the first failed attempt; it doubles per attempt, with jitter, up to
 *            {@code backoffMax}
 * @param pollInterval how often a node looks for due deliveries (it also looks right after enqueueing)
 * @param claimFor how long a node owns a claimed delivery; a node that dies mid-delivery loses it after this
 * @param maxResponseBytes how much of a receiver's answer is read (and then discarded)
 */
@ConfigurationProperties("quran.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> allowedHosts,
        @DefaultValue("8") int maxAttempts, @DefaultValue("PT10S") Duration backoffBase,
        @DefaultValue("PT1H") Duration backoffMax, @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("PT1M") Duration claimFor, @DefaultValue("4096") int maxResponseBytes,
        @DefaultValue("20") int maxSubscriptionsPerClient, @DefaultValue("16") int parallelism) {
}
