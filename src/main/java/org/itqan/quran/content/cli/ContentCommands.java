package org.itqan.quran.content.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Objects;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentManagement;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.importer.DataFileRejectedException;
import org.itqan.quran.content.importer.DataFiles;
import org.itqan.quran.content.integrity.IntegrityVerifier;
import org.itqan.quran.content.web.OfflineCopy;
import org.itqan.quran.shared.ApiProblem;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/** What each command does, once the context is up. Output goes to the given streams, never to the log. */
@Component
class ContentCommands {

    private final ContentCatalog catalog;
    private final ContentManagement management;
    private final IntegrityVerifier verifier;
    private final ObjectMapper json;

    ContentCommands(ContentCatalog catalog, ContentManagement management, IntegrityVerifier verifier,
            ObjectMapper json) {
        this.catalog = catalog;
        this.management = management;
        this.verifier = verifier;
        this.json = json;
    }

    int execute(Command command, Progress progress, PrintStream err) {
        return switch (command.name()) {
            case "import" -> importVersion(command, progress, err);
            case "verify" -> verify(progress);
            default -> export(command, progress);
        };
    }

    private int importVersion(Command command, Progress progress, PrintStream err) {
        var path = Objects.requireNonNull(command.path());
        var resource = catalog.resource(command.resourceId());
        if (resource.isEmpty()) {
            err.println("error: there is no resource " + command.resourceId());
            return Commands.USAGE;
        }
        try {
            progress.step(0, 3, "reading " + path);
            var bytes = Files.readAllBytes(path);
            var sha256 = DataFiles.sha256(bytes);
            var version = command.version() != null ? command.version() : "local-" + sha256.substring(0, 12);
            progress.step(1, 3, "parsing and storing " + resource.get().manifestKey() + " version " + version);
            var stored = management.importVersion(resource.get().id(), path.getFileName().toString(), bytes, version);
            progress.step(2, 3, "verifying");
            var entry = verifier.verify().entries().stream()
                    .filter(e -> e.key().equals(stored.manifestKey())).findFirst().orElseThrow();
            progress.step(3, 3, "done");
            progress.line("imported " + stored.manifestKey() + " version " + stored.version() + " sha256 "
                    + entry.expectedSha256() + (entry.intact() ? " (verified)" : " (VERIFICATION FAILED)"));
            return entry.intact() ? Commands.OK : Commands.FAILED;
        } catch (IOException e) {
            err.println("error: cannot read " + path + ": " + e.getMessage());
            return Commands.USAGE;
        } catch (DataFileRejectedException | ApiProblem e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILED;
        }
    }

    private int verify(Progress progress) {
        progress.line("verifying every stored text against the integrity manifest");
        var report = verifier.verify();
        int done = 0;
        for (var entry : report.entries()) {
            progress.step(++done, report.entries().size(), entry.key() + (entry.intact() ? " ok"
                    : " MISMATCH: stored " + entry.actualSha256() + ", manifest " + entry.expectedSha256()
                            + ", changed verses " + entry.changedVerses()));
        }
        progress.line(report.intact() ? "intact: " + report.entries().size() + " stored texts verified"
                : "FAILED: " + report.mismatches().size() + " stored texts differ from the manifest");
        return report.intact() ? Commands.OK : Commands.FAILED;
    }

    private int export(Command command, Progress progress) {
        var dir = Objects.requireNonNull(command.path());
        var filter = command.commercialOnly() ? ResourceFilter.COMMERCIAL_ONLY : ResourceFilter.ALL;
        var resources = new ArrayList<org.itqan.quran.content.Resource>();
        for (var type : ResourceType.values()) {
            resources.addAll(catalog.resources(type, filter));
        }
        var manifest = new LinkedHashMap<String, Object>();
        try {
            Files.createDirectories(dir);
            int done = 0;
            for (var resource : resources) {
                var name = resource.type().apiName() + "-" + resource.id() + ".json";
                json.writeValue(dir.resolve(name).toFile(), OfflineCopy.of(catalog, resource));
                manifest.put(name, catalog.state(resource).sha256());
                progress.step(++done, resources.size(), name);
            }
            json.writeValue(dir.resolve("manifest.json").toFile(), manifest);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
        progress.line("exported " + resources.size() + " resources to " + dir);
        return Commands.OK;
    }
}
