package io.comptoir.training;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The module's architecture rules (see {@link ArchitectureRules}). */
final class ArchitectureTest {
    private static final String PACKAGE = "io.comptoir.training";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(PACKAGE);

    @Test
    void thePluginSeesOnlyEngineApiAndThePluginKit() {
        ArchitectureRules.pluginSeesOnlyTheApi(PACKAGE).check(CLASSES);
    }

    @Test
    void itsPublicSurfaceIsItsApiPackage() {
        ArchitectureRules.pluginApiIsSelfContained(PACKAGE).check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(PACKAGE).check(CLASSES);
    }
}
