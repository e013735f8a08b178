package io.comptoir.app.feature;

import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.engine.api.order.Checkout;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.search.ProductSearch;
import io.comptoir.engine.api.stats.SiteVisits;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.core.Engine;
import io.comptoir.plugin.kit.MarketCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The engine services the web application uses. Handlers depend on these interfaces only, never on the engine's
 * implementation; services of plugins are found with {@link #plugin(Class)}.
 *
 * @param clock the clock for "now" (opening hours, dashboards); the engine's own in production
 * @param zone the marketplace's time zone, the territory's: days, months and wall-clock times are read in it
 */
public record Marketplace(
        Catalogue catalogue,
        MerchantDirectory merchants,
        Territory territory,
        ProductSearch search,
        AssetStore assets,
        ImageUploads images,
        AccountDirectory accounts,
        PersonalDataRights privacy,
        SessionStore sessions,
        CartService carts,
        Checkout checkout,
        Orders orders,
        Payments payments,
        MailOutbox mailOutbox,
        OnboardingChecklist onboarding,
        SiteVisits visits,
        CatalogueImport catalogueImport,
        PluginServices plugins,
        Clock clock,
        ZoneId zone) {

    /** Finds services registered by plugins (vouchers, training). */
    @FunctionalInterface
    public interface PluginServices {
        <T> Optional<T> find(Class<T> type);
    }

    public Marketplace {
        requireNonNull(catalogue, "catalogue is null");
        requireNonNull(merchants, "merchants is null");
        requireNonNull(territory, "territory is null");
        requireNonNull(search, "search is null");
        requireNonNull(assets, "assets is null");
        requireNonNull(images, "images is null");
        requireNonNull(accounts, "accounts is null");
        requireNonNull(privacy, "privacy is null");
        requireNonNull(sessions, "sessions is null");
        requireNonNull(carts, "carts is null");
        requireNonNull(checkout, "checkout is null");
        requireNonNull(orders, "orders is null");
        requireNonNull(payments, "payments is null");
        requireNonNull(mailOutbox, "mailOutbox is null");
        requireNonNull(onboarding, "onboarding is null");
        requireNonNull(visits, "visits is null");
        requireNonNull(catalogueImport, "catalogueImport is null");
        requireNonNull(plugins, "plugins is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(zone, "zone is null");
    }

    /** The services of a running engine. */
    public static Marketplace of(Engine engine) {
        return of(engine, engine.clock());
    }

    /** The services of a running engine, with another clock for the web layer (tests). */
    public static Marketplace of(Engine engine, Clock clock) {
        return new Marketplace(engine.catalogue(), engine.merchants(), engine.territory(), engine.search(), engine.assets(), engine.imageUploads(),
                engine.accounts(), engine.privacy(), engine.sessions(), engine.carts(), engine.checkout(), engine.orders(), engine.payments(),
                engine.mailOutbox(), engine.onboarding(), engine.visits(), engine.catalogueImport(), engine::findService, clock,
                        engine.zone());
    }

    /** The marketplace's calendar, in its zone. */
    public MarketCalendar calendar() {
        return new MarketCalendar(zone);
    }

    /** Today in the marketplace's zone. */
    public LocalDate today() {
        return calendar().today(clock);
    }

    /** The wall-clock time now in the marketplace's zone (opening hours are written in it). */
    public LocalDateTime localNow() {
        return calendar().localOf(clock.instant());
    }

    /** A plugin's service, if that plugin runs. */
    public <T> Optional<T> plugin(Class<T> type) {
        return plugins.find(type);
    }

    /**
     * A plugin's service a feature's handler needs (the feature runs where its plugin runs).
     *
     * @throws NotFoundException when the plugin does not run
     */
    public <T> T requirePlugin(Class<T> type) {
        return plugin(type).orElseThrow(() -> new NotFoundException("not_found", "the plugin offering " + type.getSimpleName() + " does not run here"));
    }
}
