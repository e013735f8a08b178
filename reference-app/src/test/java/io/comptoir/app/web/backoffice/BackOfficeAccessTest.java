package io.comptoir.app.web.backoffice;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office route, enumerated from Javalin's router, declares its roles and refuses whoever lacks them: anonymous
 * callers (401), shoppers (403), shop staff on the territory's routes (403), and the staff of one shop on another
 * shop's routes (403).
 */
final class BackOfficeAccessTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static List<BackOfficeRoutes.Route> routes;
    private static Session shopper;
    private static Session martinStaff;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        routes = BackOfficeRoutes.of(market.app);
        shopper = market.session(market.shopper("Dominique Lefebvre"));
        Account staff = market.staffOf("Camille Martin", c.martin);
        martinStaff = market.session(staff);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void theBackOfficesHaveTheirRoutes() {
        assertThat(routes).extracting(BackOfficeRoutes.Route::toString).contains(
                "GET /espace-commercant", "GET /espace-commercant/{merchantId}", "POST /espace-commercant/{merchantId}/commandes/{orderId}/actions",
                "POST /espace-commercant/{merchantId}/produits/{productId}/images", "GET /admin", "POST /admin/boutiques/{merchantId}/statut",
                "GET /api/v1/merchant/{merchantId}/orders", "PUT /api/v1/merchant/{merchantId}/products/{productId}/variants/{variantId}/stock",
                "POST /api/v1/merchant/{merchantId}/images", "GET /api/v1/admin/dashboard", "DELETE /api/v1/admin/accounts/{accountId}/roles/{role}");
        assertThat(routes).hasSizeGreaterThan(50);
    }

    @Test
    void everyBackOfficeRouteDeclaresBackOfficeRolesOnly() {
        for (BackOfficeRoutes.Route route : routes) {
            if (route.isAdmin()) {
                assertThat(BackOfficeRoutes.declaresOnly(route, AccessRole.TERRITORY_ADMIN)).as(route.toString()).isTrue();
            }
            else {
                assertThat(BackOfficeRoutes.declaresOnly(route, AccessRole.MERCHANT_STAFF, AccessRole.TERRITORY_ADMIN)).as(route.toString()).isTrue();
            }
        }
    }

    @Test
    void everyBackOfficeRouteRefusesAnonymousCallers() {
        for (BackOfficeRoutes.Route route : routes) {
            HttpResponse<String> response = market.send(request(route, c.martin.id().value()).build());
            if (route.isApi()) {
                assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
                assertThat(BackOfficeMarket.json(response).get("error").asText()).as(route.toString()).isEqualTo("unauthorized");
            }
            else {
                // a page sends the visitor to sign in, and back afterwards
                assertThat(response.statusCode()).as(route.toString()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).as(route.toString()).hasValueSatisfying(location ->
                        assertThat(location).startsWith("/connexion"));
            }
        }
    }

    @Test
    void everyBackOfficeRouteRefusesAShopper() {
        for (BackOfficeRoutes.Route route : routes) {
            HttpResponse<String> response = market.send(request(route, c.martin.id().value())
                    .header("Authorization", "Bearer " + shopper.token()).build());
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void theTerritorysRoutesRefuseShopStaff() {
        for (BackOfficeRoutes.Route route : routes.stream().filter(BackOfficeRoutes.Route::isAdmin).toList()) {
            HttpResponse<String> response = market.send(request(route, c.martin.id().value())
                    .header("Authorization", "Bearer " + martinStaff.token()).build());
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void anotherShopsRoutesRefuseAShopsStaff() {
        List<BackOfficeRoutes.Route> shopRoutes = routes.stream().filter(BackOfficeRoutes.Route::namesShop).toList();
        assertThat(shopRoutes).hasSizeGreaterThan(30);
        for (BackOfficeRoutes.Route route : shopRoutes) {
            HttpResponse<String> response = market.send(request(route, c.rucher.id().value())
                    .header("Authorization", "Bearer " + martinStaff.token()).build());
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedEvenToTheShopsStaff() {
        HttpResponse<String> response = market.send(HttpRequest.newBuilder(market.uri("/espace-commercant/" + c.martin.id() + "/produits/"
                        + c.boots.id() + "/visibilite")).header("Cookie", BackOfficeMarket.cookie(martinStaff))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("hidden=true")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(market.engine.catalogue().requireProduct(c.boots.id()).hidden()).isFalse();
    }

    private static HttpRequest.Builder request(BackOfficeRoutes.Route route, long merchantId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(market.uri(route.with(merchantId, 1)));
        return switch (route.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", "application/json").method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        };
    }
}
