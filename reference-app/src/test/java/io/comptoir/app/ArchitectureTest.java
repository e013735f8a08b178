package io.comptoir.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference app's shape as rules: no package cycle; a plugin's types are used only in the package of its feature,
 * and only through its api; a feature's package is named only by {@link Features}; the web kit and the feature contract
 * know no feature.
 */
final class ArchitectureTest {
    private static final String APP = "io.comptoir.app";
    private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(APP);
    private static final JavaClasses ALL = ArchitectureRules.allClassesOf(APP);

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(APP).check(MAIN);
    }

    @Test
    void aPluginsTypesAreUsedOnlyInItsFeaturesPackageAndOnlyThroughItsApi() {
        List<EnginePlugin> plugins = ServiceLoader.load(EnginePlugin.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(plugins).as("each plugin on the class path has its feature, and each plugin feature its plugin").extracting(EnginePlugin::id)
                .containsExactlyInAnyOrderElementsOf(Features.all().stream().flatMap(feature -> feature.plugin().stream()).toList());
        for (EnginePlugin plugin : plugins) {
            String pluginPackage = plugin.getClass().getPackageName();
            String featurePackage = featureOf(plugin).getClass().getPackageName();
            noClasses().that().resideOutsideOfPackage(featurePackage + "..").should().dependOnClassesThat().resideInAPackage(pluginPackage + "..")
                    .because("only the " + plugin.id() + " feature's package uses the " + plugin.id() + " plugin").check(ALL);
            ArchitectureRules.onlyThePluginsApiIsUsed(pluginPackage).check(ALL);
        }
    }

    @Test
    void aPluginsFeatureIsNamedOnlyByTheFeatureList() {
        for (WebFeature feature : Features.all()) {
            if (feature.optional()) {
                String featurePackage = feature.getClass().getPackageName();
                noClasses().that().resideOutsideOfPackage(featurePackage + "..").and().doNotHaveFullyQualifiedName(Features.class.getName())
                        .should().dependOnClassesThat().resideInAPackage(featurePackage + "..")
                        .because("removing a plugin removes its feature's package and its line in Features, nothing else").check(ALL);
            }
        }
    }

    @Test
    void theWebKitAndTheFeatureContractKnowNoFeature() {
        String[] features = Features.all().stream().map(feature -> feature.getClass().getPackageName() + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(APP + ".web..", APP + ".feature..", APP + ".seed..").should().dependOnClassesThat()
                .resideInAnyPackage(features).check(MAIN);
    }

    private static WebFeature featureOf(EnginePlugin plugin) {
        return Features.all().stream().filter(feature -> feature.plugin().equals(java.util.Optional.of(plugin.id()))).findFirst()
                .orElseThrow(() -> new AssertionError("no feature is the web side of the plugin " + plugin.id()));
    }
}
