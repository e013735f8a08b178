package io.comptoir.app.training;

import io.comptoir.app.Marketplace;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.merchant.MerchantBackOffice;
import io.comptoir.app.merchant.Section;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * What the shop's training pages share: the merchant back-office's frame and its check that the account works for the
 * shop of the address (403 otherwise), and the training plugin's services (404 when it does not run).
 */
final class ShopTraining {
    static final RouteRole[] STAFF = {RouteRole.MERCHANT_STAFF, RouteRole.TERRITORY_ADMIN};
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TrainingServices services;
    private final MerchantBackOffice office;

    ShopTraining(TrainingServices services, PageFactory pages) {
        this.services = requireNonNull(services, "services is null");
        this.office = new MerchantBackOffice(services.marketplace(), requireNonNull(pages, "pages is null"));
    }

    <T> T service(Class<T> type) {
        return services.get(type);
    }

    Marketplace marketplace() {
        return services.marketplace();
    }

    /** The shop of the address, once the account is known to work for it (403 before anything else) and the plugin to run. */
    Merchant shop(Context ctx) {
        Merchant shop = office.shop(ctx);
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

    BackOfficeFrame frame(Context ctx, Merchant shop, Section section) {
        return office.frame(ctx, shop, section);
    }

    static Actor actor(Context ctx) {
        return Viewer.of(ctx).actor();
    }

    LocalDate today() {
        return LocalDate.now(services.marketplace().clock().withZone(PARIS));
    }

    YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    static void redirectDone(Context ctx, String path, String flash) {
        ctx.redirect(path + (path.contains("?") ? "&" : "?") + "ok=" + flash, HttpStatus.SEE_OTHER);
    }
}
