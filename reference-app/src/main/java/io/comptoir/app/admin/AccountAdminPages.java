package io.comptoir.app.admin;

import io.comptoir.app.feature.FeatureRole;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/comptes}: accounts by role and e-mail, and each account's roles (staff of a shop, point-of-sale operator,
 * trainer, admin) given and taken, and the account closed or reopened.
 */
final class AccountAdminPages {
    static final int PER_PAGE = 50;

    private final AdminBackOffice office;
    private final Marketplace marketplace;
    private final RoleChoices roles;
    private final RoleChanges changes;

    AccountAdminPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
        this.roles = office.roles();
        this.changes = new RoleChanges(marketplace.accounts(), marketplace.merchants(), roles);
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.ACCOUNTS, this::list, AdminBackOffice.ADMIN);
        routes.get(AdminPaths.ACCOUNTS + "/{accountId}", this::detail, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/roles", this::grant, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/roles/retirer", this::revoke, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/etat", this::setActive, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/effacement", this::erase, AdminBackOffice.ADMIN);
    }

    private Role role(String field, String text) {
        return roles.byName(text.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> InvalidInputException.invalid(field, field + " must be one of " + roles.all()));
    }

    private void list(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.ACCOUNTS);
        Page page = frame.page();
        QueryParams params = new QueryParams(ctx);
        Optional<Role> role = params.text("role", 20).map(text -> role("role", text));
        Optional<String> query = params.text("q", 254);
        int pageNumber = params.integer("page", 1, 1, 10_000);
        AccountFilter filter = new AccountFilter(role, query, (pageNumber - 1) * PER_PAGE, PER_PAGE);
        int total = marketplace.accounts().count(filter);
        RoleLabels labels = new RoleLabels(page, marketplace.merchants(), roles);
        List<AccountListView.Row> rows = marketplace.accounts().find(filter).stream().map(account -> new AccountListView.Row(
                account.email(), AdminPaths.account(account.id().value()), account.displayName(), roles(account, labels),
                account.active(), Formats.dateTime(page, account.createdAt()))).toList();
        List<AccountListView.Choice> choices = roles.all().stream()
                .map(each -> new AccountListView.Choice(each.name(), page.t("bo.role." + each.name()), role.equals(Optional.of(each)))).toList();
        String filterQuery = role.map(r -> "role=" + r.name() + "&").orElse("") + query.map(q -> "q=" + Paths.encodeQuery(q) + "&").orElse("");
        PageFactory.render(ctx, "admin/accounts.jte", new AccountListView(frame, choices, query.orElse(""), total, rows,
                Pager.of(pageNumber, Math.max(1, (total + PER_PAGE - 1) / PER_PAGE), number -> AdminPaths.ACCOUNTS + "?" + filterQuery + "page=" + number),
                role.isPresent() || query.isPresent()));
    }

    private List<String> roles(Account account, RoleLabels labels) {
        return account.grants().stream().sorted(Comparator.comparing((RoleGrant grant) -> roles.rank(grant.role())).thenComparing(RoleGrant::toString))
                .map(labels::of).toList();
    }

    private Account account(Context ctx) {
        return changes.require(new AccountId(PathParams.pageId(ctx, "accountId")));
    }

    private void detail(Context ctx) {
        render(ctx, account(ctx), Notice.none(), 200, "", "", Map.of());
    }

    private void render(Context ctx, Account account, Optional<Notice> notice, int status, String role, String shop, Map<String, String> scopes) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.ACCOUNTS).withNotice(notice);
        Page page = frame.page();
        RoleLabels labels = new RoleLabels(page, marketplace.merchants(), roles);
        List<AccountView.Grant> grants = account.grants().stream()
                .sorted(Comparator.comparing((RoleGrant grant) -> roles.rank(grant.role())).thenComparing(RoleGrant::toString))
                .map(grant -> new AccountView.Grant(labels.of(grant), grant.role().name(),
                        grant.scope().isPresent() ? Long.toString(grant.scope().getAsLong()) : "", !grant.role().equals(Role.SHOPPER)))
                .toList();
        List<AccountView.Choice> choices = roles.all().stream().filter(each -> !each.equals(Role.SHOPPER))
                .map(each -> new AccountView.Choice(each.name(), page.t("bo.role." + each.name()), each.name().equals(role))).toList();
        List<AccountView.ScopeField> scopeFields = roles.scopedFeatureRoles().stream().map(FeatureRole::scope).flatMap(Optional::stream)
                .map(scope -> new AccountView.ScopeField("grant-" + scope.field(), scope.field(), page.t(scope.labelKey()), page.t(scope.hintKey()),
                        scopes.getOrDefault(scope.field(), ""))).toList();
        List<AccountView.Choice> shops = marketplace.merchants().find(MerchantFilter.all()).stream()
                .sorted(Comparator.comparing(Merchant::name))
                .map(each -> new AccountView.Choice(each.id().toString(), each.name(), each.id().toString().equals(shop))).toList();
        boolean self = Viewer.of(ctx).account().map(viewer -> viewer.id().equals(account.id())).orElse(false);
        ctx.status(status);
        PageFactory.render(ctx, "admin/account.jte", new AccountView(frame, account, Formats.dateTime(page, account.createdAt()), grants,
                choices, shops, scopeFields, AdminPaths.account(account.id().value()), self, marketplace.privacy().erased(account.id())));
    }

    private void grant(Context ctx) {
        Account account = account(ctx);
        FormParams form = new FormParams(ctx);
        String roleText = form.raw("role");
        String shop = form.raw("shop");
        Map<String, String> scopes = new HashMap<>();
        roles.scopedFeatureRoles().forEach(each -> each.scope().ifPresent(scope -> scopes.put(scope.field(), form.raw(scope.field()))));
        try {
            Role role = role("role", roleText);
            String scopeField = roles.scopeOf(role).map(FeatureRole.Scope::field).orElse("shop");
            String scopeText = role.equals(Role.MERCHANT_STAFF) ? shop : roles.scopeOf(role).map(scope -> scopes.get(scope.field())).orElse("");
            OptionalLong scope = scopeText.isEmpty() ? OptionalLong.empty() : OptionalLong.of(form.id(scopeField));
            RoleGrant grant = changes.grantOf(role, scope, scopeField);
            changes.grant(account, grant, scopeField, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), "role-granted");
        }
        catch (InvalidInputException e) {
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 400, roleText, shop, scopes);
        }
    }

    private void revoke(Context ctx) {
        Account account = account(ctx);
        FormParams form = new FormParams(ctx);
        Role role = role("role", form.raw("role"));
        OptionalLong scope = form.raw("scope").isEmpty() ? OptionalLong.empty() : OptionalLong.of(form.id("scope"));
        try {
            RoleGrant grant = new RoleGrant(role, scope);
            changes.revoke(account, grant, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), "role-revoked");
        }
        catch (ConflictException e) {
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "", "", Map.of());
        }
    }

    /**
     * Erases the account's personal data for its holder, who asked by mail or at the counter: confirmed by a box, recorded
     * under the admin's name. One's own account is erased from one's account page, with one's password.
     */
    private void erase(Context ctx) {
        Account account = account(ctx);
        Page page = office.page(ctx);
        if (Viewer.of(ctx).requireAccount().id().equals(account.id())) {
            render(ctx, account, Optional.of(Notice.problem(page.t("bo.admin.account.erase.self"))), 409, "", "", Map.of());
            return;
        }
        if (!new FormParams(ctx).checked("confirm")) {
            render(ctx, account, Optional.of(Notice.problem(page.t("bo.admin.account.erase.unconfirmed"))), 400, "", "", Map.of());
            return;
        }
        try {
            marketplace.privacy().erase(account.id(), Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), "account-erased");
        }
        catch (ConflictException e) {
            render(ctx, account, Optional.of(Notice.problem(page.t("bo.admin.account.erase.already"))), 409, "", "", Map.of());
        }
    }

    private void setActive(Context ctx) {
        Account account = account(ctx);
        boolean active = new FormParams(ctx).bool("active");
        try {
            changes.setActive(account, active, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), active ? "account-reopened" : "account-closed");
        }
        catch (ConflictException e) {
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "", "", Map.of());
        }
    }
}
