package io.comptoir.app.training;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * What the shop's training pages share: the merchant back-office's frame and its check that the account works for the
 * shop of the address (403 otherwise), and the training plugin's services (404 when it does not run).
 */
final class ShopTraining {
    static final AccessRole[] STAFF = ShopAccess.ROLES;

    private final TrainingServices services;
    private final BackOffices backOffices;

    ShopTraining(TrainingServices services, BackOffices backOffices) {
        this.services = requireNonNull(services, "services is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    <T> T service(Class<T> type) {
        return services.get(type);
    }

    Marketplace marketplace() {
        return services.marketplace();
    }

    /** The shop of the address, once the account is known to work for it (403 before anything else) and the plugin to run. */
    Merchant shop(Context ctx) {
        Merchant shop = ShopAccess.shop(ctx, services.marketplace().merchants());
        services.get(io.comptoir.training.api.Learning.class);
        return shop;
    }

    /** For the API: the shop of the address ({@code merchantId}: 400 when malformed), the caller working for it (403), the plugin running (404). */
    Merchant apiShop(Context ctx) {
        long id = io.comptoir.app.web.PathParams.positiveId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        Merchant shop = services.marketplace().merchants().require(new io.comptoir.engine.api.merchant.MerchantId(id));
        services.get(io.comptoir.training.api.Learning.class);
        return shop;
    }

    BackOfficeFrame frame(Context ctx, Merchant shop, String entry) {
        return backOffices.frame(ctx, entry, shop.id().value());
    }

    static Actor actor(Context ctx) {
        return Viewer.of(ctx).actor();
    }

    LocalDate today() {
        return services.marketplace().today();
    }

    YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    static void redirectDone(Context ctx, String path, String flash) {
        AfterChange.redirect(ctx, path, flash);
    }
}
