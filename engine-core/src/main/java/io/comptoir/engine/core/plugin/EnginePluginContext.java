package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.schedule.JobScheduler;
import io.comptoir.engine.core.event.Subscriptions;
import io.comptoir.engine.core.merchant.ActivationPolicies;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/** The {@link PluginContext} the engine gives one plugin. */
public final class EnginePluginContext implements PluginContext {
    private final String pluginId;
    private final DataSource dataSource;
    private final Clock clock;
    private final EventPublisher events;
    private final Map<String, String> properties;
    private final ServiceRegistry services;
    private final Subscriptions subscriptions;
    private final ActivationPolicies policies;
    private final AtomicReference<SearchIndex> searchIndex;
    private final PaymentProviders paymentProviders;
    private final AtomicReference<Mailer> mailer;
    private final JobScheduler jobs;

    public EnginePluginContext(String pluginId, DataSource dataSource, Clock clock, EventPublisher events,
                               Map<String, String> properties, ServiceRegistry services, Subscriptions subscriptions,
                               ActivationPolicies policies, AtomicReference<SearchIndex> searchIndex,
                               PaymentProviders paymentProviders, AtomicReference<Mailer> mailer, JobScheduler jobs) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        this.services = requireNonNull(services, "services is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.searchIndex = requireNonNull(searchIndex, "searchIndex is null");
        this.paymentProviders = requireNonNull(paymentProviders, "paymentProviders is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public EventPublisher events() {
        return events;
    }

    @Override
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(pluginId + "." + requireNonNull(name, "name is null")));
    }

    @Override
    public <T> Optional<T> findService(Class<T> type) {
        return services.find(type);
    }

    @Override
    public <T> void registerService(Class<T> type, T service) {
        services.register(type, service);
    }

    @Override
    public void registerEventListener(String subscription, DomainEventListener listener) {
        subscriptions.register(subscription, listener);
    }

    @Override
    public void registerActivationPolicy(MerchantActivationPolicy policy) {
        policies.register(policy);
    }

    @Override
    public void registerSearchIndex(SearchIndex index) {
        requireNonNull(index, "index is null");
        if (!searchIndex.compareAndSet(null, index)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a search index, but another plugin already did");
        }
    }

    @Override
    public void registerPaymentProvider(PaymentProvider provider) {
        paymentProviders.register(provider);
    }

    @Override
    public void registerMailer(Mailer replacement) {
        requireNonNull(replacement, "replacement is null");
        if (!mailer.compareAndSet(null, replacement)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a mailer, but another plugin already did");
        }
    }

    @Override
    public void scheduleJob(String name, java.time.Duration interval, Runnable job) {
        jobs.register(name, interval, job);
    }
}
