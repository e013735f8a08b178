package io.comptoir.app;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.seed.DemoPictures;
import io.comptoir.app.seed.FeatureSeeds;
import io.comptoir.app.seed.SeedLoader;
import io.comptoir.app.seed.SeedSource;
import io.comptoir.app.seed.TerritorySynonyms;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.EngineBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the marketplace: reads the configuration from the environment (see {@link AppConfig}), starts the engine with
 * the plugins of the features that run, loads the demo territory into an empty database when asked, and serves the
 * site until the process is stopped.
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        }
        catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<WebFeature> features = Features.allBut(config.disabledFeatures());
        EngineBuilder builder = Engine.builder()
                .jdbcUrl(config.databaseUrl(), config.databaseUser(), config.databasePassword())
                .plugins(plugins(config.disabledFeatures()))
                .builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP, BuiltInPaymentProvider.SANDBOX_CARD)
                .clock(Clock.systemUTC())
                .assetDirectory(config.assetDirectory())
                .properties(config.engineProperties());
        if (config.seed() == AppConfig.SeedMode.DEMO) {
            TerritorySynonyms.of("demo").ifPresent(builder::searchSynonyms);
        }
        Engine engine = builder.build();
        try {
            if (config.seed() == AppConfig.SeedMode.DEMO) {
                seedIfEmpty(engine, features);
            }
            MarketplaceApp app = MarketplaceApp.create(Marketplace.of(engine), config.publicUrl(), config.trustedProxies(), config.httpThreads(),
                    features).start(config.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                log.info("Stopping the marketplace");
                app.stop();
                engine.close();
            }, "shutdown"));
            log.info("Marketplace ready on port {} ({}), features: {}", app.port(), config.publicUrl().map(Object::toString).orElse("no public URL"),
                    String.join(", ", app.features()));
            if (config.seed() == AppConfig.SeedMode.DEMO) {
                giveDemoPicturesLater(engine);
            }
            if (config.publicUrl().isEmpty()) {
                log.warn("PUBLIC_URL is not set: password reset links are built from the Host header of the request; set it in production");
            }
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** Every plugin on the class path, but those of the features left out. */
    static List<EnginePlugin> plugins(Set<String> disabledFeatures) {
        Set<String> leftOut = Features.all().stream().filter(feature -> disabledFeatures.contains(feature.name()))
                .flatMap(feature -> feature.plugin().stream()).collect(Collectors.toSet());
        return ServiceLoader.load(EnginePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(plugin -> !leftOut.contains(plugin.id())).toList();
    }

    /** The demo territory into an empty marketplace, then each running feature's demo data where its plugin holds nothing. */
    private static void seedIfEmpty(Engine engine, List<WebFeature> features) {
        SeedSource demo = SeedSource.classpath("demo");
        SeedLoader seeds = new SeedLoader(engine.territory(), engine.catalogue(), engine.merchants(), engine.accounts());
        if (seeds.marketplaceIsEmpty()) {
            log.info("Empty marketplace: loading the demo territory");
            engine.bulkLoad(() -> seeds.load(demo));
        }
        engine.bulkLoad(() -> new FeatureSeeds(Marketplace.of(engine), features).load(demo, seeds.demoPassword(demo)));
    }

    /**
     * The demo's pictures, for the shops and products that have none, once the site answers: drawing them takes a
     * minute on two busy cores, which the first start no longer waits for (pages show "Pas encore de photo" until
     * then). The drawing reads only; the writes go in one bulk load. A start stopped half-way resumes where it was.
     */
    private static void giveDemoPicturesLater(Engine engine) {
        Thread worker = new Thread(() -> {
            try {
                long started = System.nanoTime();
                DemoPictures pictures = DemoPictures.of(SeedSource.classpath("demo"), engine.imageUploads());
                int missing = pictures.drawMissing(engine.merchants(), engine.catalogue());
                if (missing > 0) {
                    engine.bulkLoad(() -> pictures.giveMissing(engine.merchants(), engine.catalogue()));
                }
                log.info("Demo pictures: {} pictures drawn for {} shops and products in {} ms", pictures.count(), missing,
                        (System.nanoTime() - started) / 1_000_000);
            }
            catch (RuntimeException e) {
                log.error("Demo pictures could not all be given; the next start tries again", e);
            }
        }, "demo-pictures");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }
}
