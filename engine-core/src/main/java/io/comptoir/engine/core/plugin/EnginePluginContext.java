package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.merchant.OnboardingRequirements;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.search.SearchIndex;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The {@link PluginContext} the engine gives one plugin. */
public final class EnginePluginContext implements PluginContext {
    private final String pluginId;
    private final DataSource dataSource;
    private final Clock clock;
    private final EventPublisher events;
    private final Map<String, String> properties;
    private final PluginContributions contributions;

    public EnginePluginContext(String pluginId, DataSource dataSource, Clock clock, EventPublisher events,
                               Map<String, String> properties, PluginContributions contributions) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        this.contributions = requireNonNull(contributions, "contributions is null");
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
        return contributions.services().find(type);
    }

    @Override
    public <T> void registerService(Class<T> type, T service) {
        contributions.services().register(type, service);
    }

    @Override
    public void registerEventListener(String subscription, DomainEventListener listener) {
        contributions.subscriptions().register(subscription, listener);
    }

    @Override
    public void registerEventListener(String subscription, SubscriptionStart start, DomainEventListener listener) {
        contributions.subscriptions().register(subscription, start, listener);
    }

    @Override
    public void registerActivationPolicy(MerchantActivationPolicy policy) {
        contributions.policies().register(policy);
    }

    @Override
    public void registerOnboardingRequirements(OnboardingRequirements requirements) {
        contributions.checklist().register(requirements);
    }

    @Override
    public void registerSearchIndex(SearchIndex index) {
        requireNonNull(index, "index is null");
        if (!contributions.searchIndex().compareAndSet(null, index)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a search index, but another plugin already did");
        }
    }

    @Override
    public void registerPaymentProvider(PaymentProvider provider) {
        contributions.paymentProviders().register(provider);
    }

    @Override
    public void registerMailer(Mailer replacement) {
        requireNonNull(replacement, "replacement is null");
        if (!contributions.mailer().compareAndSet(null, replacement)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a mailer, but the application or another plugin already did");
        }
    }

    @Override
    public void scheduleJob(String name, Duration interval, Runnable job) {
        contributions.jobs().register(name, interval, job);
    }
}
