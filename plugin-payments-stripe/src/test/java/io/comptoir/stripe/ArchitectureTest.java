package io.comptoir.stripe;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The plugin sees the engine through engine-api only, speaks to Stripe in two places, and its packages form no cycle. */
final class ArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.comptoir.stripe");

    @Test
    void thePluginReachesTheEngineOnlyThroughItsApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.comptoir.engine.core..", "io.comptoir.vouchers..",
                "io.comptoir.training..", "io.comptoir.app..").check(PLUGIN);
    }

    @Test
    void onlyTheGatewayAndTheWebhooksUseStripesSdk() {
        noClasses().that().resideOutsideOfPackages("io.comptoir.stripe.gateway..", "io.comptoir.stripe.webhook..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..").check(PLUGIN);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("io.comptoir.stripe.(*)..").should().beFreeOfCycles().check(PLUGIN);
    }
}
