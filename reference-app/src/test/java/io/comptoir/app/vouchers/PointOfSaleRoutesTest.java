package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.VoucherRoles;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the point-of-sale back-office and its API, found in the router (so a route added later is checked too),
 * declares the point-of-sale roles only and refuses anonymous callers, shoppers and the operator of another point of sale.
 */
final class PointOfSaleRoutesTest {
    private static final List<String> PREFIXES = List.of("/point-de-vente", "/api/v1/pos");

    private record Route(String method, String path, Set<?> roles) {
        boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    private static List<Route> routes(VoucherMarket market) {
        List<Route> routes = new ArrayList<>();
        for (ParsedEndpoint parsed : market.app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            if (parsed.endpoint.method.isHttpMethod() && parsed.endpoint.method != HandlerType.HEAD && PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
                Roles roles = parsed.endpoint.metadata(Roles.class);
                routes.add(new Route(parsed.endpoint.method.name().toUpperCase(Locale.ROOT), path, roles == null ? Set.of() : roles.getRoles()));
            }
        }
        return routes;
    }

    private static HttpRequest.Builder request(VoucherMarket market, Route route, long pointOfSale, long sale) {
        String path = route.path().replace("{pointOfSaleId}", Long.toString(pointOfSale)).replace("{saleId}", Long.toString(sale));
        HttpRequest.Builder request = HttpRequest.newBuilder(market.uri(path)).header("Idempotency-Key", "route-check-key");
        if (route.method().equals("GET")) {
            return request.GET();
        }
        return route.isApi() ? request.header("Content-Type", "application/json").method(route.method(), HttpRequest.BodyPublishers.ofString("{}"))
                : request.header("Content-Type", "application/x-www-form-urlencoded").method(route.method(), HttpRequest.BodyPublishers.ofString(""));
    }

    @EachDatabase
    void everyPointOfSaleRouteRefusesAnonymousCallersShoppersAndAnotherPointOfSalesOperator(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Sale sale = market.sellBooster(1);
            Session newsagent = market.session(market.newsagentOperator);
            Session shopper = market.session(market.shopper("Camille Client"));
            List<Route> routes = routes(market);
            assertThat(routes).extracting(route -> route.method() + " " + route.path()).contains("GET /point-de-vente",
                    "POST /point-de-vente/{pointOfSaleId}/ventes", "POST /point-de-vente/{pointOfSaleId}/ventes/{saleId}/annulation",
                    "POST /api/v1/pos/{pointOfSaleId}/sales", "POST /api/v1/pos/{pointOfSaleId}/stock-sales");
            assertThat(routes).hasSizeGreaterThanOrEqualTo(17);
            for (Route route : routes) {
                String name = route.method() + " " + route.path();
                assertThat(route.roles()).as(name).isEqualTo(Set.of(AccessRole.of(VoucherRoles.POINT_OF_SALE), AccessRole.TERRITORY_ADMIN));

                HttpResponse<String> anonymous = market.send(request(market, route, market.tobacconist.id(), sale.id()).build());
                assertThat(anonymous.statusCode()).as("anonymous on " + name).isIn(401, 303);

                HttpResponse<String> asShopper = market.send(request(market, route, market.tobacconist.id(), sale.id())
                        .header("Authorization", "Bearer " + shopper.token()).build());
                assertThat(asShopper.statusCode()).as("shopper on " + name).isEqualTo(403);

                if (route.path().contains("{pointOfSaleId}")) {
                    HttpResponse<String> asOther = market.send(request(market, route, market.tobacconist.id(), sale.id())
                            .header("Authorization", "Bearer " + newsagent.token()).build());
                    assertThat(asOther.statusCode()).as("newsagent on " + name).isEqualTo(403);
                }
            }
            assertThat(market.salesToday(market.tobacconist)).singleElement().extracting(Sale::status)
                    .isEqualTo(io.comptoir.vouchers.api.SaleStatus.COMPLETED);
            assertThat(market.salesToday(market.newsagent)).isEmpty();
        }
    }
}
