package com.example.loyalty;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The rules the marketplace's own plugins follow (see {@link ArchitectureRules}): this plugin sees engine-api only. */
final class ArchitectureTest {
    private static final String PACKAGE = "com.example.loyalty";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(PACKAGE);

    @Test
    void thePluginSeesOnlyEngineApi() {
        ArchitectureRules.pluginSeesOnlyTheApi(PACKAGE).check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(PACKAGE).check(CLASSES);
    }
}
