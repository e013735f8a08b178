package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavLink;
import io.comptoir.engine.api.account.Role;
import io.javalin.http.Context;

import java.util.Optional;

/** Around a trainer's pages: the trainer's name, and the way back to the territory's pages for an admin. */
final class TrainerShell implements BackOfficeShell {

    @Override
    public BackOffice backOffice() {
        return TrainingNav.TRAINER;
    }

    @Override
    public String subject(Context ctx, Page page, long scope) {
        return Viewer.of(ctx).requireAccount().displayName();
    }

    @Override
    public Optional<NavLink> switchLink(Context ctx, Page page, long scope) {
        return Viewer.of(ctx).has(Role.TERRITORY_ADMIN)
                ? Optional.of(new NavLink(page.t("bo.admin.area"), BackOffice.ADMIN.root(), false, Optional.empty())) : Optional.empty();
    }
}
