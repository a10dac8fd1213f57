package org.itqan.quran.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-wide content rules.
 *
 * @param commercialOnly serve only translations and tafsirs whose licence allows commercial use: a deployment that
 *     runs a commercial service sets this once instead of trusting every client to pass {@code commercial_only}
 */
@ConfigurationProperties("quran.content")
public record ContentProperties(@DefaultValue("false") boolean commercialOnly) {
}
