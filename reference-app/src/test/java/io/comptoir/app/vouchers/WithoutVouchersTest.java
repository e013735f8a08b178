package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.AppConfig;
import io.comptoir.app.Features;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territory without a voucher programme ({@code DISABLED_FEATURES=vouchers}) runs neither the vouchers plugin nor its
 * web side: the marketplace boots and serves its other features, and no voucher page, link, navigation entry, role or
 * API operation is left; the same marketplace with every feature shows them, so the absences are the configuration's.
 */
final class WithoutVouchersTest {
    private static final String PASSWORD = "correct horse battery staple";

    @EachDatabase
    void withoutVouchersTheMarketplaceServesItsOtherFeaturesAndNoVoucherPageLinkRoleOrOperation(TestDatabase db) {
        Set<String> disabled = AppConfig.fromEnvironment(Map.of("DISABLED_FEATURES", "vouchers")).disabledFeatures();
        try (BackOfficeMarket market = BackOfficeMarket.start(db, Features.allBut(disabled), TestPlugins.allBut("vouchers"))) {
            assertThat(market.app.features()).doesNotContain("vouchers").contains("catalogue", "shopping", "merchant", "admin");
            Seen seen = visit(market);
            assertThat(seen.statuses).containsExactly(404, 404, 404, 404, 404, 404, 404);
            assertThat(seen.links).isEmpty();
            assertThat(seen.roles).doesNotContain("POINT_OF_SALE").contains("MERCHANT_STAFF");
            assertThat(seen.grantFields).doesNotContain("grant-pointOfSale").contains("grant-shop");
            assertThat(seen.operations).isEmpty();
            assertThat(seen.voucherFields).isZero();
            assertThat(seen.servedStatuses).containsOnly(200);
        }
    }

    @EachDatabase
    void withEveryFeatureTheSameVisitFindsTheVouchers(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db, Features.all(), TestPlugins.all())) {
            Seen seen = visit(market);
            assertThat(seen.statuses).doesNotContain(404);
            assertThat(seen.links).contains("/bons/solde", "/mes-bons", "/admin/bons");
            assertThat(seen.roles).contains("POINT_OF_SALE", "MERCHANT_STAFF");
            assertThat(seen.grantFields).contains("grant-pointOfSale", "grant-shop");
            assertThat(seen.operations).isNotEmpty();
            assertThat(seen.voucherFields).isOne();
            assertThat(seen.servedStatuses).containsOnly(200);
        }
    }

    /** What a visit of the voucher places and of the pages that would link to them finds. */
    private record Seen(List<Integer> statuses, List<String> links, List<String> roles, List<String> grantFields,
                        List<String> operations, int voucherFields, List<Integer> servedStatuses) {
    }

    private static Seen visit(BackOfficeMarket market) {
        Account admin = market.admin("Équipe du territoire");
        Session adminSession = market.session(admin);
        Account staff = market.staffOf("Paul Martin", market.catalogue.martin);
        Session staffSession = market.session(staff);
        String shop = "/espace-commercant/" + market.catalogue.martin.id();

        List<Integer> statuses = List.of(
                market.get("/bons/solde").statusCode(),
                market.get("/mes-bons", adminSession).statusCode(),
                market.get("/point-de-vente", adminSession).statusCode(),
                market.get("/admin/bons", adminSession).statusCode(),
                market.get(shop + "/bons", staffSession).statusCode(),
                market.apiGet("/api/v1/admin/vouchers/programmes", adminSession).statusCode(),
                market.apiGet("/api/v1/wallet", adminSession).statusCode());

        HttpResponse<String> home = market.get("/");
        HttpResponse<String> adminHome = market.get("/admin", adminSession);
        HttpResponse<String> shopHome = market.get(shop, staffSession);
        HttpResponse<String> adminAccount = market.get("/admin/comptes/" + staff.id(), adminSession);
        List<String> links = new ArrayList<>();
        for (HttpResponse<String> response : List.of(home, adminHome, shopHome)) {
            page(response).select("a[href]").forEach(a -> {
                String href = a.attr("href");
                if (href.equals("/bons/solde") || href.equals("/mes-bons") || href.startsWith("/admin/bons")
                        || href.startsWith("/point-de-vente") || href.equals(shop + "/bons")) {
                    links.add(href);
                }
            });
        }
        List<String> roles = market.engine.accounts().roles().stream().map(Role::name).toList();
        List<String> grantFields = page(adminAccount).select("[id^=grant-]").eachAttr("id");

        JsonNode document = BackOfficeMarket.json(market.get("/openapi.json"));
        List<String> operations = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(path -> {
            if (path.contains("voucher") || path.startsWith("/api/v1/pos") || path.startsWith("/api/v1/wallet")) {
                operations.add(path);
            }
        });

        WebSession shopper = new WebSession(market::uri);
        shopper.register("Camille Client", "camille.client@exemple.fr", PASSWORD);
        shopper.addToCart(market.catalogue.honeyJar.variants().get(0).id().value(), 1);
        HttpResponse<String> checkout = shopper.get("/commande");
        Document checkoutPage = page(checkout);

        return new Seen(statuses, links, roles, grantFields, operations, checkoutPage.select(".vouchers").size(),
                List.of(home.statusCode(), adminHome.statusCode(), shopHome.statusCode(), adminAccount.statusCode(),
                        market.get("/boutiques").statusCode(), checkout.statusCode()));
    }
}
