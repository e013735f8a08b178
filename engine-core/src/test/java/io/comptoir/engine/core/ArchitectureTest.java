package io.comptoir.engine.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The module's architecture rules (see {@link ArchitectureRules}). */
final class ArchitectureTest {
    private static final String PACKAGE = "io.comptoir.engine.core";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(PACKAGE);

    @Test
    void theEngineAndItsKitUseTheApiThatPluginsUse() {
        ArchitectureRules.engineApiDependsOnNothing().check(ArchitectureRules.mainClassesOf("io.comptoir.engine.api"));
    }

    /**
     * No package cycle but the two the engine was built with, waived by name so that no other can appear: a shop lists
     * its categories and a product names its shop (catalogue and merchant), an order knows its payment and a payment its
     * order (order and payment). Breaking them means moving the public ids into a package of their own (engine-api) and
     * the services that use both sides into one (engine-core).
     */
    @Test
    void noPackageCyclesButTheTwoKnownOnes() {
        ArchitectureRules.noPackageCyclesBut(PACKAGE, Map.of("merchant", "catalogue", "payment", "order")).check(CLASSES);
    }

    @Test
    void listsAreBoundAsArrays() {
        ArchitectureRules.listsBoundAsArrays(PACKAGE).check(CLASSES);
    }
}
