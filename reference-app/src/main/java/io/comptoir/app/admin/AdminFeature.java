package io.comptoir.app.admin;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;

import java.util.List;

/**
 * The territory's back-office ({@code /admin}) and its API ({@code /api/v1/admin}): the territory's figures, its settings
 * over its folder's defaults (home texts, featured shops, contact) with their history, the shops' life cycle, the
 * accounts and their roles (the plugins' included), every shop's orders, the mail sent, the delivery of the engine's
 * events (its subscriptions, what they retry and what they parked), the register of people's requests about their data
 * with the erasure of an account for someone who asked, and the import of the territory's spreadsheets of shops and
 * products.
 */
public final class AdminFeature implements WebFeature {

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public List<BackOfficeShell> backOffices(Marketplace marketplace) {
        return List.of(new AdminShell());
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.backOffice(10, BackOffice.ADMIN.areaKey(), BackOffice.ADMIN.root(), AccessRole.TERRITORY_ADMIN));
    }

    @Override
    public List<NavEntry> navigation(Marketplace marketplace) {
        return AdminNav.entries(marketplace);
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new AdminApiSection(), new PrivacyAdminApiSection(), new TerritorySettingsApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        RoleChoices roles = new RoleChoices(context.marketplace().accounts(), context.roles());
        CsvImport imports = new CsvImport(context.marketplace().catalogueImport(), context.marketplace().catalogue(), context.territory());
        new AdminBackOffice(context.marketplace(), context.pages(), context.backOffices(), roles, imports, context.content()).register(routes);
        new AdminApi(context.marketplace(), roles).register(routes);
        new TerritorySettingsApi(context.marketplace().territory(), context.content(), context.pages()).register(routes);
        new EventDeliveriesApi(context.marketplace()).register(routes);
        new PrivacyAdminApi(context.marketplace()).register(routes);
    }
}
