package org.itqan.quran.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-wide content rules.
 *
 * @param commercialOnly serve only translations and tafsirs whose licence allows commercial use: a deployment that
 *     runs a commercial service sets this once instead of trusting every client to pass {@code commercial_only}
 * @param refreshInterval how often a node checks whether the content changed behind its back (the command line or
 *     another node imported a version or applied a correction)
 */
@ConfigurationProperties("quran.content")
public record ContentProperties(@DefaultValue("false") boolean commercialOnly,
        @DefaultValue("PT30S") java.time.Duration refreshInterval) {
}
