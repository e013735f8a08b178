package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * The territory's back-office ({@code /admin}), for its marketplace team: the dashboard with the figures the territory
 * reports, the settings it changes often (home texts, featured shops, contact), the shops and their life cycle, the
 * accounts and their roles, every shop's orders, the mail the marketplace sent, the delivery of the engine's events to
 * their subscriptions, and the import of its spreadsheets.
 */
final class AdminBackOffice {
    static final AccessRole ADMIN = AccessRole.TERRITORY_ADMIN;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final BackOffices backOffices;
    private final RoleChoices roles;
    private final CsvImport imports;
    private final TerritoryContent content;

    AdminBackOffice(Marketplace marketplace, PageFactory pages, BackOffices backOffices, RoleChoices roles, CsvImport imports,
                    TerritoryContent content) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
        this.roles = requireNonNull(roles, "roles is null");
        this.imports = requireNonNull(imports, "imports is null");
        this.content = requireNonNull(content, "content is null");
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.ROOT, this::dashboard, ADMIN);
        new ShopAdminPages(this).register(routes);
        new AccountAdminPages(this).register(routes);
        new PrivacyAdminPages(this).register(routes);
        new OrderOverviewPages(this).register(routes);
        new MailPages(this).register(routes);
        new EventDeliveryPages(this).register(routes);
        new ImportPages(this, imports).register(routes);
        new TerritorySettingsPages(this, content).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    RoleChoices roles() {
        return roles;
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The layout of a page of this back-office, {@code current} being lit in the navigation. */
    BackOfficeFrame frame(Context ctx, String current) {
        return backOffices.frame(ctx, current, 0);
    }

    /** After a change: back where the form said (a page of this back-office only), saying what was done. */
    static void redirectDone(Context ctx, String back, String fallback, String flash) {
        AfterChange.redirectBack(ctx, back, BackOffice.ADMIN, fallback, flash);
    }

    private void dashboard(Context ctx) {
        BackOfficeFrame frame = frame(ctx, AdminNav.DASHBOARD);
        TerritoryDashboard data = TerritoryDashboard.of(marketplace);
        PageFactory.render(ctx, "admin/dashboard.jte", new AdminDashboardView(frame, data,
                VisitsChart.of(frame.page(), data.visits(), data.today()), backOffices.tallies(frame.page(), BackOffice.ADMIN, 0)));
    }
}
