package io.comptoir.app;

import io.comptoir.app.feature.WebFeature;
import io.comptoir.engine.api.plugin.EnginePlugin;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territory leaves out a plugin's feature with {@code DISABLED_FEATURES}: the feature and its plugin, and nothing else
 * (what the marketplace then serves is each feature's test, e.g. {@code WithoutVouchersTest}).
 */
final class FeatureSelectionTest {

    @Test
    void leavingOutAFeatureLeavesOutItsPluginAndOnlyIt() {
        List<String> every = Features.all().stream().map(WebFeature::name).toList();
        List<String> everyPlugin = Main.plugins(Set.of()).stream().map(EnginePlugin::id).toList();
        assertThat(everyPlugin).containsExactlyInAnyOrderElementsOf(Features.all().stream().flatMap(feature -> feature.plugin().stream()).toList());
        for (WebFeature optional : Features.all().stream().filter(WebFeature::optional).toList()) {
            Set<String> disabled = AppConfig.fromEnvironment(Map.of("DISABLED_FEATURES", optional.name())).disabledFeatures();
            assertThat(Features.allBut(disabled)).extracting(WebFeature::name)
                    .containsExactlyElementsOf(every.stream().filter(name -> !name.equals(optional.name())).toList());
            assertThat(Main.plugins(disabled)).extracting(EnginePlugin::id)
                    .containsExactlyInAnyOrderElementsOf(everyPlugin.stream().filter(id -> !id.equals(optional.plugin().orElseThrow())).toList());
        }
    }
}
