package org.itqan.quran;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Itqan Quran API: a modular monolith whose modules are the top-level packages (see README "Where to look").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Itqan Quran API", sharedModules = "shared")
public class QuranApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuranApiApplication.class, args);
    }
}
