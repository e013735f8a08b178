package io.comptoir.app;

import io.comptoir.app.cli.Terminal;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.seed.DemoPictures;
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
import io.comptoir.engine.core.EngineBuilder;
import io.comptoir.mail.smtp.SmtpTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs the marketplace: reads the configuration from the environment (see {@link AppConfig}) and the territory's folder
 * ({@code TERRITORY}), holds the port at once with a "starting" page ({@link StartingPage}), starts the engine with the
 * plugins of the features that run and the payment methods configured, applies the folder to the database (and loads its
 * demo data into an empty one when asked), waits for the search index's rebuild, then serves the site on that port until
 * the process is stopped. A configuration the operator must fix (environment or territory folder) is one line on the
 * standard error and exit status 2; a port taken or a database that cannot be opened, one line and status 1 — before
 * anything is loaded. With arguments it runs one of the operator's {@link Commands} instead.
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    /** The H2 error of a database file another process holds open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** How long a start waits for its search index before serving anyway (a catalogue of millions takes minutes). */
    private static final Duration SEARCH_INDEX_WITHIN = Duration.ofMinutes(30);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Commands.run(List.of(args), System.getenv(), Terminal.system()));
        }
        Running running;
        try {
            running = start(AppConfig.fromEnvironment(System.getenv()));
        }
        catch (ConfigException | TerritoryException e) {
            System.err.println("comptoir: " + e.getMessage());
            System.exit(2);
            return;
        }
        catch (StartupException e) {
            // status 1, not 2: a port still held or a database still down may be gone on the next try (systemd retries)
            System.err.println("comptoir: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the marketplace");
            running.close();
        }, "shutdown"));
    }

    /** The marketplace serving, the engine under it, and the work it does once the site answers. */
    record Running(Engine engine, MarketplaceApp app, AutoCloseable afterStart) implements AutoCloseable {
        /** Stops the work started after the site answered first: it writes to the database and DATA_DIR. */
        @Override
        public void close() {
            try {
                afterStart.close();
            }
            catch (Exception e) {
                log.warn("Stopping the work begun after the start failed", e);
            }
            try {
                app.stop();
            }
            finally {
                engine.close();
            }
        }
    }

    /**
     * Starts the marketplace as configured.
     *
     * @throws TerritoryException the territory's folder is missing or wrong (before the port is held)
     * @throws StartupException the port is taken, or the database cannot be opened (locked by another process, unreachable)
     */
    static Running start(AppConfig config) {
        TerritoryFolder territory = new TerritoryReader().read(config.territory());
        if (config.seed() == AppConfig.SeedMode.DEMO && territory.demo().isEmpty()) {
            throw new TerritoryException(territory.source().describe() + "/demo", "is missing, but MARKETPLACE_SEED=demo loads it");
        }
        String host = config.bindAddress().orElse(null);
        List<WebFeature> features = Features.allBut(config.disabledFeatures());
        Engine engine;
        MarketplaceApp app;
        try (StartingPage starting = StartingPage.open(host, config.port())) {
            log.info("Starting the marketplace on port {}, {}; until it is ready every page answers 503 'starting'", starting.port(),
                    config.bindReason());
            engine = openEngine(config, territory.searchSynonyms(), territory.identity().timeZone(), true);
            try {
                prepareDatabase(engine, territory, features, config.seed());
                app = MarketplaceApp.create(Marketplace.of(engine), territory, config.publicUrl(), config.trustedProxies(), config.httpThreads(),
                        features);
                awaitSearchIndex(engine);
            }
            catch (RuntimeException e) {
                engine.close();
                throw e;
            }
            int port = starting.port();
            starting.close();
            try {
                app.startWarm(host, port);
            }
            catch (RuntimeException e) {
                engine.close();
                throw new StartupException("port " + port + " was taken while the marketplace started: " + e.getMessage(), e);
            }
        }
        log.info("Marketplace ready: open {}{} (features: {}; payment methods: {})", address(config, host, app.port()),
                config.seed() == AppConfig.SeedMode.DEMO ?  " — the demo accounts are listed in README.md (\"Demo accounts\") and "
                        + territory.source().describe() + "/demo/accounts.json, e.g. admin@territoire.example, password comptoir-demo-2026" : "",
                String.join(", ", app.features()), String.join(", ", config.paymentMethods()));
        config.smtp().ifPresentOrElse(smtp -> log.info("Mail is sent through {}; failed mails are listed at /admin/courriels", smtp),
                () -> log.warn("SMTP_HOST is not set: mails are kept in the outbox (/admin/courriels) and NOT sent; set SMTP_HOST and "
                        + "MAIL_FROM in production"));
        if (config.offersSandboxCard()) {
            log.warn("sandbox-card is offered: a simulated card processor, no money moves (the checkout says so); never for real sales");
        }
        AutoCloseable pictures = config.seed() == AppConfig.SeedMode.DEMO ? giveDemoPicturesLater(engine, territory.source()) : () -> { };
        if (config.publicUrl().isEmpty()) {
            log.warn("PUBLIC_URL is not set: password reset links are built from the Host header of the request; set it in production");
        }
        return new Running(engine, app, pictures);
    }

    /**
     * Keeps the starting page on the port until this node's search sees the whole catalogue (its rebuild from the
     * database, begun when the engine opened): a load balancer that only notices failures, as nginx's passive health
     * checks, would otherwise send shoppers to a search that finds nothing yet, for the seconds the rebuild takes.
     */
    private static void awaitSearchIndex(Engine engine) {
        try {
            if (!engine.awaitSearchReady(Duration.ZERO)) {
                log.info("Waiting for the search index to be rebuilt from the database before serving");
                if (!engine.awaitSearchReady(SEARCH_INDEX_WITHIN)) {
                    log.warn("The search index is still being rebuilt after {} minutes: serving; /health says STARTING until it is done",
                            SEARCH_INDEX_WITHIN.toMinutes());
                }
            }
        }
        catch (IllegalStateException e) {
            throw new StartupException("the search index could not be rebuilt from the database: " + firstLine(e.getCause() == null
                    ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }

    private static String address(AppConfig config, String host, int port) {
        return config.publicUrl().map(Object::toString)
                .orElseGet(() -> "http://" + (host == null || host.equals("0.0.0.0") ? "localhost" : host) + ":" + port + "/");
    }

    /**
     * The engine on the configured database, with the plugins of the running features and the configured payment
     * methods, or a one-line reason why it cannot open the database.
     *
     * @param searchSynonyms the territory's words that mean the same thing to its shoppers
     * @param backgroundWork false for a command that does its work and stops (no event delivery, no periodic jobs)
     */
    static Engine openEngine(AppConfig config, Optional<URL> searchSynonyms, java.time.ZoneId zone, boolean backgroundWork) {
        List<BuiltInPaymentProvider> builtIns = new ArrayList<>();
        if (config.paymentMethods().contains(AppConfig.PAY_AT_PICKUP)) {
            builtIns.add(BuiltInPaymentProvider.PAY_AT_PICKUP);
        }
        // the demo card is not offered beside real card payments
        if (config.offersSandboxCard()) {
            builtIns.add(BuiltInPaymentProvider.SANDBOX_CARD);
        }
        try {
            EngineBuilder builder = Engine.builder();
            config.smtp().ifPresent(smtp -> builder.mailTransport(new SmtpTransport(smtp)));
            builder.jdbcUrl(config.databaseUrl(), config.databaseUser(), config.databasePassword())
                    .plugins(plugins(config.disabledFeatures()))
                    .builtInPaymentProviders(builtIns.toArray(BuiltInPaymentProvider[]::new))
                    .clock(Clock.systemUTC())
                    .zone(zone)
                    .assetDirectory(config.assetDirectory())
                    .properties(config.engineProperties())
                    .backgroundWork(backgroundWork);
            searchSynonyms.ifPresent(builder::searchSynonyms);
            return builder.build();
        }
        catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            if (cause == null) {
                throw e;
            }
            String database = config.databaseUrl().replaceAll(";.*$", "").replaceAll("\\?.*$", "");
            if (cause.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new StartupException("the database " + database + " is locked by another process (another marketplace on the same"
                        + " DATA_DIR?): stop it first, or choose another DATA_DIR", e);
            }
            throw new StartupException("cannot open the database " + database + ": " + firstLine(cause.getMessage()), e);
        }
    }

    private static SQLException sqlCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
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
            log.info("No shop yet: loading the demo data of {} (about a minute; progress below)", territory.slug());
            engine.bulkLoad(() -> seeds.load(demo, categories, territory.identity().currency()));
        }
        engine.bulkLoad(() -> new FeatureSeeds(Marketplace.of(engine), features).load(demo, seeds.demoPassword(demo)));
    }

    /**
     * The demo's pictures, for the shops and products that have none, once the site answers: drawing them takes a
     * minute on two busy cores, which the first start no longer waits for (pages show "Pas encore de photo" until
     * then). The drawing reads only; the writes go in one bulk load. A start stopped half-way resumes where it was.
     */
    private static AutoCloseable giveDemoPicturesLater(Engine engine, FolderSource territory) {
        DemoPictures pictures;
        try {
            pictures = DemoPictures.of(territory, engine.imageUploads());
        }
        catch (RuntimeException e) {
            log.error("Demo pictures cannot be drawn; the site runs without them", e);
            return () -> { };
        }
        // the drawing is let go once it is done: what stops it must not keep it
        AtomicReference<DemoPictures> drawing = new AtomicReference<>(pictures);
        Thread worker = new Thread(() -> {
            try {
                long started = System.nanoTime();
                int missing = pictures.drawMissing(engine.merchants(), engine.catalogue());
                if (missing > 0) {
                    engine.bulkLoad(() -> pictures.giveMissing(engine.merchants(), engine.catalogue()));
                }
                log.info("Demo pictures: {} pictures drawn for {} shops and products in {} ms", pictures.count(), missing,
                        (System.nanoTime() - started) / 1_000_000);
            }
            catch (RuntimeException e) {
                if (drawing.get() == null) {
                    // stopped meanwhile: the image encoders' streams are closed under it, which is no failure
                    log.info("Demo pictures: stopped before all were given; the next start gives the rest");
                }
                else {
                    log.error("Demo pictures could not all be given; the next start tries again", e);
                }
            }
            finally {
                drawing.set(null);
            }
        }, "demo-pictures");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
        return () -> {
            DemoPictures running = drawing.getAndSet(null);
            if (running != null) {
                running.stop();
            }
            worker.join(TimeUnit.SECONDS.toMillis(30));
        };
    }
}
