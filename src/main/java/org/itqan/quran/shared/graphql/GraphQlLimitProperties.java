package org.itqan.quran.shared.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on one GraphQL operation (DESIGN.md 7: every input is bounded).
 *
 * @param maxDepth deepest selection nesting accepted
 * @param maxComplexity most fields an operation may select, each list field counting its requested size
 * @param maxDocumentCharacters longest query document accepted, checked before it is parsed
 */
@ConfigurationProperties("quran.graphql")
public record GraphQlLimitProperties(int maxDepth, int maxComplexity, int maxDocumentCharacters) {

    public GraphQlLimitProperties {
        maxDepth = maxDepth <= 0 ? 12 : maxDepth;
        maxComplexity = maxComplexity <= 0 ? 5000 : maxComplexity;
        maxDocumentCharacters = maxDocumentCharacters <= 0 ? 20_000 : maxDocumentCharacters;
    }
}
