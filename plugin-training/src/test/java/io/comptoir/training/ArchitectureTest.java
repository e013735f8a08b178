package io.comptoir.training;

import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The plugin's architecture: {@link ArchitectureRules#plugin}. */
final class ArchitectureTest {
    @Test
    void thePluginSeesOnlyEngineApiAndThePluginKitShowsOnlyItsApiPackageAndHasNoPackageCycle() {
        ArchitectureRules.plugin("io.comptoir.training").check(ArchitectureRules.mainClassesOf("io.comptoir.training"));
    }
}
