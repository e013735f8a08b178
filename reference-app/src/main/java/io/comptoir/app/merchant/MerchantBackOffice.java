package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.NavLink;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.app.web.backoffice.ShopOffice;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The merchant back-office ({@code /espace-commercant}): a shop's staff run their orders, products, stock and profile.
 * An account may work for several shops: it chooses one, then every address names the shop
 * ({@code /espace-commercant/{merchantId}/...}) and every handler checks the account works for it (territory admins
 * may open any shop's). Another shop's pages are 403; unknown things are 404.
 */
final class MerchantBackOffice extends ShopOffice {
    static final AccessRole[] STAFF = ShopAccess.ROLES;

    private final Marketplace marketplace;
    private final CsvImport imports;

    MerchantBackOffice(Marketplace marketplace, PageFactory pages, BackOffices backOffices, CsvImport imports) {
        super(pages, backOffices, marketplace.merchants());
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.imports = requireNonNull(imports, "imports is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ShopPaths.ROOT, this::chooser, STAFF);
        new DashboardPage(this).register(routes);
        new OrderPages(this).register(routes);
        new ProductPages(this).register(routes);
        new ProfilePages(this).register(routes);
        new FulfilmentPage(this).register(routes);
        new PaymentMethodsPage(this).register(routes);
        new BankPage(this).register(routes);
        new ProductImportPage(this, imports).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    /** {@code /espace-commercant}: the shops the account works for; straight to the shop when there is one. */
    private void chooser(Context ctx) {
        Viewer viewer = Viewer.of(ctx);
        List<Merchant> shops = viewer.shops().stream().map(id -> marketplace.merchants().merchant(new MerchantId(id)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Merchant::name)).toList();
        if (shops.size() == 1) {
            ctx.redirect(ShopPaths.dashboard(shops.get(0).id()), HttpStatus.SEE_OTHER);
            return;
        }
        Page page = page(ctx);
        List<ShopChooserView.Choice> choices = shops.stream().map(shop -> new ShopChooserView.Choice(shop.name(),
                ShopPaths.dashboard(shop.id()), io.comptoir.app.web.backoffice.StatusBadges.merchant(page, shop.status()),
                marketplace.orders().countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.PLACED)))).toList();
        BackOfficeFrame frame = new BackOfficeFrame(page, page.t("bo.shop.area"), "", List.of(),
                viewer.has(Role.TERRITORY_ADMIN) ? Optional.of(new NavLink(page.t("bo.admin.back"), "/admin/boutiques", false, Optional.empty()))
                        : Optional.empty(), Notice.none());
        PageFactory.render(ctx, "merchant/chooser.jte", new ShopChooserView(frame, choices, viewer.has(Role.TERRITORY_ADMIN)));
    }

    static List<MerchantOrderStatus> shopStatuses() {
        return Arrays.stream(MerchantOrderStatus.values()).filter(status -> status != MerchantOrderStatus.PENDING_PAYMENT).toList();
    }
}
