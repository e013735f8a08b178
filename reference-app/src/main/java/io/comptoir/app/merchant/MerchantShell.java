package io.comptoir.app.merchant;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavLink;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Around a shop's pages: the shop's name, and where to choose another shop (or go back to the territory's pages). */
final class MerchantShell implements BackOfficeShell {
    private final MerchantDirectory merchants;

    MerchantShell(MerchantDirectory merchants) {
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    @Override
    public BackOffice backOffice() {
        return BackOffice.MERCHANT;
    }

    @Override
    public String subject(Context ctx, Page page, long shop) {
        return merchants.require(new MerchantId(shop)).name();
    }

    @Override
    public Optional<NavLink> switchLink(Context ctx, Page page, long shop) {
        Viewer viewer = Viewer.of(ctx);
        if (viewer.shops().size() > 1) {
            return Optional.of(new NavLink(page.t("bo.shop.switch"), ShopPaths.ROOT, false, Optional.empty()));
        }
        if (viewer.has(Role.TERRITORY_ADMIN)) {
            return Optional.of(new NavLink(page.t("bo.admin.back"), "/admin/boutiques/" + shop, false, Optional.empty()));
        }
        return Optional.empty();
    }
}
