package io.comptoir.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The territory's dashboard shows the figures of a known marketplace, read live, and counts each visitor once a day. */
final class TerritoryDashboardTest {

    @EachDatabase
    void theDashboardShowsTheFiguresOfAKnownMarketplace(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            TestCatalogue c = market.catalogue;
            AdminBackOfficeTest.applicant(market, "Fleurs de l’Aa");
            AdminBackOfficeTest.applicant(market, "Primeur du Haut-Pont");
            market.engine.merchants().changeStatus(c.lumbroise.id(), MerchantStatus.SUSPENDED, TestCatalogue.ADMIN);
            market.shopper("Camille Client");
            market.shopper("Dominique Client");
            market.staffOf("Paul Apiculteur", c.rucher);
            Session admin = market.session(market.admin("Équipe territoire"));
            int accounts = 2; // Camille and Dominique: the staff's and the admin's accounts, opened for a job, are no customers

            Document page = parse(market.get("/admin", admin));

            assertThat(figure(page, "/admin/boutiques?statut=LIVE")).isEqualTo("2");
            assertThat(figure(page, "/admin/boutiques?statut=ONBOARDING")).isEqualTo("1");
            assertThat(figure(page, "/admin/boutiques?statut=APPLICANT")).isEqualTo("2");
            assertThat(figure(page, "/admin/boutiques?statut=SUSPENDED")).isEqualTo("1");
            assertThat(figure(page, "/admin/comptes?role=SHOPPER")).isEqualTo(Integer.toString(accounts));
            assertThat(page.select(".stat").stream().map(Element::text)).anySatisfy(text -> assertThat(text).isEqualTo("6 produits en ligne"));
            assertThat(page.select(".stat").stream().map(Element::text)).as("one is singular")
                    .contains("1 boutique suspendue", "1 commerçant en formation", "2 boutiques à approuver", "2 comptes clients");

            JsonNode api = BackOfficeMarket.json(market.apiGet("/api/v1/admin/dashboard", admin));
            assertThat(api.get("shops").get("LIVE").asInt()).isEqualTo(2);
            assertThat(api.get("shops").get("ONBOARDING").asInt()).isEqualTo(1);
            assertThat(api.get("shops").get("APPLICANT").asInt()).isEqualTo(2);
            assertThat(api.get("shops").get("SUSPENDED").asInt()).isEqualTo(1);
            assertThat(api.get("shoppers").asInt()).isEqualTo(accounts);
            assertThat(api.get("visibleProducts").asInt()).isEqualTo(c.visibleProducts().size() - 1);
            assertThat(api.get("visits").get("days")).hasSize(30);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            assertThat(api.get("visits").get("to").asText()).isEqualTo(today.toString());
            assertThat(api.get("visits").get("from").asText()).isEqualTo(today.minusDays(29).toString());
        }
    }

    @EachDatabase
    void aVisitorIsCountedOnceADayAndOnlyOnShopperPages(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            TestCatalogue c = market.catalogue;
            Session admin = market.session(market.admin("Équipe territoire"));

            HttpResponse<String> first = market.get("/");
            HttpCookie visitor = HttpCookie.parse(first.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith("comptoir_visitor=")).findFirst().orElseThrow()).get(0);
            assertThat(visitor.getValue()).matches("[A-Za-z0-9_-]{43}");
            assertThat(visitor.isHttpOnly()).isTrue();
            assertThat(first.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header).contains("comptoir_visitor=")
                    .containsIgnoringCase("SameSite=Lax").contains("Max-Age=31536000").containsIgnoringCase("HttpOnly"));
            for (String path : List.of("/recherche?q=miel", "/boutiques", "/produits/" + c.honeyJar.id() + "-" + c.honeyJar.slug())) {
                HttpResponse<String> again = market.send(HttpRequest.newBuilder(market.uri(path))
                        .header("Cookie", "comptoir_visitor=" + visitor.getValue()).GET().build());
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.headers().allValues("Set-Cookie")).noneSatisfy(header -> assertThat(header).startsWith("comptoir_visitor="));
            }
            market.send(HttpRequest.newBuilder(market.uri("/communes")).header("Cookie", "comptoir_visitor=AnotherVisitorOfTheSiteXXXXXXXXXXXXXXXXXXXXX").GET().build());
            for (String notAVisit : List.of("/api/v1/products", "/openapi.json", "/robots.txt", "/health")) {
                HttpResponse<String> response = market.get(notAVisit);
                assertThat(response.headers().allValues("Set-Cookie")).as(notAVisit)
                        .noneSatisfy(header -> assertThat(header).startsWith("comptoir_visitor="));
            }
            market.get("/admin", admin);
            market.get("/espace-commercant", admin);
            market.send(HttpRequest.newBuilder(market.uri("/")).header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)").GET().build());

            JsonNode visits = BackOfficeMarket.json(market.apiGet("/api/v1/admin/dashboard", admin)).get("visits");
            JsonNode today = visits.get("days").get(29);
            assertThat(today.get("date").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
            assertThat(today.get("visits").asLong()).isEqualTo(2);
            assertThat(visits.get("total").asLong()).isEqualTo(2);
            Document page = parse(market.get("/admin", admin));
            assertThat(page.select("svg[role=img] rect.chart__bar")).hasSize(30);
            assertThat(page.select("svg[role=img] rect.chart__bar--today title").text()).endsWith("2 visites");
            assertThat(page.select(".chart-data tbody tr")).hasSize(30);
            assertThat(page.select(".chart-data tbody tr").last().select("td").text()).isEqualTo("2");
            assertThat(Optional.ofNullable(page.selectFirst("svg desc")).map(Element::text).orElse("")).contains("2 visites");
        }
    }

    private static String figure(Document page, String link) {
        Element stat = page.selectFirst("a.stat__link[href=" + link + "] .stat__number");
        assertThat(stat).as(link).isNotNull();
        return stat.text();
    }
}
