package org.itqan.quran.content.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed command line. Parsing needs no Spring context, so a usage error is reported (exit code 2) without starting
 * the application or touching the database.
 */
record Command(String name, @Nullable Path path, int resourceId, @Nullable String version, boolean commercialOnly) {

    static final List<String> NAMES = List.of("import", "verify", "export");

    static final String USAGE = """
            usage: java -jar quran-api.jar <command>
              import <file> --resource-id <id> [--version <version>]
                  replace a translation or tafsir with a new version read from a Tanzil .xml or QuranEnc .csv file
              verify
                  check every stored text against the integrity manifest
              export <directory> [--commercial-only]
                  write every translation and tafsir as an offline copy (the download format) plus manifest.json
            exit codes: 0 ok, 1 integrity or data failure, 2 usage error""";

    /** Thrown for any malformed command line; its message says what was wrong. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Command parse(String[] args) {
        if (args.length == 0 || !NAMES.contains(args[0])) {
            throw new UsageException("unknown command" + (args.length == 0 ? "" : " '" + args[0] + "'"));
        }
        var name = args[0];
        Path path = null;
        int resourceId = 0;
        String version = null;
        boolean commercialOnly = false;
        for (int i = 1; i < args.length; i++) {
            var arg = args[i];
            switch (arg) {
                case "--resource-id" -> resourceId = positive(value(args, ++i, arg));
                case "--version" -> version = value(args, ++i, arg);
                case "--commercial-only" -> commercialOnly = true;
                default -> {
                    if (arg.startsWith("--") || path != null || name.equals("verify")) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    path = Path.of(arg);
                }
            }
        }
        switch (name) {
            case "import" -> {
                if (path == null || resourceId == 0) {
                    throw new UsageException("import needs a file and --resource-id");
                }
                if (!Files.isRegularFile(path)) {
                    throw new UsageException("no such file: " + path);
                }
            }
            case "export" -> {
                if (path == null) {
                    throw new UsageException("export needs a target directory");
                }
            }
            default -> {
            }
        }
        return new Command(name, path, resourceId, version, commercialOnly);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static int positive(String raw) {
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(Character::isDigit)
                || Integer.parseInt(raw) == 0) {
            throw new UsageException("--resource-id must be a positive integer, got '" + raw + "'");
        }
        return Integer.parseInt(raw);
    }
}
