package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavLink;
import io.comptoir.engine.api.account.Role;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.VoucherRoles;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Around a point of sale's pages: its name, and where to choose another (for an operator of several, and admins). */
final class PointOfSaleShell implements BackOfficeShell {
    private final Marketplace marketplace;

    PointOfSaleShell(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    @Override
    public BackOffice backOffice() {
        return VoucherNav.POINT_OF_SALE;
    }

    @Override
    public String subject(Context ctx, Page page, long pointOfSale) {
        return marketplace.requirePlugin(PointsOfSale.class).require(pointOfSale).name();
    }

    @Override
    public Optional<NavLink> switchLink(Context ctx, Page page, long pointOfSale) {
        Viewer viewer = Viewer.of(ctx);
        return viewer.scopesOf(VoucherRoles.POINT_OF_SALE).size() > 1 || viewer.has(Role.TERRITORY_ADMIN)
                ? Optional.of(new NavLink(page.t("pos.switch"), PosPaths.ROOT, false, Optional.empty())) : Optional.empty();
    }
}
