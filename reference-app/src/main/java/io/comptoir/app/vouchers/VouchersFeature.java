package io.comptoir.app.vouchers;

import io.comptoir.app.feature.DemoSeed;
import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.FeatureRole;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.comptoir.engine.api.Actor;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.api.VoucherSeeds;
import io.javalin.config.RoutesConfig;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vouchers plugin on the web, every page and API of it: the shopper's wallet ({@code /mes-bons}) and the public
 * balance check ({@code /bons/solde}), the till of a point of sale ({@code /point-de-vente}), a shop's counter and
 * statements ({@code /espace-commercant/{merchantId}/bons}), the territory's programmes, funders, points of sale,
 * stock, lost vouchers, statements and audit ({@code /admin/bons}), and their JSON API.
 */
public final class VouchersFeature implements WebFeature {
    private static final Actor SEEDER = Actor.system("demo-seed");

    @Override
    public String name() {
        return "vouchers";
    }

    @Override
    public Optional<String> plugin() {
        return Optional.of("vouchers");
    }

    @Override
    public boolean runsOn(Marketplace marketplace) {
        return marketplace.plugin(Programmes.class).isPresent();
    }

    @Override
    public List<FeatureRole> roles() {
        return List.of(FeatureRole.scoped(VoucherRoles.POINT_OF_SALE, new FeatureRole.Scope("pointOfSale", "vo.role.scope",
                "vo.role.scope.hint", "vo.role.scoped", "give the point of sale's number")));
    }

    @Override
    public List<BackOfficeShell> backOffices(Marketplace marketplace) {
        return List.of(new PointOfSaleShell(marketplace));
    }

    @Override
    public List<NavEntry> navigation(Marketplace marketplace) {
        return VoucherNav.entries();
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.footer(50, "footer.vouchers.balance", "/bons/solde"), SiteLink.footer(60, "footer.vouchers.wallet", "/mes-bons"),
                SiteLink.backOffice(30, VoucherNav.POINT_OF_SALE.areaKey(), VoucherNav.POINT_OF_SALE.root(), AccessRole.of(VoucherRoles.POINT_OF_SALE)));
    }

    @Override
    public List<String> csrfExempt() {
        return List.of(BalanceApi.PATH);
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new VouchersApiSection(), new VoucherBackOfficeApiSection());
    }

    @Override
    public Optional<DemoSeed> demoSeed(Marketplace marketplace) {
        return marketplace.plugin(VoucherSeeds.class).map(seeds -> new DemoSeed() {
            @Override
            public String file() {
                return "vouchers.json";
            }

            @Override
            public boolean isEmpty() {
                return seeds.isEmpty();
            }

            @Override
            public String load(InputStream stream, String password) {
                return seeds.load(stream, password, SEEDER).toString();
            }
        });
    }

    @Override
    public Map<String, String> engineProperties(String siteAddress) {
        return Map.of("vouchers.wallet-url", siteAddress + WalletPage.PATH);
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        Marketplace marketplace = context.marketplace();
        new PointOfSaleBackOffice(marketplace, context.pages(), context.backOffices()).register(routes);
        new PointOfSaleApi(marketplace).register(routes);
        new BalancePage(marketplace, context.pages()).register(routes);
        new BalanceApi(marketplace).register(routes);
        new WalletPage(marketplace, context.pages()).register(routes);
        new WalletApi(marketplace).register(routes);
        new ShopVoucherPages(marketplace, context.pages(), context.backOffices()).register(routes);
        new MerchantVoucherApi(marketplace).register(routes);
        new VoucherAdminPages(marketplace, context.pages(), context.backOffices(), context.resetLinks()).register(routes);
        new AdminVoucherApi(marketplace, context.resetLinks()).register(routes);
    }
}
