package io.comptoir.stripe;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The plugin's architecture: {@link ArchitectureRules#plugin}, and Stripe's SDK spoken in two places only. */
final class ArchitectureTest {
    private static final JavaClasses PLUGIN = ArchitectureRules.mainClassesOf("io.comptoir.stripe");

    @Test
    void thePluginSeesOnlyEngineApiAndThePluginKitShowsOnlyItsApiPackageAndHasNoPackageCycle() {
        ArchitectureRules.plugin("io.comptoir.stripe").check(PLUGIN);
    }

    @Test
    void onlyTheGatewayAndTheWebhooksUseStripesSdk() {
        noClasses().that().resideOutsideOfPackages("io.comptoir.stripe.gateway..", "io.comptoir.stripe.webhook..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..").check(PLUGIN);
    }
}
