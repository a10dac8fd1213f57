package org.itqan.quran.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the search module.
 *
 * @param timeout the time a search may take; past it Lucene stops collecting and the response says
 *     {@code timed_out: true} with the hits found so far
 * @param maxVerifyLength the longest text {@code POST /verify} accepts, in characters
 * @param indexDirectory where the index is kept between starts, one sub-directory per content version and index
 *     code; blank keeps it in memory only (rebuilt at every start)
 */
@ConfigurationProperties("quran.search")
public record SearchProperties(@DefaultValue("PT0.5S") Duration timeout,
        @DefaultValue("5000") int maxVerifyLength, @DefaultValue("./data/index") String indexDirectory) {
}
