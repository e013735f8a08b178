package io.comptoir.engine.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EventCatalogue;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.engine.api.order.Checkout;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.comptoir.engine.api.search.ProductSearch;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.stats.SiteVisits;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.engine.core.account.AccountHousekeeping;
import io.comptoir.engine.core.account.AccountModule;
import io.comptoir.engine.core.account.AccountService;
import io.comptoir.engine.core.account.DatabaseSessionStore;
import io.comptoir.engine.core.account.RoleCatalogue;
import io.comptoir.engine.core.asset.ImagePipeline;
import io.comptoir.engine.core.asset.LocalDirectoryAssetStore;
import io.comptoir.engine.core.catalogue.CatalogueService;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.FeedNotifications;
import io.comptoir.engine.core.event.DeclaredEvents;
import io.comptoir.engine.core.event.EventDeliveryService;
import io.comptoir.engine.core.event.EventDispatcher;
import io.comptoir.engine.core.event.Subscriptions;
import io.comptoir.engine.core.mail.MailRelay;
import io.comptoir.engine.core.mail.MailerSelection;
import io.comptoir.engine.core.merchant.ActivationPolicies;
import io.comptoir.engine.core.merchant.EngineOnboardingChecklist;
import io.comptoir.engine.core.merchant.MerchantService;
import io.comptoir.engine.core.order.CheckoutHooks;
import io.comptoir.engine.core.order.OrderMails;
import io.comptoir.engine.core.order.OrderSettlement;
import io.comptoir.engine.core.order.PaymentReconciliation;
import io.comptoir.engine.core.order.SettlementWatch;
import io.comptoir.engine.core.payment.MethodAcceptance;
import io.comptoir.engine.core.payment.PayAtPickupProvider;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import io.comptoir.engine.core.persistence.DurableCommits;
import io.comptoir.engine.core.persistence.SqlProfile;
import io.comptoir.engine.core.persistence.Migrations;
import io.comptoir.engine.core.plugin.EnginePluginContext;
import io.comptoir.engine.core.plugin.PluginContributions;
import io.comptoir.engine.core.plugin.PluginLoader;
import io.comptoir.engine.core.plugin.ServiceRegistry;
import io.comptoir.engine.core.privacy.PersonalDataSections;
import io.comptoir.engine.core.privacy.RetentionPurge;
import io.comptoir.engine.core.schedule.JobScheduler;
import io.comptoir.engine.core.search.DefaultSearchIndexFactory;
import io.comptoir.engine.core.search.SearchDocumentSource;
import io.comptoir.engine.core.search.SearchIndexFollower;
import io.comptoir.engine.core.support.ConfigValues;
import io.comptoir.engine.core.search.SearchService;
import io.comptoir.engine.core.stats.VisitCounter;
import io.comptoir.engine.core.territory.TerritorySettingsStore;
import io.comptoir.plugin.kit.Dialect;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A running engine: the database, migrated; the plugins, initialised; the search index, rebuilding then following
 * the catalogue. Made by {@link #builder()}; {@link #close()} stops it and releases the connection pool it opened.
 *
 * <p>Everything an embedding application needs goes through the engine-api types this class hands out.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    private final Injector injector;
    private final ServiceRegistry services;
    private final List<EnginePlugin> plugins;
    private final SearchIndex searchIndex;
    private final SearchIndexFollower follower;
    private final SearchService search;
    private final EventDispatcher dispatcher;
    private final Deque<AutoCloseable> closeables;

    private Engine(Injector injector, ServiceRegistry services, List<EnginePlugin> plugins, SearchIndex searchIndex,
                   SearchIndexFollower follower, SearchService search, EventDispatcher dispatcher, Deque<AutoCloseable> closeables) {
        this.injector = injector;
        this.services = services;
        this.plugins = List.copyOf(plugins);
        this.searchIndex = searchIndex;
        this.follower = follower;
        this.search = search;
        this.dispatcher = dispatcher;
        this.closeables = closeables;
    }

    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    static Engine start(EngineBuilder config) {
        Deque<AutoCloseable> closeables = new ArrayDeque<>();
        try {
            return start(config, closeables);
        }
        catch (RuntimeException e) {
            closeAll(closeables);
            throw e;
        }
    }

    private static Engine start(EngineBuilder config, Deque<AutoCloseable> closeables) {
        if (config.mailer != null && config.mailTransport != null) {
            throw new IllegalStateException("a mailer replaces the mail outbox that a mail transport sends from: give one or the other");
        }
        List<EnginePlugin> plugins = plugins(config);   // checked before anything is touched
        DeclaredEvents catalogue = DeclaredEvents.of(plugins);
        DataSource dataSource = openDatabase(config, closeables);
        Dialect dialect = Dialect.of(dataSource);
        if (dialect == Dialect.H2) {
            DurableCommits.check(dataSource, config.jdbcUrl != null && DurableCommits.setsWriteDelay(config.jdbcUrl));
        }
        Migrations migrations = new Migrations(dataSource, dialect);
        migrations.migrateEngine();

        AssetStore assets = assetStore(config);
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                new EngineModule(dataSource, dialect, config.clock, config.zone, config.currency, assets, config.properties),
                new AccountModule(config.properties, Optional.ofNullable(config.mailTransport)));
        Jdbi jdbi = injector.getInstance(Jdbi.class);
        EventDispatcher dispatcher = new EventDispatcher(jdbi, config.clock, injector.getInstance(Subscriptions.class), config.properties,
                injector.getInstance(DurabilityBarrier.class));
        ServiceRegistry services = engineServices(injector, assets);
        services.register(EventDeliveries.class, new EventDeliveryService(jdbi, config.clock, dispatcher));
        LateProductSearch lateSearch = new LateProductSearch();
        services.register(ProductSearch.class, lateSearch);
        JobScheduler jobs = injector.getInstance(JobScheduler.class);
        closeables.push(jobs);
        registerBuiltIns(injector, jobs, config.builtInPaymentProviders, closeables);
        EngineOnboardingChecklist checklist = new EngineOnboardingChecklist(injector.getInstance(MerchantDirectory.class),
                injector.getInstance(Catalogue.class), Integer.parseInt(config.properties.getOrDefault("onboarding.min-products",
                String.valueOf(EngineOnboardingChecklist.DEFAULT_MIN_PRODUCTS))));
        services.register(OnboardingChecklist.class, checklist);

        services.register(EventCatalogue.class, catalogue);
        PluginContributions contributions = new PluginContributions(services, injector.getInstance(Subscriptions.class),
                injector.getInstance(ActivationPolicies.class), checklist, injector.getInstance(PaymentProviders.class), jobs,
                injector.getInstance(CheckoutHooks.class), injector.getInstance(CommitSignal.class),
                injector.getInstance(RoleCatalogue.class), new AtomicReference<>(), new AtomicReference<>(config.mailer),
                injector.getInstance(PersonalDataSections.class));
        for (EnginePlugin plugin : plugins) {
            plugin.migrationLocation().ifPresent(location -> migrations.migratePlugin(plugin.id(), location, plugin.getClass().getClassLoader()));
            EnginePluginContext context = new EnginePluginContext(plugin.id(), dataSource, config.clock, config.zone,
                    injector.getInstance(EventPublisher.class), config.properties, contributions);
            plugin.initialize(context);
            context.seal();
            closeables.push(plugin::close);
            log.info("Plugin {} initialised", plugin.id());
        }
        MailRelay relay = injector.getInstance(MailRelay.class);
        closeables.push(relay);
        Optional.ofNullable(contributions.mailer().get()).ifPresentOrElse(mailer -> {
            injector.getInstance(MailerSelection.class).replaceWith(mailer);
            log.info("Mails go through the mailer a plugin registered, not the mail outbox");
        }, () -> log.info(config.mailTransport != null
                ? "Mails are written to the mail_outbox table and sent through " + config.mailTransport.description()
                : "No mail transport given: mails are kept in the mail_outbox table and not sent (EngineBuilder.mailTransport)"));
        dispatcher.registerSubscriptions();

        SearchIndex index = searchIndex(config, contributions, closeables);
        SearchIndexFollower follower = new SearchIndexFollower(jdbi, index, new SearchDocumentSource(jdbi),
                List.of(injector.getInstance(MerchantService.class).changeFeedListener(),
                        injector.getInstance(CatalogueService.class).changeFeedListener(),
                        injector.getInstance(AccountService.class).changeFeedListener(),
                        injector.getInstance(DatabaseSessionStore.class).changeFeedListener(),
                        injector.getInstance(MethodAcceptance.class).changeFeedListener(),
                        injector.getInstance(TerritorySettingsStore.class).changeFeedListener(),
                        injector.getInstance(SettlementWatch.class)),
                followPoll(config.properties));
        closeables.push(injector.getInstance(SettlementWatch.class));
        closeables.push(follower);
        SearchService search = new SearchService(index, follower);
        lateSearch.target.set(search);

        closeables.push(dispatcher);   // closed before the plugins whose listeners it calls
        CommitSignal commits = injector.getInstance(CommitSignal.class);
        commits.onCommit(follower::catchUp, follower::wake);
        commits.onCommit(dispatcher::poke, dispatcher::poke);
        if (dialect == Dialect.POSTGRESQL) {
            FeedNotifications notifications = new FeedNotifications(dataSource, () -> {
                follower.wake();
                dispatcher.poke();
            });
            commits.onCommit(notifications::committed, notifications::committed);
            closeables.push(notifications);
            notifications.start();
        }
        follower.start();
        if (config.backgroundWork) {
            dispatcher.start();
            jobs.start();
            if (config.builtInPaymentProviders.contains(BuiltInPaymentProvider.SANDBOX_CARD)) {
                injector.getInstance(SandboxCardProvider.class).startSweeping();
            }
            relay.start();
        }
        return new Engine(injector, services, plugins, index, follower, search, dispatcher, closeables);
    }

    private static Duration followPoll(Map<String, String> properties) {
        Duration poll = ConfigValues.duration(properties, "search.poll-interval", SearchIndexFollower.DEFAULT_POLL, "PT0.25S");
        if (poll.compareTo(Duration.ofMillis(10)) < 0 || poll.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("search.poll-interval must be between PT0.01S and PT1M");
        }
        return poll;
    }

    private static AssetStore assetStore(EngineBuilder config) {
        if (config.assetStore != null) {
            return config.assetStore;
        }
        LocalDirectoryAssetStore store = new LocalDirectoryAssetStore(config.assetDirectory != null ? config.assetDirectory
                : Path.of("data", "assets"));
        log.info("Uploaded pictures go to {} (EngineBuilder.assetDirectory or assetStore)", store.directory());
        return store;
    }

    private static DataSource openDatabase(EngineBuilder config, Deque<AutoCloseable> closeables) {
        if (config.dataSource != null) {
            return config.dataSource;
        }
        HikariDataSource pool = pool(config);
        closeables.push(pool);
        return SqlProfile.wrapIfAsked(pool, closeables);
    }

    /** The engine's own services, as plugins and applications find them by type. */
    private static ServiceRegistry engineServices(Injector injector, AssetStore assets) {
        ServiceRegistry services = new ServiceRegistry();
        services.register(Catalogue.class, injector.getInstance(Catalogue.class));
        services.register(MerchantDirectory.class, injector.getInstance(MerchantDirectory.class));
        services.register(CatalogueImport.class, injector.getInstance(CatalogueImport.class));
        services.register(Territory.class, injector.getInstance(Territory.class));
        services.register(AssetStore.class, assets);
        services.register(ImageUploads.class, new ImagePipeline(assets));
        services.register(EventPublisher.class, injector.getInstance(EventPublisher.class));
        services.register(SiteVisits.class, injector.getInstance(VisitCounter.class));
        services.register(CartService.class, injector.getInstance(CartService.class));
        services.register(Checkout.class, injector.getInstance(Checkout.class));
        services.register(Orders.class, injector.getInstance(Orders.class));
        services.register(Payments.class, injector.getInstance(Payments.class));
        services.register(AccountDirectory.class, injector.getInstance(AccountDirectory.class));
        services.register(PersonalDataRights.class, injector.getInstance(PersonalDataRights.class));
        services.register(SessionStore.class, injector.getInstance(SessionStore.class));
        services.register(MailOutbox.class, injector.getInstance(MailOutbox.class));
        services.register(Mailer.class, injector.getInstance(Mailer.class));
        services.register(AttemptLimits.class, injector.getInstance(AttemptLimits.class));
        services.register(ScheduledJobs.class, injector.getInstance(JobScheduler.class));
        return services;
    }

    /** The engine's own payment providers (those chosen), event listeners and periodic jobs. */
    private static void registerBuiltIns(Injector injector, JobScheduler jobs, Set<BuiltInPaymentProvider> providers,
                                         Deque<AutoCloseable> closeables) {
        injector.getInstance(Subscriptions.class).register(OrderMails.SUBSCRIPTION, injector.getInstance(OrderMails.class));
        PaymentProviders paymentProviders = injector.getInstance(PaymentProviders.class);
        if (providers.contains(BuiltInPaymentProvider.SANDBOX_CARD)) {
            SandboxCardProvider sandboxCard = injector.getInstance(SandboxCardProvider.class);
            closeables.push(sandboxCard);
            sandboxCard.deliverInProcessTo(request -> injector.getInstance(Payments.class).handleWebhook(SandboxCardProvider.ID, request));
            paymentProviders.register(sandboxCard);
        }
        if (providers.contains(BuiltInPaymentProvider.PAY_AT_PICKUP)) {
            paymentProviders.register(new PayAtPickupProvider());
        }
        jobs.register("engine.stale-pending-orders", Duration.ofMinutes(1), injector.getInstance(OrderSettlement.class)::failStalePendingOrders);
        jobs.register(PaymentReconciliation.JOB, PaymentReconciliation.PERIOD, injector.getInstance(PaymentReconciliation.class)::reconcile);
        jobs.register(AccountHousekeeping.JOB, AccountHousekeeping.PERIOD, injector.getInstance(AccountHousekeeping.class)::runOnce);
        jobs.register(PersonalDataRights.RETENTION_JOB, RetentionPurge.PERIOD, injector.getInstance(RetentionPurge.class)::runOnce);
    }

    /** The plugins given to the builder, then those discovered that were not given. */
    private static List<EnginePlugin> plugins(EngineBuilder config) {
        List<EnginePlugin> plugins = new ArrayList<>(config.plugins);
        if (config.discoveryClassLoader != null) {
            PluginLoader.discover(config.discoveryClassLoader).stream()
                    .filter(found -> plugins.stream().noneMatch(given -> given.getClass() == found.getClass()))
                    .forEach(plugins::add);
        }
        PluginLoader.checkIds(plugins);
        PluginLoader.checkCompatibility(plugins);
        return plugins;
    }

    /** The builder's index, else a plugin's, else the default Lucene index. */
    private static SearchIndex searchIndex(EngineBuilder config, PluginContributions contributions, Deque<AutoCloseable> closeables) {
        SearchIndex index = config.searchIndex != null ? config.searchIndex : contributions.searchIndex().get();
        if (index == null) {
            Path directory = config.searchIndexDirectory != null ? config.searchIndexDirectory : temporaryIndexDirectory(closeables);
            index = DefaultSearchIndexFactory.create(directory, Optional.ofNullable(config.searchSynonyms));
        }
        closeables.push(index);
        return index;
    }

    private static HikariDataSource pool(EngineBuilder config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(DurableCommits.durableUrl(config.jdbcUrl));
        hikari.setUsername(config.user);
        hikari.setPassword(config.password);
        hikari.setMaximumPoolSize(config.maxPoolSize);
        hikari.setPoolName("comptoir");
        return new HikariDataSource(hikari);
    }

    private static Path temporaryIndexDirectory(Deque<AutoCloseable> closeables) {
        try {
            Path directory = Files.createTempDirectory("comptoir-search-");
            closeables.push(() -> deleteRecursively(directory));
            return directory;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index directory", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public Catalogue catalogue() {
        return injector.getInstance(Catalogue.class);
    }

    public MerchantDirectory merchants() {
        return injector.getInstance(MerchantDirectory.class);
    }

    /** Shops and products from a territory's files, all lines or none. */
    public CatalogueImport catalogueImport() {
        return injector.getInstance(CatalogueImport.class);
    }

    public Territory territory() {
        return injector.getInstance(Territory.class);
    }

    public AccountDirectory accounts() {
        return injector.getInstance(AccountDirectory.class);
    }

    /** A person's rights over their data: export, erasure, and the register of both. */
    public PersonalDataRights privacy() {
        return injector.getInstance(PersonalDataRights.class);
    }

    public SessionStore sessions() {
        return injector.getInstance(SessionStore.class);
    }

    /** What the default mailer recorded (empty when a plugin replaced it). */
    public MailOutbox mailOutbox() {
        return injector.getInstance(MailOutbox.class);
    }

    /** Sends mail: through the mailer a plugin registered, else into the database outbox. */
    public Mailer mailer() {
        return injector.getInstance(Mailer.class);
    }

    /**
     * Asks the payment providers, now, how the authorisations the engine lost track of ended (a crash, a lost webhook) and
     * settles their orders; releases what they hold for orders that failed. Done every few seconds in the background.
     *
     * @return how many tenders were settled or released
     */
    public int reconcilePayments() {
        return injector.getInstance(PaymentReconciliation.class).reconcile();
    }

    /**
     * Sends now, in this thread, the outbox's messages that are due (for tests without background work; the relay's
     * thread does it otherwise); returns how many attempts were made.
     */
    public int sendDueMail() {
        return injector.getInstance(MailRelay.class).sendDue();
    }

    /** Deletes ended sessions, spent reset links and passed throttle windows now (done hourly in the background). */
    public int purgeExpiredAccountData() {
        return injector.getInstance(AccountHousekeeping.class).runOnce();
    }

    /**
     * Anonymises now, in this thread, the personal data still held by records older than the retention period (done
     * hourly in the background, see {@link PersonalDataRights#retention()}).
     */
    public RetentionPurge.Outcome purgePastRetention() {
        return injector.getInstance(RetentionPurge.class).runOnce();
    }

    public ProductSearch search() {
        return search;
    }

    public AssetStore assets() {
        return injector.getInstance(AssetStore.class);
    }

    /** Pictures into the asset store through the image pipeline (type, limits, metadata, sizes). */
    public ImageUploads imageUploads() {
        return service(ImageUploads.class);
    }

    public EventPublisher events() {
        return injector.getInstance(EventPublisher.class);
    }

    public CartService carts() {
        return injector.getInstance(CartService.class);
    }

    public Checkout checkout() {
        return injector.getInstance(Checkout.class);
    }

    public Orders orders() {
        return injector.getInstance(Orders.class);
    }

    public Payments payments() {
        return injector.getInstance(Payments.class);
    }

    public OnboardingChecklist onboarding() {
        return service(OnboardingChecklist.class);
    }

    public SiteVisits visits() {
        return service(SiteVisits.class);
    }

    public Clock clock() {
        return injector.getInstance(Clock.class);
    }

    /** The marketplace's time zone ({@link EngineBuilder#zone}), in which its calendar rules are read. */
    public ZoneId zone() {
        return injector.getInstance(ZoneId.class);
    }

    /** The engine's data source (its pool, or the one it was given). */
    public DataSource dataSource() {
        return injector.getInstance(DataSource.class);
    }

    public List<EnginePlugin> plugins() {
        return plugins;
    }

    /** A service registered by a plugin (or an engine service). */
    public <T> Optional<T> findService(Class<T> type) {
        return services.find(type);
    }

    /** @throws NotFoundException when no plugin registered such a service */
    public <T> T service(Class<T> type) {
        return findService(type).orElseThrow(() -> new NotFoundException("service_not_found", "no service " + type.getName()));
    }

    /** Waits until the start-up rebuild of the search index has finished. */
    public boolean awaitSearchReady(Duration timeout) {
        try {
            return follower.awaitReady(timeout);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every event type the engine and its plugins publish. */
    public EventCatalogue eventCatalogue() {
        return service(EventCatalogue.class);
    }

    /** The operator's view of event delivery: subscriptions, what they retry and what they parked. */
    public EventDeliveries eventDeliveries() {
        return service(EventDeliveries.class);
    }

    /**
     * Delivers every due domain event to this node's listeners now, in this thread, including the events they publish
     * meanwhile; returns how many were delivered. With {@code backgroundWork(false)}, tests call it instead of waiting.
     */
    public int deliverPendingEvents() {
        return dispatcher.deliverDue();
    }

    /** The periodic jobs and how they last ran, on whatever node. */
    public ScheduledJobs jobs() {
        return injector.getInstance(JobScheduler.class);
    }

    /** Runs, in this thread, every periodic job that is due (tests use it instead of waiting). */
    public int runDueJobs() {
        return injector.getInstance(JobScheduler.class).runDue();
    }

    /**
     * Runs a bulk load (an import, the demo seeds) with the search index updated once at the end, in batches, instead of
     * after every write. Searches meanwhile see the catalogue as it was before the load.
     */
    public void bulkLoad(Runnable load) {
        follower.suspend();
        try {
            load.run();
        }
        finally {
            follower.resume();
        }
    }

    /** Applies committed catalogue changes (from any node) to this node's search index now. */
    public void refreshSearch() {
        follower.catchUp();
    }

    long searchIndexSize() {
        return searchIndex.size();
    }

    @Override
    public void close() {
        closeAll(closeables);
    }

    private static void closeAll(Deque<AutoCloseable> closeables) {
        while (!closeables.isEmpty()) {
            try {
                closeables.pop().close();
            }
            catch (Exception e) {
                log.warn("Error while closing the engine", e);
            }
        }
    }

    /** Lets plugins hold the search service before the index exists (it is chosen after they initialise). */
    private static final class LateProductSearch implements ProductSearch {
        private final AtomicReference<ProductSearch> target = new AtomicReference<>();

        @Override
        public io.comptoir.engine.api.search.SearchResult search(io.comptoir.engine.api.search.SearchQuery query) {
            return delegate().search(query);
        }

        @Override
        public io.comptoir.engine.api.search.SearchSuggestions suggest(String text, int limit) {
            return delegate().suggest(text, limit);
        }

        @Override
        public boolean isReady() {
            ProductSearch search = target.get();
            return search != null && search.isReady();
        }

        private ProductSearch delegate() {
            ProductSearch search = target.get();
            if (search == null) {
                throw new IllegalStateException("search is not available while plugins initialise");
            }
            return search;
        }
    }
}
