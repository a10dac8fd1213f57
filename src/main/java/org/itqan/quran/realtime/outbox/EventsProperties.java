package org.itqan.quran.realtime.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retry policy of the event publication registry ({@code quran.events.resubmission}): every {@code interval} a
 * node resubmits the publications that are still incomplete after {@code minAge} (their listener failed, or the node
 * running it died), at most {@code maxAttempts} times each; a publication that has failed that often is moved to
 * {@code event_publication_dead_letter}. {@code minAge} is also what keeps a resubmission from racing a listener
 * that is still running: a healthy listener finishes in well under it.
 */
@ConfigurationProperties("quran.events.resubmission")
public record EventsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
        @DefaultValue("PT2M") Duration minAge, @DefaultValue("10") int maxAttempts) {
}
