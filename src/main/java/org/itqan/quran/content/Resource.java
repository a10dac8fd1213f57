package org.itqan.quran.content;

/**
 * A translation or tafsir with its provenance and licence. {@code licenseId} is SPDX-style ({@code LicenseRef-*}
 * where no SPDX id exists); {@code commercialUse} is false where the distributor restricts use to non-commercial
 * purposes; {@code sourceSha256} is the checksum of the verified file it was imported from.
 */
public record Resource(int id, ResourceType type, String slug, String name, String authorName, String languageName,
        String languageIso, String direction, String sourceName, String sourceUrl, String version, String licenseId,
        String licenseTerms, String attribution, boolean commercialUse, boolean derivativesAllowed, String sourceFile,
        String sourceSha256) {

    public String manifestKey() {
        return type.apiName() + ":" + id;
    }
}
