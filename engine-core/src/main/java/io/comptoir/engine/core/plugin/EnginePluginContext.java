package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.merchant.OnboardingRequirements;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.plugin.TransactionWork;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.engine.api.search.SearchIndex;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import javax.sql.DataSource;

import static java.util.Objects.requireNonNull;

/** The {@link PluginContext} the engine gives one plugin. */
public final class EnginePluginContext implements PluginContext {
    private final String pluginId;
    private final DataSource dataSource;
    private final Clock clock;
    private final ZoneId zone;
    private final EventPublisher events;
    private final Map<String, String> properties;
    private final PluginContributions contributions;
    private volatile boolean sealed;

    public EnginePluginContext(String pluginId, DataSource dataSource, Clock clock, ZoneId zone, EventPublisher events,
                               Map<String, String> properties, PluginContributions contributions) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.events = requireNonNull(events, "events is null");
        this.properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        this.contributions = requireNonNull(contributions, "contributions is null");
    }

    /** Refuses registrations from now on: the plugin's {@code initialize} has returned. */
    public void seal() {
        sealed = true;
    }

    private void open(String what) {
        if (sealed) {
            throw new IllegalStateException("plugin " + pluginId + " registers " + what + " after its initialize returned");
        }
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
    public ZoneId zone() {
        return zone;
    }

    @Override
    public EventPublisher events() {
        return events;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        requireNonNull(work, "work is null");
        T result;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                result = work.run(connection);
                connection.commit();
            }
            catch (Exception | Error e) {
                rollback(connection, e);
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("the transaction of plugin " + pluginId + " failed: " + e.getMessage(), e);
            }
            finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("the transaction of plugin " + pluginId + " failed: " + e.getMessage(), e);
        }
        contributions.commits().committedInBackground();
        return result;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        }
        catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
        open("a service");
        contributions.services().register(type, service);
    }

    @Override
    public void registerEventListener(String subscription, DomainEventListener listener) {
        open("an event listener");
        contributions.subscriptions().register(subscription, listener);
    }

    @Override
    public void registerEventListener(String subscription, SubscriptionStart start, DomainEventListener listener) {
        open("an event listener");
        contributions.subscriptions().register(subscription, start, listener);
    }

    @Override
    public void registerCheckoutHook(CheckoutHook hook) {
        open("a checkout hook");
        contributions.checkoutHooks().register(pluginId, hook);
    }

    @Override
    public void registerPersonalData(PersonalData personalData) {
        open("personal data");
        contributions.personalData().register(personalData);
    }

    @Override
    public void registerRole(Role role) {
        open("a role");
        contributions.roles().register(role);
    }

    @Override
    public void registerRole(Role role, LongPredicate scopeExists) {
        open("a role");
        contributions.roles().register(role, scopeExists);
    }

    @Override
    public void registerActivationPolicy(MerchantActivationPolicy policy) {
        open("an activation policy");
        contributions.policies().register(policy);
    }

    @Override
    public void registerOnboardingRequirements(OnboardingRequirements requirements) {
        open("onboarding requirements");
        contributions.checklist().register(requirements);
    }

    @Override
    public void registerSearchIndex(SearchIndex index) {
        open("a search index");
        requireNonNull(index, "index is null");
        if (!contributions.searchIndex().compareAndSet(null, index)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a search index, but another plugin already did");
        }
    }

    @Override
    public void registerPaymentProvider(PaymentProvider provider) {
        open("a payment provider");
        contributions.paymentProviders().register(provider);
    }

    @Override
    public void registerMailer(Mailer replacement) {
        open("a mailer");
        requireNonNull(replacement, "replacement is null");
        if (!contributions.mailer().compareAndSet(null, replacement)) {
            throw new IllegalStateException("plugin " + pluginId + " registers a mailer, but the application or another plugin already did");
        }
    }

    @Override
    public void scheduleJob(String name, Duration interval, Runnable job) {
        open("a job");
        contributions.jobs().register(name, interval, job);
    }
}
