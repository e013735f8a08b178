package io.comptoir.engine.api.plugin;

import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.merchant.OnboardingRequirements;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.search.SearchIndex;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * What the engine gives a plugin during {@link EnginePlugin#initialize}: its resources, the engine's services, and the
 * places where the plugin registers what it contributes. Keep the services, not the context: registering after
 * {@code initialize} returned is refused.
 *
 * <h2>Services</h2>
 * Found by type with {@link #service(Class)} (or {@link #findService(Class)}), the same ones an embedding application
 * gets from {@code engine.service(type)}. All are thread-safe. Usable from {@code initialize} on (the database is
 * migrated), except where noted:
 * <table>
 *   <caption>The engine's services</caption>
 *   <tr><th>type</th><th>what for</th></tr>
 *   <tr><td>{@link io.comptoir.engine.api.catalogue.Catalogue}</td><td>categories, products, variants, stock</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.merchant.MerchantDirectory}</td><td>shops: profiles, life cycle, fulfilment, payout account</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.merchant.OnboardingChecklist}</td><td>a shop's checklist before going live
 *       (with the requirements plugins register, including those registered after this one)</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.territory.Territory}</td><td>intercommunalities and communes</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.account.AccountDirectory}</td><td>accounts, roles, passwords</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.account.SessionStore}</td><td>sign-in sessions</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.throttle.AttemptLimits}</td><td>attempts counted per subject in a window,
 *       shared by the nodes (wrong codes, sign-ins): a plugin's rate limits</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.cart.CartService}</td><td>shoppers' and guests' carts</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.order.Checkout}</td><td>quotes and checkout</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.order.Orders}</td><td>customer and merchant orders, their moves</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.payment.Payments}</td><td>payments, their transactions, webhooks; the providers
 *       registered so far (a later plugin's appear when it registers them)</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.search.ProductSearch}</td><td>full-text search. <b>Not during
 *       {@code initialize}</b>: hold it, but a search before the engine is built throws {@link IllegalStateException}, and
 *       results are complete once {@link io.comptoir.engine.api.search.ProductSearch#isReady()} (the index is rebuilt at
 *       start-up)</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.asset.AssetStore}</td><td>uploaded pictures</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.mail.Mailer}</td><td>sends mail: through the mailer the application or a plugin
 *       registered, else into the database outbox. A mail sent during {@code initialize} goes to the outbox: the mailer is
 *       chosen once every plugin is initialised</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.mail.MailOutbox}</td><td>the mails the outbox kept</td></tr>
 *   <tr><td>{@link EventPublisher}</td><td>the same as {@link #events()}</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.event.EventCatalogue}</td><td>every event type of the engine and its plugins</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.event.EventDeliveries}</td><td>subscriptions, their failures and parked events</td></tr>
 *   <tr><td>{@link io.comptoir.engine.api.stats.SiteVisits}</td><td>visits per day</td></tr>
 * </table>
 * A service a plugin registers ({@link #registerService}) is found the same way by the application and by the plugins
 * initialised after it.
 *
 * <h2>Configuration</h2>
 * {@link #property(String)} reads {@code <pluginId>.<name>} from the engine's properties
 * ({@code Engine.builder().property(...)}). The engine's own keys ({@code accounts.*}, {@code events.*},
 * {@code onboarding.*}, {@code sandbox-card.*}) are listed in the engine's {@code EngineBuilder}.
 */
public interface PluginContext {

    /** The id of the plugin this context was made for. */
    String pluginId();

    /** The engine's pooled data source. The plugin's tables are in the same database. */
    DataSource dataSource();

    /** The engine's clock; use it for every "now" so that tests can move time. */
    Clock clock();

    /**
     * The marketplace's time zone (the territory's, e.g. {@code Indian/Reunion}), in which every calendar rule of the
     * plugin is read: a day's start and end, "valid until 28 February" (until the end of that day there), a month, a
     * wall-clock time. Set by the embedder ({@code EngineBuilder.zone}); {@code Europe/Paris} when it sets none, and in
     * this default implementation (engine API 1.1 contexts).
     *
     * @since 1.2
     */
    default ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }

    /** Publishes domain events in the caller's transaction. */
    EventPublisher events();

    /**
     * Runs {@code work} in one transaction of the engine's database and commits it: the plugin's writes and the events it
     * publishes with {@code events().publish(transaction, …)} are kept together or not at all. When the work throws, the
     * transaction is rolled back and the exception goes to the caller (a checked one wrapped in
     * {@link IllegalStateException}). After the commit the engine's listeners are woken. Do not nest it; retrying on a
     * serialisation failure or deadlock is the caller's choice.
     */
    <T> T inTransaction(TransactionWork<T> work);

    /**
     * A configuration value given to the engine, looked up as {@code <pluginId>.<name>} (e.g. {@code vouchers.code-length}).
     */
    Optional<String> property(String name);

    /** An engine service (see the table above), or a service registered by a plugin initialised earlier. */
    <T> Optional<T> findService(Class<T> type);

    /** @throws NotFoundException when no such service is registered */
    default <T> T service(Class<T> type) {
        return findService(type).orElseThrow(() -> new NotFoundException("service_not_found", "no service " + type.getName()));
    }

    /** Makes a service of the plugin available to the embedding application and to later plugins; a type is registered once. */
    <T> void registerService(Class<T> type, T service);

    /**
     * Subscribes a listener to domain events under a stable subscription name (e.g. {@code vouchers.order-refunds}),
     * starting {@linkplain SubscriptionStart#fromNow() from now} the first time any node registers it.
     *
     * @see #registerEventListener(String, SubscriptionStart, DomainEventListener)
     */
    void registerEventListener(String subscription, DomainEventListener listener);

    /**
     * Subscribes a listener to domain events under a stable subscription name (lower case, up to 100 characters, by
     * convention {@code <pluginId>.<purpose>}). The database keeps each subscription's place in the event feed: every
     * event any node commits reaches it, whichever nodes run the plugin, from {@code start} the first time a node
     * registers it and from where it stopped ever after. Renaming a subscription starts a new one (the old one keeps its
     * place, holds nothing back, and can be {@linkplain io.comptoir.engine.api.event.EventDeliveries#forget forgotten}).
     *
     * <p>Delivery is at least once, in feed order, one event at a time per subscription, on one node at a time; a slow or
     * failing listener holds back only its own subscription. See {@link DomainEventListener} for retries and parking.
     */
    void registerEventListener(String subscription, SubscriptionStart start, DomainEventListener listener);

    /** Takes part in checkout inside its transactions: refuse a basket, adjust a shop's price, write with the order. */
    void registerCheckoutHook(CheckoutHook hook);

    /**
     * Adds a role accounts can be given (e.g. the training plugin's {@code TRAINER}). Its name must not be taken by the
     * engine's or another plugin's role; grants of it are stored by name. A scoped role registered this way takes any
     * positive scope: give {@link #registerRole(Role, LongPredicate)} the check of what it applies to.
     */
    void registerRole(Role role);

    /**
     * Adds a {@link Role#scoped() scoped} role, with how to know that what a grant names exists (e.g. the vouchers plugin's
     * {@code POINT_OF_SALE}, scoped to a point of sale: {@code id -> pointsOfSale.pointOfSale(id).isPresent()}). Granting it
     * for a scope the check refuses is a 400 {@code invalid_scope} on {@code scope}, as {@link Role#MERCHANT_STAFF} for a shop
     * that does not exist; nothing is stored. The check is called when a grant is given, outside the engine's transaction:
     * answer from memory or one indexed read. The default (contexts of engine API 1.3) registers the role without it.
     *
     * @param scopeExists whether the thing of that id exists
     * @throws IllegalArgumentException for a role that is not scoped
     * @since 1.4
     */
    default void registerRole(Role role, LongPredicate scopeExists) {
        registerRole(role);
    }

    /**
     * Declares what the plugin keeps about people, so that a person's data export includes it and the erasure of their
     * account anonymises it, in the same transaction.
     */
    void registerPersonalData(io.comptoir.engine.api.privacy.PersonalData personalData);

    /** Adds a policy the engine consults before any merchant goes live. */
    void registerActivationPolicy(MerchantActivationPolicy policy);

    /** Adds requirements to every shop's onboarding checklist. */
    void registerOnboardingRequirements(OnboardingRequirements requirements);

    /** Replaces the engine's default search index (at most one plugin may do so). */
    void registerSearchIndex(SearchIndex index);

    /** Adds a way to pay; its {@link PaymentProvider#id()} must be unique. */
    void registerPaymentProvider(PaymentProvider provider);

    /**
     * Runs a job periodically on one node of the deployment at a time: each node tries, and only the node that wins the
     * job's lease in the database runs it (again after {@code interval}). Jobs must be idempotent, since a node that
     * dies mid-run leaves the job to another once the lease ends.
     *
     * @param name stable, unique, e.g. {@code vouchers.expiry}
     */
    void scheduleJob(String name, Duration interval, Runnable job);

    /**
     * Replaces the default mailer, which keeps messages in the database outbox (at most one mailer: the application's,
     * given to the engine's builder, or one plugin's).
     */
    void registerMailer(Mailer mailer);
}
