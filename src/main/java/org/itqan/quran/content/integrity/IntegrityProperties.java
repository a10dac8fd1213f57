package org.itqan.quran.content.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAge how old a check may be before the health endpoint recomputes it (0 = always recompute)
 * @param interval how often the scheduled check runs
 */
@ConfigurationProperties("quran.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration maxAge, @DefaultValue("PT15M") Duration interval) {
}
