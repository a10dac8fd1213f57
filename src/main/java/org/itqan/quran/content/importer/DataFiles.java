package org.itqan.quran.content.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The bundled data files, handed out only after their SHA-256 matched {@code SHA256SUMS}. Nothing reads a data
 * file except through {@link #verified(String)}, so an altered file can never be imported.
 */
@Component
public class DataFiles {

    private final ResourceLoader loader;
    private final String location;
    private final Map<String, String> expected;

    DataFiles(ResourceLoader loader, DataProperties properties) {
        this.loader = loader;
        this.location = properties.location();
        this.expected = readSums(read("SHA256SUMS"));
    }

    /** A verified file: its bytes and their SHA-256. */
    public record VerifiedFile(String path, byte[] bytes, String sha256) {
    }

    /**
     * Reads a data file and checks it against SHA256SUMS before anyone can parse it.
     *
     * @throws DataFileRejectedException when the file is not listed, is missing, or its hash differs
     */
    public VerifiedFile verified(String path) {
        var want = expected.get(path);
        if (want == null) {
            throw new DataFileRejectedException(
                    "Refusing data file " + path + ": it is not listed in SHA256SUMS, so it cannot be verified");
        }
        byte[] bytes = read(path);
        var got = sha256(bytes);
        if (!got.equals(want)) {
            throw new DataFileRejectedException("Refusing data file " + path + ": its SHA-256 is " + got
                    + " but SHA256SUMS requires " + want + ". The file was altered or corrupted; restore the original"
                    + " from the release (see data/SOURCES.md).");
        }
        return new VerifiedFile(path, bytes, got);
    }

    public Map<String, String> checksums() {
        return expected;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private byte[] read(String path) {
        var resource = loader.getResource(location + path);
        if (!resource.exists()) {
            throw new DataFileRejectedException("Data file " + path + " is missing from " + location);
        }
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + path, e);
        }
    }

    private static Map<String, String> readSums(byte[] bytes) {
        var sums = new LinkedHashMap<String, String>();
        for (var line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            // sha256sum format: "<64 hex>  <path>" (two spaces, or " *" in binary mode)
            var hash = line.substring(0, 64);
            var path = line.substring(64).replaceFirst("^ [ *]", "").strip();
            sums.put(path, hash);
        }
        return Map.copyOf(sums);
    }
}
