package io.comptoir.engine.api.plugin;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.mail.Mailer;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;

/**
 * What the engine gives a plugin: its resources, its services, and the places where the plugin registers what it
 * contributes. The engine's services ({@link io.comptoir.engine.api.catalogue.Catalogue},
 * {@link io.comptoir.engine.api.merchant.MerchantDirectory}, {@link io.comptoir.engine.api.territory.Territory},
 * {@link io.comptoir.engine.api.search.ProductSearch}, {@link io.comptoir.engine.api.asset.AssetStore}) are found
 * with {@link #service(Class)}.
 */
public interface PluginContext {

    /** The id of the plugin this context was made for. */
    String pluginId();

    /** The engine's pooled data source. The plugin's tables are in the same database. */
    DataSource dataSource();

    /** The engine's clock; use it for every "now" so that tests can move time. */
    Clock clock();

    /** Publishes domain events in the caller's transaction. */
    EventPublisher events();

    /**
     * A configuration value given to the engine, looked up as {@code <pluginId>.<name>} (e.g. {@code vouchers.code-length}).
     */
    Optional<String> property(String name);

    /** An engine service, or a service registered by a plugin initialised earlier. */
    <T> Optional<T> findService(Class<T> type);

    /** @throws NotFoundException when no such service is registered */
    default <T> T service(Class<T> type) {
        return findService(type).orElseThrow(() -> new NotFoundException("service_not_found", "no service " + type.getName()));
    }

    /** Makes a service of the plugin available to the embedding application and to later plugins. */
    <T> void registerService(Class<T> type, T service);

    /**
     * Subscribes a listener to domain events under a stable subscription name (e.g. {@code vouchers.order-refunds}),
     * starting {@linkplain SubscriptionStart#fromNow() from now} the first time any node registers it.
     *
     * @see #registerEventListener(String, SubscriptionStart, DomainEventListener)
     */
    void registerEventListener(String subscription, DomainEventListener listener);

    /**
     * Subscribes a listener to domain events under a stable subscription name. The database keeps each subscription's
     * place in the event feed: every event any node commits reaches it, whichever nodes run the plugin, from
     * {@code start} the first time a node registers it and from where it stopped ever after. Renaming a subscription
     * starts a new one (the old one keeps its place, holds nothing back, and can be
     * {@linkplain io.comptoir.engine.api.event.EventDeliveries#forget forgotten}).
     *
     * <p>Delivery is at least once, in feed order, one event at a time per subscription, on one node at a time; a slow or
     * failing listener holds back only its own subscription. See {@link DomainEventListener} for retries and parking.
     */
    void registerEventListener(String subscription, SubscriptionStart start, DomainEventListener listener);

    /** Adds a policy the engine consults before any merchant goes live. */
    void registerActivationPolicy(MerchantActivationPolicy policy);

    /** Adds requirements to every shop's onboarding checklist. */
    void registerOnboardingRequirements(io.comptoir.engine.api.merchant.OnboardingRequirements requirements);

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
    void scheduleJob(String name, java.time.Duration interval, Runnable job);

    /** Replaces the default mailer, which keeps messages in the database outbox (at most one plugin may do so). */
    void registerMailer(Mailer mailer);
}
