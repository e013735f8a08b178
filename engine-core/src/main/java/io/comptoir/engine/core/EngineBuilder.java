package io.comptoir.engine.core;

import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.search.SearchIndex;

import javax.sql.DataSource;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Configures and starts an {@link Engine}. Only the database is required:
 * <pre>{@code
 * try (Engine engine = Engine.builder()
 *         .jdbcUrl("jdbc:postgresql://localhost/market", "market", secret)
 *         .discoverPlugins()
 *         .build()) {
 *     engine.catalogue().categories();
 * }
 * }</pre>
 *
 * <p>What the engine does unless told otherwise: uploaded pictures go to {@code data/assets} under the working directory
 * (created on the first upload: {@link #assetDirectory}, {@link #assetStore}); mails are kept in the database's
 * {@code mail_outbox} table, not sent ({@link #mailTransport}); the only way to pay is {@code pay-at-pickup}
 * ({@link #builtInPaymentProviders}); the search index lives in a temporary directory ({@link #searchIndexDirectory});
 * background threads deliver events, follow other nodes' changes and run periodic jobs ({@link #backgroundWork}).
 *
 * <p>The engine's configuration keys ({@link #property}), all optional:
 * <ul>
 *   <li>{@code accounts.argon2-memory-kib}, {@code accounts.argon2-iterations}, {@code accounts.argon2-parallelism},
 *       {@code accounts.argon2-max-concurrent}, {@code accounts.session-idle-timeout}, {@code accounts.session-max-age}:
 *       password hashing and sessions (see {@code AccountSettings});</li>
 *   <li>{@code events.threads}, {@code events.lease}, {@code events.max-attempts}, {@code events.poll-interval}: event
 *       delivery (see {@code EventSettings});</li>
 *   <li>{@code mail.max-attempts}, {@code mail.retry-delay}, {@code mail.lease}, {@code mail.poll-interval}: sending the
 *       mail outbox through the {@link #mailTransport} (see {@code MailSettings});</li>
 *   <li>{@code onboarding.min-products} (5): the products a shop's onboarding checklist asks for;</li>
 *   <li>{@code privacy.retention-years} (10, 6 to 30), {@code privacy.time-zone} (the engine's {@link #zone}),
 *       {@code privacy.retention-batch} (500): how long orders and ledger entries keep personal data, in which zone their
 *       dates are read, and the job's batch size (see {@code RetentionSettings});</li>
 *   <li>{@code search.poll-interval} ({@code PT0.25S}): how often a node reads the change feed for other nodes' changes
 *       when no notification woke it (on PostgreSQL other nodes' commits wake it at once);</li>
 *   <li>{@code sandbox-card.secret}, {@code sandbox-card.webhook-url}, {@code sandbox-card.webhook-delay-ms},
 *       {@code sandbox-card.duplicate-webhooks}: the simulated card processor, when chosen;</li>
 *   <li>{@code <pluginId>.<name>}: a plugin's own, read with {@code PluginContext.property(name)}.</li>
 * </ul>
 */
public final class EngineBuilder {
    /** The marketplace's time zone when the embedder sets none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    String jdbcUrl;
    String user;
    String password;
    DataSource dataSource;
    int maxPoolSize = 16;
    Clock clock = Clock.systemUTC();
    Currency currency = Money.EUR;
    ZoneId zone = DEFAULT_ZONE;
    final List<EnginePlugin> plugins = new ArrayList<>();
    ClassLoader discoveryClassLoader;
    Path assetDirectory;
    AssetStore assetStore;
    Path searchIndexDirectory;
    URL searchSynonyms;
    SearchIndex searchIndex;
    boolean backgroundWork = true;
    final Map<String, String> properties = new LinkedHashMap<>();
    Set<BuiltInPaymentProvider> builtInPaymentProviders = EnumSet.of(BuiltInPaymentProvider.PAY_AT_PICKUP);
    Mailer mailer;
    MailTransport mailTransport;

    EngineBuilder() {
    }

    /** The database, by JDBC URL; the engine opens and closes its own connection pool. */
    public EngineBuilder jdbcUrl(String url, String user, String password) {
        this.jdbcUrl = requireNonNull(url, "url is null");
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
        return this;
    }

    /** The database, as a data source the caller owns (the engine will not close it). */
    public EngineBuilder dataSource(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        return this;
    }

    /** Size of the connection pool the engine opens for {@link #jdbcUrl}. Default 16. */
    public EngineBuilder maxPoolSize(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("the pool needs at least 2 connections");
        }
        this.maxPoolSize = size;
        return this;
    }

    public EngineBuilder clock(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        return this;
    }

    /** The marketplace's currency; every price is in it. Default EUR. */
    public EngineBuilder currency(Currency currency) {
        this.currency = requireNonNull(currency, "currency is null");
        return this;
    }

    /**
     * The marketplace's time zone, the territory's (e.g. {@code Indian/Reunion} for La Réunion): the calendar rules of
     * the engine and its plugins are read in it (visits per day, the retention period's days, a voucher's "valid until"
     * day, a month's membership). Plugins get it from {@code PluginContext.zone()}. Default {@link #DEFAULT_ZONE}
     * ({@code Europe/Paris}). Changing it on a running marketplace moves the days already stored by a few hours: set it
     * once, when the marketplace starts.
     */
    public EngineBuilder zone(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
        return this;
    }

    public EngineBuilder plugin(EnginePlugin plugin) {
        plugins.add(requireNonNull(plugin, "plugin is null"));
        return this;
    }

    public EngineBuilder plugins(List<? extends EnginePlugin> list) {
        list.forEach(this::plugin);
        return this;
    }

    /** Adds every plugin listed in {@code META-INF/services/io.comptoir.engine.api.plugin.EnginePlugin}. */
    public EngineBuilder discoverPlugins() {
        return discoverPlugins(Thread.currentThread().getContextClassLoader());
    }

    public EngineBuilder discoverPlugins(ClassLoader classLoader) {
        this.discoveryClassLoader = requireNonNull(classLoader, "classLoader is null");
        return this;
    }

    /**
     * The engine's own payment providers to offer, replacing the default: {@link BuiltInPaymentProvider#PAY_AT_PICKUP}
     * alone. {@code sandbox-card}, a simulated card processor, runs only when chosen here. None at all is allowed, when
     * plugins bring every way to pay.
     */
    public EngineBuilder builtInPaymentProviders(BuiltInPaymentProvider... chosen) {
        requireNonNull(chosen, "chosen is null");
        Set<BuiltInPaymentProvider> set = EnumSet.noneOf(BuiltInPaymentProvider.class);
        for (BuiltInPaymentProvider provider : chosen) {
            set.add(requireNonNull(provider, "provider is null"));
        }
        this.builtInPaymentProviders = set;
        return this;
    }

    /**
     * Sends the engine's mails (order confirmations, password resets, the plugins' mails) through this mailer. By
     * default mails are only kept in the database's {@code mail_outbox} table ({@link Engine#mailOutbox()}) and logged:
     * nothing leaves the machine, unless a {@link #mailTransport} sends them from there. A plugin may register a mailer
     * instead; not both. A mailer given here replaces the outbox, so it cannot be combined with a transport.
     */
    public EngineBuilder mailer(Mailer mailer) {
        this.mailer = requireNonNull(mailer, "mailer is null");
        return this;
    }

    /**
     * Sends the mail outbox through this transport (e.g. SMTP): each message written to the outbox is sent after the
     * commit that wrote it, by one node of the marketplace, retried with back-off and marked failed after the last
     * attempt ({@code mail.*} properties). Without one, messages are only kept in the outbox.
     */
    public EngineBuilder mailTransport(MailTransport transport) {
        this.mailTransport = requireNonNull(transport, "transport is null");
        return this;
    }

    /**
     * Where the default asset store keeps uploaded pictures. Default: {@code data/assets} under the working directory,
     * created when the first picture is stored.
     */
    public EngineBuilder assetDirectory(Path directory) {
        this.assetDirectory = requireNonNull(directory, "directory is null");
        return this;
    }

    /** Replaces the default local-directory asset store. */
    public EngineBuilder assetStore(AssetStore store) {
        this.assetStore = requireNonNull(store, "store is null");
        return this;
    }

    /** Where the default Lucene index lives. Default: a private temporary directory, deleted on close. */
    public EngineBuilder searchIndexDirectory(Path directory) {
        this.searchIndexDirectory = requireNonNull(directory, "directory is null");
        return this;
    }

    /**
     * The territory's synonyms file for the default Lucene index: one group of words meaning the same thing a line,
     * comma-separated ({@code chicons, endives}); see {@code io.comptoir.engine.core.search.lucene.Synonyms}. A
     * malformed file stops the start with its line number. Default: none.
     */
    public EngineBuilder searchSynonyms(Path file) {
        try {
            return searchSynonyms(requireNonNull(file, "file is null").toUri().toURL());
        }
        catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file: " + file, e);
        }
    }

    /** As {@link #searchSynonyms(Path)}, from a URL: a file or a resource packed in a jar. */
    public EngineBuilder searchSynonyms(URL location) {
        this.searchSynonyms = requireNonNull(location, "location is null");
        return this;
    }

    /** Replaces the default Lucene index (a plugin may also register one). */
    public EngineBuilder searchIndex(SearchIndex index) {
        this.searchIndex = requireNonNull(index, "index is null");
        return this;
    }

    /**
     * Whether to run the event dispatcher and the index follower's polling in background threads (default). Tests
     * that want determinism turn it off and call {@link Engine#deliverPendingEvents()} themselves.
     */
    public EngineBuilder backgroundWork(boolean enabled) {
        this.backgroundWork = enabled;
        return this;
    }

    /** A configuration value; plugins read theirs as {@code <pluginId>.<name>}. */
    public EngineBuilder property(String key, String value) {
        properties.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null"));
        return this;
    }

    public EngineBuilder properties(Map<String, String> values) {
        values.forEach(this::property);
        return this;
    }

    /** Migrates the database, initialises the plugins and starts the engine. */
    public Engine build() {
        if (jdbcUrl == null && dataSource == null) {
            throw new IllegalStateException("the engine needs a database: call jdbcUrl(...) or dataSource(...)");
        }
        return Engine.start(this);
    }
}
