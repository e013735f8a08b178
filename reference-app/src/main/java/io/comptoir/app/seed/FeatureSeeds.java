package io.comptoir.app.seed;

import io.comptoir.app.feature.DemoSeed;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.territory.FolderSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Loads the demo data of the features that run ({@code training.json}, {@code vouchers.json}) after the base seeds, each
 * only into a marketplace where its plugin holds nothing yet, so a plugin added to a running marketplace gets its demo
 * data on the next start; a territory whose demo folder has no such file has no demo data for that feature.
 */
public final class FeatureSeeds {
    private static final Logger log = LoggerFactory.getLogger(FeatureSeeds.class);

    private final Marketplace marketplace;
    private final List<WebFeature> features;

    public FeatureSeeds(Marketplace marketplace, List<WebFeature> features) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.features = List.copyOf(requireNonNull(features, "features is null"));
    }

    public void load(FolderSource source, String password) {
        for (WebFeature feature : features) {
            if (!feature.runsOn(marketplace)) {
                continue;
            }
            for (DemoSeed seed : feature.demoSeed(marketplace).stream().filter(DemoSeed::isEmpty).toList()) {
                if (!source.has(seed.file())) {
                    log.info("No demo data of {}: {} has no {}", feature.name(), source.describe(), seed.file());
                    continue;
                }
                try (InputStream stream = source.open(seed.file())) {
                    log.info("Demo data of {} loaded: {}", feature.name(), seed.load(stream, password));
                }
                catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + seed.file() + " from " + source.describe(), e);
                }
            }
        }
    }
}
