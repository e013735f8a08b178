package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.VoucherRoles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The point-of-sale back-office ({@code /point-de-vente}): the operator of a tobacconist sells vouchers for cash,
 * prints them, cancels a sale within the programme's window, activates pre-printed vouchers and counts the day's cash.
 * Every address names the point of sale ({@code /point-de-vente/{pointOfSaleId}/...}) and every handler checks the
 * account sells there (territory admins may open any): another point of sale's pages are 403, unknown things 404.
 */
final class PointOfSaleBackOffice {
    static final AccessRole[] OPERATORS = {AccessRole.of(VoucherRoles.POINT_OF_SALE), AccessRole.TERRITORY_ADMIN};

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final BackOffices backOffices;

    PointOfSaleBackOffice(Marketplace marketplace, PageFactory pages, BackOffices backOffices) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
        routes.get(PosPaths.ROOT, this::chooser, OPERATORS);
        new TillPages(this).register(routes);
        new StockPage(this).register(routes);
        new DayPage(this).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    VoucherServices services() {
        return VoucherServices.of(marketplace);
    }

    Instant now() {
        return marketplace.clock().instant();
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The point of sale named by the address, after checking the account sells there: 403 otherwise, 404 when unknown. */
    PointOfSale pointOfSale(Context ctx) {
        VoucherServices services = services();
        long id = PathParams.pageId(ctx, "pointOfSaleId");
        Viewer.of(ctx).requireScope(VoucherRoles.POINT_OF_SALE, id);
        return services.pointsOfSale().require(id);
    }

    /** A sale of that point of sale, 404 for another's or an unknown one. */
    Sale sale(Context ctx, PointOfSale pointOfSale) {
        long id = PathParams.pageId(ctx, "saleId");
        return services().desk().sale(id).filter(sale -> sale.pointOfSaleId().equals(Optional.of(pointOfSale.id())))
                .orElseThrow(() -> NotFoundException.of("sale", id));
    }

    BackOfficeFrame frame(Context ctx, PointOfSale pointOfSale, String current) {
        return backOffices.frame(ctx, current, pointOfSale.id());
    }

    /** After a change: to a page of the back-office, saying what was done. */
    static void redirectDone(Context ctx, String path, String flash) {
        AfterChange.redirect(ctx, path, flash);
    }

    /** {@code /point-de-vente}: the points of sale the account sells at; straight to the till when there is one. */
    private void chooser(Context ctx) {
        VoucherServices services = services();
        Viewer viewer = Viewer.of(ctx);
        List<PointOfSale> places = viewer.has(Role.TERRITORY_ADMIN) ? services.pointsOfSale().all()
                : viewer.scopesOf(VoucherRoles.POINT_OF_SALE).stream().map(id -> services.pointsOfSale().pointOfSale(id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PointOfSale::name)).toList();
        if (places.size() == 1 && !viewer.has(Role.TERRITORY_ADMIN)) {
            ctx.redirect(PosPaths.till(places.get(0).id()), HttpStatus.SEE_OTHER);
            return;
        }
        Page page = pages.page(ctx);
        BackOfficeFrame frame = new BackOfficeFrame(page, page.t("pos.area"), "", List.of(), Optional.empty(), Notice.none());
        List<ChooserView.Place> choices = places.stream().map(place -> new ChooserView.Place(place.name(),
                place.address().street() + ", " + place.address().postalCode(), PosPaths.till(place.id()), place.active())).toList();
        PageFactory.render(ctx, "vouchers/posChooser.jte", new ChooserView(frame, choices));
    }
}
