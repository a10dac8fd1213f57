package org.itqan.quran.content.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAge how old a check may be before the health endpoint recomputes it (0 = always recompute)
 * @param interval how often the scheduled check runs
 * @param checkOnStartup whether to check once right after start-up (the command line turns it off: a command runs
 *     its own check, and a background one would outlive the short-lived context)
 */
@ConfigurationProperties("quran.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration maxAge, @DefaultValue("PT15M") Duration interval,
        @DefaultValue("true") boolean checkOnStartup) {
}
