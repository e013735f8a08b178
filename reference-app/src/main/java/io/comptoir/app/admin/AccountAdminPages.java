package io.comptoir.app.admin;

import io.comptoir.app.Marketplace;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.backoffice.Formats;
import io.comptoir.app.backoffice.Notice;
import io.comptoir.app.backoffice.Problems;
import io.comptoir.app.shop.Pager;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.vouchers.api.VoucherRoles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    private final RoleChanges changes;

    AccountAdminPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
        this.changes = new RoleChanges(marketplace.accounts(), marketplace.merchants());
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.ACCOUNTS, this::list, AdminBackOffice.ADMIN);
        routes.get(AdminPaths.ACCOUNTS + "/{accountId}", this::detail, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/roles", this::grant, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/roles/retirer", this::revoke, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.ACCOUNTS + "/{accountId}/etat", this::setActive, AdminBackOffice.ADMIN);
    }

    static Role role(List<Role> roles, String field, String text) {
        return roles.stream().filter(role -> role.name().equals(text.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> InvalidInputException.invalid(field, field + " must be one of " + roles));
    }

    private void list(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminSection.ACCOUNTS);
        Page page = frame.page();
        QueryParams params = new QueryParams(ctx);
        Optional<Role> role = params.text("role", 20).map(text -> role(marketplace.accounts().roles(), "role", text));
        Optional<String> query = params.text("q", 254);
        int pageNumber = params.integer("page", 1, 1, 10_000);
        AccountFilter filter = new AccountFilter(role, query, (pageNumber - 1) * PER_PAGE, PER_PAGE);
        int total = marketplace.accounts().count(filter);
        RoleLabels labels = new RoleLabels(page, marketplace.merchants());
        List<AccountListView.Row> rows = marketplace.accounts().find(filter).stream().map(account -> new AccountListView.Row(
                account.email(), AdminPaths.account(account.id().value()), account.displayName(), roles(account, labels),
                account.active(), Formats.dateTime(page, account.createdAt()))).toList();
        List<AccountListView.Choice> roles = marketplace.accounts().roles().stream()
                .map(each -> new AccountListView.Choice(each.name(), page.t("bo.role." + each.name()), role.equals(Optional.of(each)))).toList();
        String filterQuery = role.map(r -> "role=" + r.name() + "&").orElse("") + query.map(q -> "q=" + Paths.encodeQuery(q) + "&").orElse("");
        PageFactory.render(ctx, "admin/accounts.jte", new AccountListView(frame, roles, query.orElse(""), total, rows,
                Pager.of(pageNumber, Math.max(1, (total + PER_PAGE - 1) / PER_PAGE), number -> AdminPaths.ACCOUNTS + "?" + filterQuery + "page=" + number),
                role.isPresent() || query.isPresent()));
    }

    private List<String> roles(Account account, RoleLabels labels) {
        return account.grants().stream().sorted(Comparator.comparing((RoleGrant grant) -> marketplace.accounts().roles().indexOf(grant.role())).thenComparing(RoleGrant::toString))
                .map(labels::of).toList();
    }

    private Account account(Context ctx) {
        return changes.require(new AccountId(PathParams.pageId(ctx, "accountId")));
    }

    private void detail(Context ctx) {
        render(ctx, account(ctx), Notice.none(), 200, "", "", "");
    }

    private void render(Context ctx, Account account, Optional<Notice> notice, int status, String role, String shop, String pointOfSale) {
        BackOfficeFrame frame = office.frame(ctx, AdminSection.ACCOUNTS).withNotice(notice);
        Page page = frame.page();
        RoleLabels labels = new RoleLabels(page, marketplace.merchants());
        List<AccountView.Grant> grants = account.grants().stream()
                .sorted(Comparator.comparing((RoleGrant grant) -> marketplace.accounts().roles().indexOf(grant.role())).thenComparing(RoleGrant::toString))
                .map(grant -> new AccountView.Grant(labels.of(grant), grant.role().name(),
                        grant.scope().isPresent() ? Long.toString(grant.scope().getAsLong()) : "", !grant.role().equals(Role.SHOPPER)))
                .toList();
        List<AccountView.Choice> roles = marketplace.accounts().roles().stream().filter(each -> !each.equals(Role.SHOPPER))
                .map(each -> new AccountView.Choice(each.name(), page.t("bo.role." + each.name()), each.name().equals(role))).toList();
        List<AccountView.Choice> shops = marketplace.merchants().find(MerchantFilter.all()).stream()
                .sorted(Comparator.comparing(Merchant::name))
                .map(each -> new AccountView.Choice(each.id().toString(), each.name(), each.id().toString().equals(shop))).toList();
        boolean self = Viewer.of(ctx).account().map(viewer -> viewer.id().equals(account.id())).orElse(false);
        ctx.status(status);
        PageFactory.render(ctx, "admin/account.jte", new AccountView(frame, account, Formats.dateTime(page, account.createdAt()), grants,
                roles, shops, pointOfSale, AdminPaths.account(account.id().value()), self));
    }

    private void grant(Context ctx) {
        Account account = account(ctx);
        FormParams form = new FormParams(ctx);
        String roleText = form.raw("role");
        String shop = form.raw("shop");
        String pointOfSale = form.raw("pointOfSale");
        try {
            Role role = role(marketplace.accounts().roles(), "role", roleText);
            OptionalLong scope = OptionalLong.empty();
            String scopeField = role.equals(VoucherRoles.POINT_OF_SALE) ? "pointOfSale" : "shop";
            if (role.equals(Role.MERCHANT_STAFF) && !shop.isEmpty()) {
                scope = OptionalLong.of(form.id("shop"));
            }
            if (role.equals(VoucherRoles.POINT_OF_SALE) && !pointOfSale.isEmpty()) {
                scope = OptionalLong.of(form.id("pointOfSale"));
            }
            RoleGrant grant = changes.grantOf(role, scope, scopeField);
            changes.grant(account, grant, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), "role-granted");
        }
        catch (InvalidInputException e) {
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 400, roleText, shop, pointOfSale);
        }
    }

    private void revoke(Context ctx) {
        Account account = account(ctx);
        FormParams form = new FormParams(ctx);
        Role role = role(marketplace.accounts().roles(), "role", form.raw("role"));
        OptionalLong scope = form.raw("scope").isEmpty() ? OptionalLong.empty() : OptionalLong.of(form.id("scope"));
        try {
            RoleGrant grant = new RoleGrant(role, scope);
            changes.revoke(account, grant, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, null, AdminPaths.account(account.id().value()), "role-revoked");
        }
        catch (ConflictException e) {
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "", "", "");
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
            render(ctx, account, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "", "", "");
        }
    }
}
