package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.apache.lucene.util.Version;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A fingerprint of the code that decides what the index holds: the compiled classes of the search module (the
 * normaliser, the analysers, the document layout) and the Lucene version. A stored index is reused only under the
 * same fingerprint, so a changed normalisation rule can never be answered from an index built by the old one.
 * Hashing the bytecode rather than a hand-kept version number means nobody has to remember to bump anything.
 */
final class IndexCode {

    private static final String CLASSES = "classpath*:org/itqan/quran/search/**/*.class";

    private IndexCode() {
    }

    static String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(Version.LATEST.toString().getBytes());
            Resource[] classes = new PathMatchingResourcePatternResolver().getResources(CLASSES);
            Arrays.sort(classes, Comparator.comparing(IndexCode::name));
            for (var resource : classes) {
                digest.update(name(resource).getBytes());
                try (var in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The class's path below the search package, the same whether it is read from a jar or a directory. */
    private static String name(Resource resource) {
        try {
            var url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("org/itqan/quran/search/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
