package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The register of people's requests about their data ({@code /admin/donnees-personnelles}): each export and erasure,
 * whether the person made it or an admin for them (from the account's page, see {@link AccountAdminPages}).
 */
final class PrivacyAdminPages {
    static final int SHOWN = 200;

    private final AdminBackOffice office;
    private final Marketplace marketplace;

    PrivacyAdminPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.PRIVACY, this::register, AdminBackOffice.ADMIN);
    }

    private void register(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.PRIVACY);
        Page page = frame.page();
        Map<Long, Optional<Account>> accounts = new HashMap<>();
        List<PrivacyRequestsView.Row> rows = marketplace.privacy().requests(0, SHOWN).stream().map(request -> new PrivacyRequestsView.Row(
                Formats.dateTime(page, request.at()), Formats.iso(page, request.at()),
                        page.t("bo.admin.privacy.kind." + request.kind().name()),
                who(accounts, request.person().value()), AdminPaths.account(request.person().value()),
                request.actor().equals(Actor.account(request.person().value()).toString()) ? page.t("bo.admin.privacy.bySelf")
                        : by(accounts, request.actor())))
                .toList();
        PageFactory.render(ctx, "admin/privacy.jte", new PrivacyRequestsView(frame, rows));
    }

    private String who(Map<Long, Optional<Account>> accounts, long id) {
        return accounts.computeIfAbsent(id, key -> marketplace.accounts().account(new AccountId(key)))
                .map(account -> account.displayName() + " · " + account.email()).orElse("#" + id);
    }

    private String by(Map<Long, Optional<Account>> accounts, String actor) {
        Actor parsed = Actor.parse(actor);
        return parsed.type().equals(Actor.ACCOUNT) ? who(accounts, Long.parseLong(parsed.id())) : actor;
    }
}
