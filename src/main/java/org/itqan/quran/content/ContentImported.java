package org.itqan.quran.content;

/**
 * Published when the stored content changed (an import or an applied correction). Listeners drop caches and
 * rebuild indexes; {@code contentVersion} identifies the new state.
 */
public record ContentImported(String contentVersion) {
}
