package org.itqan.quran.shared.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param warnBacklog incomplete event publications at which health {@code outbox} turns DEGRADED */
@ConfigurationProperties("quran.outbox")
record OutboxProperties(@DefaultValue("1000") long warnBacklog) {
}
