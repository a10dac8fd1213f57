package org.itqan.quran.realtime.sse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Server-Sent Events stream ({@code quran.events.sse}): a heartbeat comment every {@code heartbeat} keeps
 * proxies from closing an idle stream; a stream ends after {@code timeout} (the client's EventSource reconnects);
 * {@code buffer} events may wait for a slow client before newer ones are dropped for it.
 */
@ConfigurationProperties("quran.events.sse")
public record SseProperties(@DefaultValue("PT15S") Duration heartbeat, @DefaultValue("PT30M") Duration timeout,
        @DefaultValue("256") int buffer) {
}
