package org.itqan.quran.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceChange;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.VerseKey;

/**
 * The offline copy of one resource, shared by the download endpoint and the {@code export} command so that both
 * write the same document: the resource's provenance and licence, every verse text, and in {@code meta} the
 * checksum a client verifies the copy with.
 */
public final class OfflineCopy {

    /** How {@code meta.sha256} is computed from {@code texts}; the same hash as the integrity manifest. */
    public static final String ALGORITHM = "SHA-256 over the texts in order: for each, verse_key, text and foot_notes "
            + "(empty when null) in UTF-8 joined by U+001F, each row ended by U+001E";
    /** The response header that carries {@code meta.sha256}. */
    public static final String SHA256_HEADER = "X-Content-SHA256";

    private OfflineCopy() {
    }

    public static Map<String, Object> of(ContentCatalog catalog, Resource resource) {
        var state = catalog.state(resource);
        var texts = catalog.texts(resource.type(), List.of(resource.id()), 1, Mushaf.VERSES).get(resource.id());
        var rows = new ArrayList<Map<String, Object>>(Mushaf.VERSES);
        for (int id = 1; id <= Mushaf.VERSES; id++) {
            var t = texts.get(id);
            if (t != null) {
                var row = new LinkedHashMap<String, Object>();
                row.put("verse_key", VerseKey.ofId(id).toString());
                row.put("text", t.text());
                row.put("foot_notes", t.footNotes());
                rows.add(row);
            }
        }
        var json = new LinkedHashMap<String, Object>();
        json.put(resource.type().apiName(), resourceInfo(resource));
        json.put("texts", rows);
        json.put("meta", meta(state));
        return json;
    }

    /** One entry of the change feed, and the {@code meta} of a download. */
    static Map<String, Object> meta(ResourceChange state) {
        var r = state.resource();
        var json = new LinkedHashMap<String, Object>();
        json.put("type", r.type().apiName());
        json.put("id", r.id());
        json.put("slug", r.slug());
        json.put("version", r.version());
        json.put("updated_at", state.updatedAt().toString());
        json.put("rows", state.rows());
        json.put("sha256", state.sha256());
        json.put("algorithm", ALGORITHM);
        json.put("download_url", "/api/v4/resources/" + r.type().plural() + "/" + r.id() + "/download");
        return json;
    }

    private static Map<String, Object> resourceInfo(Resource r) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", r.id());
        json.put("name", r.name());
        json.put("author_name", r.authorName());
        json.put("language_name", r.languageName());
        json.put("language_iso", r.languageIso());
        json.put("direction", r.direction());
        json.put("source", r.sourceName());
        json.put("source_url", r.sourceUrl());
        json.put("version", r.version());
        json.put("license", r.licenseId());
        json.put("license_terms", r.licenseTerms());
        json.put("commercial_use", r.commercialUse());
        json.put("derivatives_allowed", r.derivativesAllowed());
        json.put("attribution", r.attribution());
        json.put("source_sha256", r.sourceSha256());
        return json;
    }
}
