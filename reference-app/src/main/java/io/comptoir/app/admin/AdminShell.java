package io.comptoir.app.admin;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavLink;
import io.javalin.http.Context;

import java.util.Optional;

/** Around the territory's pages: the territory's name, and the way to the shops of an admin who also works for one. */
final class AdminShell implements BackOfficeShell {

    @Override
    public BackOffice backOffice() {
        return BackOffice.ADMIN;
    }

    @Override
    public String subject(Context ctx, Page page, long scope) {
        return page.t("site.name.place");
    }

    @Override
    public Optional<NavLink> switchLink(Context ctx, Page page, long scope) {
        return Viewer.of(ctx).shops().isEmpty() ? Optional.empty()
                : Optional.of(new NavLink(page.t("bo.shop.area"), BackOffice.MERCHANT.root(), false, Optional.empty()));
    }
}
