package io.comptoir.app;

import io.comptoir.app.cli.Terminal;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.seed.FeatureSeeds;
import io.comptoir.app.seed.SeedLoader;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.territory.TerritoryException;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.territory.TerritorySync;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the marketplace: reads the configuration from the environment (see {@link AppConfig}) and the territory's folder
 * ({@code TERRITORY}), starts the engine with the plugins of the features that run, applies the folder to the database
 * (and loads its demo data into an empty one when asked), and serves the site until the process is stopped. With
 * arguments it runs one of the operator's {@link Commands} instead.
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Commands.run(List.of(args), System.getenv(), Terminal.system()));
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        }
        catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TerritoryFolder territory;
        try {
            territory = new TerritoryReader().read(config.territory());
        }
        catch (TerritoryException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.seed() == AppConfig.SeedMode.DEMO && territory.demo().isEmpty()) {
            System.err.println("MARKETPLACE_SEED=demo, but the territory " + territory.source().describe() + " has no demo/ data");
            System.exit(2);
            return;
        }
        List<WebFeature> features = Features.allBut(config.disabledFeatures());
        Engine engine = openEngine(config, true);
        try {
            prepareDatabase(engine, territory, features, config.seed());
            MarketplaceApp app = MarketplaceApp.create(Marketplace.of(engine), territory, config.publicUrl(), config.trustedProxies(), config.httpThreads(),
                    features).start(config.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                log.info("Stopping the marketplace");
                app.stop();
                engine.close();
            }, "shutdown"));
            log.info("Marketplace ready on port {} ({}), features: {}", app.port(), config.publicUrl().map(Object::toString).orElse("no public URL"),
                    String.join(", ", app.features()));
            if (config.publicUrl().isEmpty()) {
                log.warn("PUBLIC_URL is not set: password reset links are built from the Host header of the request; set it in production");
            }
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * The engine on the configured database, with the plugins of the running features.
     *
     * @param backgroundWork false for a command that does its work and stops (no event delivery, no periodic jobs)
     */
    static Engine openEngine(AppConfig config, boolean backgroundWork) {
        return Engine.builder()
                .jdbcUrl(config.databaseUrl(), config.databaseUser(), config.databasePassword())
                .plugins(plugins(config.disabledFeatures()))
                .builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP, BuiltInPaymentProvider.SANDBOX_CARD)
                .clock(Clock.systemUTC())
                .assetDirectory(config.assetDirectory())
                .properties(config.engineProperties())
                .backgroundWork(backgroundWork)
                .build();
    }

    /** Every plugin on the class path, but those of the features left out. */
    static List<EnginePlugin> plugins(Set<String> disabledFeatures) {
        Set<String> leftOut = Features.all().stream().filter(feature -> disabledFeatures.contains(feature.name()))
                .flatMap(feature -> feature.plugin().stream()).collect(Collectors.toSet());
        return ServiceLoader.load(EnginePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(plugin -> !leftOut.contains(plugin.id())).toList();
    }

    /**
     * Applies the territory's folder to the database (its communes, its categories), then with {@code DEMO} loads its
     * demo data into a marketplace without shops, and each running feature's demo data where its plugin holds nothing.
     */
    public static void prepareDatabase(Engine engine, TerritoryFolder territory, List<WebFeature> features, AppConfig.SeedMode seed) {
        Map<String, CategoryId> categories = new TerritorySync(engine.territory(), engine.catalogue()).apply(territory);
        if (seed != AppConfig.SeedMode.DEMO) {
            return;
        }
        FolderSource demo = territory.demo().orElseThrow(() -> new IllegalStateException("the territory " + territory.slug() + " has no demo data"));
        SeedLoader seeds = new SeedLoader(engine.catalogue(), engine.merchants(), engine.accounts());
        if (seeds.marketplaceIsEmpty()) {
            log.info("No shop yet: loading the demo data of {}", territory.slug());
            engine.bulkLoad(() -> seeds.load(demo, categories, territory.identity().currency()));
        }
        engine.bulkLoad(() -> new FeatureSeeds(Marketplace.of(engine), features).load(demo, seeds.demoPassword(demo)));
    }
}
