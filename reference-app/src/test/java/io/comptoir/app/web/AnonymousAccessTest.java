package io.comptoir.app.web;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.testkit.TestDatabase;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route by route, every route that is not open to anyone refuses an anonymous visitor — even one holding a valid
 * CSRF token: API routes with a 401 JSON error, pages by sending them to the sign-in page (and back).
 */
final class AnonymousAccessTest {
    private static TestDatabase database;
    private static TestMarketplace market;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void everyRouteThatNeedsAnAccountRefusesAnonymousVisitors() {
        WebSession anonymous = new WebSession(market);
        String csrf = anonymous.csrfToken();
        List<String> checked = new ArrayList<>();
        for (ParsedEndpoint parsed : market.app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            Roles roles = parsed.endpoint.metadata(Roles.class);
            Set<?> declared = roles == null ? Set.of() : roles.getRoles();
            if (!method.isHttpMethod() || method == HandlerType.HEAD || method == HandlerType.OPTIONS || declared.contains(AccessRole.ANYONE)) {
                continue;
            }
            String path = parsed.endpoint.path.replaceAll("\\{[^}]+}", "1");
            HttpRequest.Builder request = HttpRequest.newBuilder(market.uri(path)).header("X-CSRF-Token", csrf);
            if (method == HandlerType.GET) {
                request.GET();
            }
            else {
                request.header("Content-Type", "application/json").method(method.name(), HttpRequest.BodyPublishers.ofString("{}"));
            }
            HttpResponse<String> response = anonymous.send(request);
            String route = method + " " + parsed.endpoint.path;
            if (path.startsWith("/api/")) {
                assertThat(response.statusCode()).as(route).isEqualTo(401);
                assertThat(TestMarketplace.json(response).get("error").asText()).as(route).isEqualTo("unauthorized");
            }
            else {
                assertThat(response.statusCode()).as(route).isEqualTo(303);
                String expected = method == HandlerType.GET ? "/connexion?retour=" + URLEncoder.encode(path, StandardCharsets.UTF_8) : "/connexion";
                assertThat(response.headers().firstValue("Location")).as(route).contains(expected);
            }
            checked.add(route);
        }
        assertThat(checked).contains("GET /mon-compte", "POST /mon-compte/mot-de-passe", "GET /commande", "POST /commande",
                "GET /commandes/{id}", "POST /commandes/{id}/boutiques/{merchantOrderId}/annuler", "GET /mes-commandes",
                "POST /api/v1/checkout", "GET /api/v1/orders", "GET /api/v1/orders/{id}",
                "POST /api/v1/orders/{id}/merchant-orders/{merchantOrderId}/cancel", "GET /api/v1/auth/me", "POST /api/v1/auth/logout");
    }

    @Test
    void aFormPostedWithoutAnAccountComesBackToItsPageAfterSigningIn() {
        WebSession anonymous = new WebSession(market);
        HttpResponse<String> response = anonymous.postFields("/mon-compte/mot-de-passe", Map.of("_csrf", List.of(anonymous.csrfToken())),
                Optional.of(market.uri("/mon-compte").toString()));
        assertThat(response.headers().firstValue("Location")).contains("/connexion?retour=%2Fmon-compte");
        HttpResponse<String> foreign = anonymous.postFields("/commande", Map.of("_csrf", List.of(anonymous.csrfToken())),
                Optional.of("https://evil.example/commande"));
        assertThat(foreign.headers().firstValue("Location")).as("a foreign Referer is no return path").contains("/connexion");
        assertThat(foreign.headers().firstValue("Location").orElseThrow()).doesNotContain("evil");
    }
}
