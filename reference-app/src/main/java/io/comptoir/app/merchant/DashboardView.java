package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.engine.api.catalogue.ProductId;

import java.util.List;

/** The shop's dashboard page. */
public record DashboardView(BackOfficeFrame frame, MerchantDashboard data, Badge status, List<OrderRow> latestToAccept,
                            String toAcceptUrl, String toPrepareUrl, String readyUrl, String productsUrl) {
    public DashboardView {
        latestToAccept = List.copyOf(latestToAccept);
    }

    public String productUrl(ProductId id) {
        return ShopPaths.product(data.shop().id(), id);
    }
}
