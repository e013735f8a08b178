package io.comptoir.app;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node warms up before shoppers reach it: it sends itself its main pages while every other request is answered
 * "starting", then serves.
 */
final class WarmingTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void whileWarmingOnlyTheWarmUpsRequestsAreServedThenEveryone() throws Exception {
        Warming warming = new Warming();
        List<String> served = new CopyOnWriteArrayList<>();
        List<String> heardFromShoppers = new CopyOnWriteArrayList<>();
        Javalin site = Javalin.create(cfg -> {
            cfg.routes.before(warming::gate);
            cfg.routes.get("/", ctx -> {
                served.add("/ by " + ctx.header("User-Agent"));
                ctx.html("<h1>Accueil</h1>");
            });
            cfg.routes.get("/api/v1/products", ctx -> {
                served.add("/api/v1/products?" + ctx.queryString());
                if (warming.isWarm()) {
                    heardFromShoppers.add(ctx.fullUrl());
                }
                ctx.json(Map.of("items", List.of(Map.of("id", 42, "name", "Miel de bruyère, 500 g",
                        "url", "https://marche.example/produits/42-miel-de-bruyere"))));
            });
            cfg.routes.get("/api/v1/products/{id}", ctx -> {
                served.add("/api/v1/products/" + ctx.pathParam("id"));
                ctx.json(Map.of("id", 42));
            });
            cfg.routes.get("/recherche", ctx -> {
                served.add("/recherche?" + ctx.queryString());
                ctx.html("<ul></ul>");
            });
            cfg.routes.get("/produits/{slug}", ctx -> {
                served.add("/produits/" + ctx.pathParam("slug"));
                ctx.html("<h1>Miel</h1>");
            });
        }).start("127.0.0.1", 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + site.port() + "/");
            assertThat(get(base, "/", Map.of()).statusCode()).as("warm unless asked to warm up").isEqualTo(200);
            served.clear();

            warming.close();
            HttpResponse<String> starting = get(base, "/api/v1/products?q=miel", Map.of());
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(starting.body()).contains("Le marché démarre");
            assertThat(get(base, "/", Map.of(Warming.HEADER, "a-guess")).statusCode()).as("a forged warm-up").isEqualTo(503);
            assertThat(served).as("nothing served to others while warming").isEmpty();

            assertThat(warming.warmUp(base)).isEqualTo(10);

            assertThat(served).containsExactly("/api/v1/products?size=1",
                    "/ by comptoir-warm-up-bot", "/recherche?q=Miel", "/api/v1/products?q=Miel", "/api/v1/products/42",
                    "/produits/42-miel-de-bruyere",
                    "/ by comptoir-warm-up-bot", "/recherche?q=Miel", "/api/v1/products?q=Miel", "/api/v1/products/42",
                    "/produits/42-miel-de-bruyere");
            assertThat(heardFromShoppers).isEmpty();
            assertThat(warming.isWarm()).isTrue();
            assertThat(get(base, "/api/v1/products?q=miel", Map.of()).statusCode()).isEqualTo(200);
        }
        finally {
            site.stop();
        }
    }

    @Test
    void aSiteWithoutTheProductApiWarmsItsHomePage() throws Exception {
        Warming warming = new Warming();
        List<String> served = new CopyOnWriteArrayList<>();
        Javalin site = Javalin.create(cfg -> {
            cfg.routes.before(warming::gate);
            cfg.routes.get("/", ctx -> {
                served.add("/");
                ctx.html("<h1>Accueil</h1>");
            });
        }).start("127.0.0.1", 0);
        try {
            warming.close();
            assertThat(warming.warmUp(URI.create("http://127.0.0.1:" + site.port() + "/"))).isEqualTo(2);
            assertThat(served).containsExactly("/", "/");
            assertThat(warming.isWarm()).isTrue();
        }
        finally {
            site.stop();
        }
    }

    @Test
    void aSiteThatDoesNotAnswerEndsTheWarmUpAndTheNodeServes() {
        Warming warming = new Warming();
        warming.close();

        assertThat(warming.warmUp(URI.create("http://127.0.0.1:9/"))).isZero();
        assertThat(warming.isWarm()).isTrue();
    }

    private static HttpResponse<String> get(URI base, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
