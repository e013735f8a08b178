package io.comptoir.engine.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Names;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.order.Checkout;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.engine.core.cart.CartStore;
import io.comptoir.engine.core.catalogue.CatalogueService;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.event.Subscriptions;
import io.comptoir.engine.core.imports.CatalogueImportService;
import io.comptoir.engine.core.merchant.ActivationPolicies;
import io.comptoir.engine.core.merchant.MerchantService;
import io.comptoir.engine.core.order.CheckoutService;
import io.comptoir.engine.core.order.OrderService;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.payment.PaymentService;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import io.comptoir.engine.core.privacy.PrivacyService;
import io.comptoir.engine.core.privacy.RetentionSettings;
import io.comptoir.engine.core.schedule.JobScheduler;
import io.comptoir.engine.core.territory.TerritoryService;
import io.comptoir.engine.core.throttle.DatabaseAttemptLimits;
import io.comptoir.plugin.kit.Dialect;
import io.comptoir.plugin.kit.Jdbis;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import javax.sql.DataSource;

import static java.util.Objects.requireNonNull;

/** The engine's Guice wiring. Internal: nothing of Guice leaks out of engine-core. */
final class EngineModule extends AbstractModule {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final ZoneId zone;
    private final Currency currency;
    private final AssetStore assetStore;
    private final Map<String, String> properties;

    EngineModule(DataSource dataSource, Dialect dialect, Clock clock, ZoneId zone, Currency currency, AssetStore assetStore,
                 Map<String, String> properties) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.currency = requireNonNull(currency, "currency is null");
        this.assetStore = requireNonNull(assetStore, "assetStore is null");
        this.properties = Map.copyOf(requireNonNull(properties, "properties is null"));
    }

    @Override
    protected void configure() {
        bind(DataSource.class).toInstance(dataSource);
        bind(Dialect.class).toInstance(dialect);
        bind(Clock.class).toInstance(clock);
        bind(ZoneId.class).toInstance(zone);
        bind(Currency.class).annotatedWith(Names.named("currency")).toInstance(currency);
        bind(AssetStore.class).toInstance(assetStore);
        bind(Subscriptions.class).in(Singleton.class);
        bind(ActivationPolicies.class).in(Singleton.class);
        bind(CommitSignal.class).in(Singleton.class);
        bind(PaymentProviders.class).in(Singleton.class);
        bind(Catalogue.class).to(CatalogueService.class);
        bind(MerchantDirectory.class).to(MerchantService.class);
        bind(CatalogueImport.class).to(CatalogueImportService.class);
        bind(Territory.class).to(TerritoryService.class);
        bind(EventPublisher.class).to(OutboxEventPublisher.class);
        bind(CartService.class).to(CartStore.class);
        bind(Checkout.class).to(CheckoutService.class);
        bind(Orders.class).to(OrderService.class);
        bind(PersonalDataRights.class).to(PrivacyService.class);
        bind(RetentionSettings.class).toInstance(RetentionSettings.from(properties, zone));
        bind(Payments.class).to(PaymentService.class);
        bind(AttemptLimits.class).to(DatabaseAttemptLimits.class);
    }

    @Provides
    @Singleton
    Jdbi jdbi(DataSource source) {
        return Jdbis.create(source);
    }

    @Provides
    @Singleton
    DurabilityBarrier durabilityBarrier(DataSource source) {
        return DurabilityBarrier.of(source, dialect);
    }

    @Provides
    @Singleton
    SandboxCardProvider sandboxCard(Jdbi engineJdbi, Clock engineClock) {
        return new SandboxCardProvider(engineJdbi, engineClock, properties);
    }

    @Provides
    @Singleton
    JobScheduler jobScheduler(Jdbi engineJdbi, Clock engineClock) {
        return new JobScheduler(engineJdbi, engineClock);
    }

    @Provides
    @Singleton
    OutboxEventPublisher eventPublisher(Clock engineClock) {
        return new OutboxEventPublisher(engineClock);
    }
}
