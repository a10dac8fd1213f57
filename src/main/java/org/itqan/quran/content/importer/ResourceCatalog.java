package org.itqan.quran.content.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.itqan.quran.content.ResourceType;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code content/resources.json}: which bundled file is which translation or tafsir, with its provenance and licence.
 * It is our own metadata about the files (SOURCES.md is the human-readable record it was written from).
 */
record ResourceCatalog(List<Entry> resources) {

    record Entry(int id, String type, String slug, String format, String file, String name, String authorName,
            String languageName, String languageIso, String direction, String sourceName, String sourceUrl,
            String version, String licenseId, String licenseTerms, String attribution, boolean commercialUse,
            boolean derivativesAllowed) {

        ResourceType resourceType() {
            return ResourceType.ofApiName(type);
        }
    }

    static ResourceCatalog load() {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (var in = new ClassPathResource("content/resources.json").getInputStream()) {
            return mapper.readValue(in, ResourceCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content/resources.json", e);
        }
    }
}
