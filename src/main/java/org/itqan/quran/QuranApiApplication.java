package org.itqan.quran;

import org.itqan.quran.content.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Itqan Quran API: a modular monolith whose modules are the top-level packages (see README "Where to look").
 * With a command as first argument ({@code import}, {@code verify}, {@code export}) the jar runs that command instead
 * of the server; see {@link Commands}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Itqan Quran API", sharedModules = "shared")
public class QuranApiApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(QuranApiApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(QuranApiApplication.class, args);
    }
}
