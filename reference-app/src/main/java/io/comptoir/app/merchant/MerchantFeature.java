package io.comptoir.app.merchant;

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
 * The merchant back-office ({@code /espace-commercant}) and its API ({@code /api/v1/merchant}): a shop's staff run
 * their orders, products, stock, profile, collection and delivery, and bank details.
 */
public final class MerchantFeature implements WebFeature {

    @Override
    public String name() {
        return "merchant";
    }

    @Override
    public List<BackOfficeShell> backOffices(Marketplace marketplace) {
        return List.of(new MerchantShell(marketplace.merchants()));
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.backOffice(20, BackOffice.MERCHANT.areaKey(), BackOffice.MERCHANT.root(), AccessRole.MERCHANT_STAFF));
    }

    @Override
    public List<NavEntry> navigation(Marketplace marketplace) {
        return MerchantNav.entries(marketplace);
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new MerchantApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        CsvImport imports = new CsvImport(context.marketplace().catalogueImport(), context.marketplace().catalogue(), context.territory());
        new MerchantBackOffice(context.marketplace(), context.pages(), context.backOffices(), imports).register(routes);
        new MerchantApi(context.marketplace(), context.links()).register(routes);
        new StaffApi(context.marketplace(), context.resetLinks()).register(routes);
    }
}
