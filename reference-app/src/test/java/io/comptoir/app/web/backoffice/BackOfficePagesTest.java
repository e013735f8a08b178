package io.comptoir.app.web.backoffice;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Every back-office page answers in French and in English, passes the structural accessibility checks, and runs no script. */
final class BackOfficePagesTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static Session staff;
    private static Session admin;
    private static List<String> staffPages;
    private static List<String> adminPages;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        TestCatalogue c = market.catalogue;
        Account staffAccount = market.staffOf("Camille Martin", c.martin, c.training);
        staff = market.session(staffAccount);
        admin = market.session(market.admin("Équipe territoire"));
        MerchantOrder part = BackOfficeMarket.partOf(market.order(market.shopper("Dominique Lefebvre"), BackOfficeMarket.card(),
                Map.of(c.boots.variants().get(0), 1)), c.martin);
        market.get("/");
        String shop = "/espace-commercant/" + c.martin.id();
        staffPages = List.of("/espace-commercant", shop, shop + "/commandes", shop + "/commandes?statut=PLACED",
                shop + "/commandes/" + part.id(), shop + "/produits", shop + "/produits/nouveau", shop + "/produits/" + c.boots.id(),
                shop + "/profil", shop + "/retrait-livraison", shop + "/banque", "/espace-commercant/" + c.training.id());
        adminPages = List.of("/admin", "/admin/boutiques", "/admin/boutiques?statut=LIVE&q=martin", "/admin/boutiques/" + c.training.id(),
                "/admin/comptes", "/admin/comptes?role=MERCHANT_STAFF", "/admin/comptes/" + staffAccount.id(), "/admin/commandes",
                "/admin/commandes/" + part.id(), "/admin/courriels", "/admin/evenements", "/admin/evenements/engine.order-mails",
                "/admin/evenements/engine.order-mails/repositionner?vers=after_event&evenement=1");
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void everyMerchantPageIsFrenchAccessibleAndNotCached() {
        for (String path : staffPages) {
            HttpResponse<String> response = market.get(path, staff);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).as(path).isEqualToIgnoringCase("text/html;charset=utf-8");
            Document page = parse(response);
            assertAccessible(page, "fr");
            assertThat(page.select("nav.bo-nav a[aria-current=page]").size()).as(path).isLessThanOrEqualTo(1);
            assertThat(page.select("form[method=post]")).as(path)
                    .allSatisfy(form -> assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(staff.csrfToken()));
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        }
    }

    @Test
    void everyAdminPageIsFrenchAndAccessible() {
        for (String path : adminPages) {
            HttpResponse<String> response = market.get(path, admin);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = parse(response);
            assertAccessible(page, "fr");
            assertThat(page.select("form[method=post]")).as(path)
                    .allSatisfy(form -> assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(admin.csrfToken()));
        }
    }

    @Test
    void theBackOfficesAreAvailableInEnglish() {
        for (String path : List.of(staffPages.get(1), staffPages.get(4), staffPages.get(7), staffPages.get(8))) {
            Document page = parse(market.send(HttpRequest.newBuilder(market.uri(path + (path.contains("?") ? "&" : "?") + "lang=en"))
                    .header("Cookie", BackOfficeMarket.cookie(staff)).GET().build()));
            assertAccessible(page, "en");
            assertThat(page.text()).doesNotContain("??");
        }
        Document admin = parse(market.send(HttpRequest.newBuilder(market.uri("/admin?lang=en"))
                .header("Cookie", BackOfficeMarket.cookie(BackOfficePagesTest.admin)).GET().build()));
        assertAccessible(admin, "en");
        assertThat(admin.select("h1").text()).isEqualTo("The territory in figures");
    }

    @Test
    void noPageShowsAMissingText() {
        for (String path : staffPages) {
            assertThat(market.get(path, staff).body()).as(path).doesNotContain("??bo.");
        }
        for (String path : adminPages) {
            assertThat(market.get(path, admin).body()).as(path).doesNotContain("??bo.");
        }
    }

    @Test
    void unknownThingsArePagesInFrenchWith404() {
        String shop = "/espace-commercant/" + market.catalogue.martin.id();
        for (String path : List.of(shop + "/commandes/999999", shop + "/produits/999999", shop + "/commandes/abc", "/admin/boutiques/999999",
                "/admin/comptes/999999")) {
            HttpResponse<String> response = market.get(path, path.startsWith("/admin") ? admin : staff);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(parse(response).select("h1").text()).as(path).isEqualTo("Page introuvable");
        }
        HttpResponse<String> admins = market.get("/espace-commercant/999999", admin);
        assertThat(admins.statusCode()).as("an admin may open any shop, but not one that does not exist").isEqualTo(404);
    }
}
