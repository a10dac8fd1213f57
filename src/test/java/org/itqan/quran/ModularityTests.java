package org.itqan.quran;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of STYLE.md hold: no module reaches into another's internals, and no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(QuranApiApplication.class);

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }

    @Test
    void writesDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
