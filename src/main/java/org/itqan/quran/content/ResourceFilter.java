package org.itqan.quran.content;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * Which translations and tafsirs a request may see. Every read of resources or their texts in {@link ContentCatalog}
 * takes one, so that a licence rule is decided here once and every presenter (v4, AlQuran Cloud, dumps, downloads,
 * the change feed) hides the same resources. The server setting {@code quran.content.commercial-only} is applied on
 * top of whatever a request asks for: a client can narrow what it sees, never widen it.
 *
 * @param commercialOnly hide resources whose licence does not allow commercial use
 */
public record ResourceFilter(boolean commercialOnly) {

    /** The query parameter that asks for {@link #COMMERCIAL_ONLY}, on every layer. */
    public static final String PARAMETER = "commercial_only";
    public static final ResourceFilter ALL = new ResourceFilter(false);
    public static final ResourceFilter COMMERCIAL_ONLY = new ResourceFilter(true);

    /**
     * Reads the {@code commercial_only} query parameter: absent or empty is {@link #ALL}.
     *
     * @throws ApiProblem 400 {@code invalid-parameter} when it is not true/false/1/0
     */
    public static ResourceFilter ofParameter(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return ALL;
        }
        return switch (raw) {
            case "true", "1" -> COMMERCIAL_ONLY;
            case "false", "0" -> ALL;
            default -> throw ApiProblem.invalidParameter(PARAMETER, raw, Message.of("expected.boolean"));
        };
    }

    public boolean admits(Resource resource) {
        return !commercialOnly || resource.commercialUse();
    }

    /** Combines two filters: a resource must pass both. */
    public ResourceFilter and(ResourceFilter other) {
        return new ResourceFilter(commercialOnly || other.commercialOnly);
    }

    /** A cache-key fragment: two requests with the same effective filter render the same bytes. */
    public String canonical() {
        return PARAMETER + "=" + commercialOnly;
    }
}
