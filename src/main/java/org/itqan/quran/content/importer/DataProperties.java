package org.itqan.quran.content.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bundled data files and their {@code SHA256SUMS} live. Tests point this at a tampered copy to prove that
 * the importer refuses it.
 *
 * @param location a Spring resource location ending in '/', by default the copy inside the jar
 */
@ConfigurationProperties("quran.data")
public record DataProperties(@DefaultValue("classpath:data/") String location) {
}
