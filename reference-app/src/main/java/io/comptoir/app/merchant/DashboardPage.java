package io.comptoir.app.merchant;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/** {@code /espace-commercant/{merchantId}}: the shop's dashboard. */
final class DashboardPage {
    private final MerchantBackOffice office;

    DashboardPage(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ShopPaths.ROOT + "/{merchantId}", this::dashboard, MerchantBackOffice.STAFF);
    }

    private void dashboard(Context ctx) {
        Merchant shop = office.shop(ctx);
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.DASHBOARD);
        Page page = frame.page();
        MerchantDashboard data = MerchantDashboard.of(office.marketplace(), shop);
        PageFactory.render(ctx, "merchant/dashboard.jte", new DashboardView(frame, data, StatusBadges.merchant(page, shop.status()),
                data.latestToAccept().stream().map(order -> OrderRow.of(page, order, ShopPaths.order(shop.id(), order.id()))).toList(),
                ShopPaths.orders(shop.id()) + "?statut=" + MerchantOrderStatus.PLACED.name(),
                ShopPaths.orders(shop.id()) + "?statut=" + MerchantOrderStatus.ACCEPTED.name(),
                ShopPaths.orders(shop.id()) + "?statut=" + MerchantOrderStatus.READY_FOR_PICKUP.name(),
                ShopPaths.products(shop.id())));
    }
}
