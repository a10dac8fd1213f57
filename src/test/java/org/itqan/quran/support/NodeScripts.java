package org.itqan.quran.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node scripts of src/test/e2e (real npm clients: graphql-ws, playwright-core) against a started server.
 * The packages are installed once per lock file into target/e2e with {@code npm ci}. A machine without Node or npm
 * fails the test with a message saying so: these checks must not pass by being skipped.
 */
public final class NodeScripts {

    private static final Path SOURCE = Path.of("src/test/e2e");
    private static final Path WORK = Path.of("target/e2e");

    private NodeScripts() {
    }

    /** The outcome of one script: its exit code and what it printed. */
    public record Run(int exitCode, String output) {
    }

    public static synchronized Path prepare() throws IOException, InterruptedException {
        require("node");
        require("npm");
        Files.createDirectories(WORK);
        try (var files = Files.list(SOURCE)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        var lock = sha256(Files.readAllBytes(SOURCE.resolve("package-lock.json")));
        var stamp = WORK.resolve("node_modules/.itqan-lock-sha256");
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(lock)) {
            var install = exec(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"), Map.of(), 600);
            if (install.exitCode() != 0) {
                throw new AssertionError("npm ci in " + WORK + " failed:\n" + install.output());
            }
            Files.writeString(stamp, lock);
        }
        return WORK;
    }

    /** Runs {@code node <script>} in target/e2e with the given environment. */
    public static Run node(String script, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        prepare();
        return exec(List.of("node", script), environment, timeoutSeconds);
    }

    private static Run exec(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(new ArrayList<>(command)).directory(WORK.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new StringBuilder();
        var reader = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(5_000);
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s:\n" + output);
        }
        reader.join();
        return new Run(process.exitValue(), output.toString());
    }

    private static void require(String tool) throws IOException, InterruptedException {
        int found = new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor();
        if (found != 0) {
            throw new AssertionError(tool + " is not installed: the end-to-end tests need Node.js 20+ and npm "
                    + "(.ci/run documents the setup)");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
