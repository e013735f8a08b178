package io.comptoir.app.web;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A HEAD answers what the GET of the same address answers, headers and status alike, without the body. */
final class HeadRequestsTest {
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
    void aHeadOnAPageOrAnApiRouteHasTheHeadersOfItsGetAndNoBody() {
        for (String path : List.of("/", "/recherche?q=the", "/connexion", "/api/v1/products?q=the", "/openapi.json")) {
            HttpResponse<String> get = market.get(path);
            HttpResponse<String> head = market.send(HttpRequest.newBuilder(market.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            for (String header : List.of("Content-Type", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options")) {
                assertThat(head.headers().firstValue(header)).as(header + " of " + path).isEqualTo(get.headers().firstValue(header));
            }
            assertThat(head.headers().firstValue("Content-Type")).as(path).isPresent();
        }
    }

    @Test
    void aHeadOnAPageThatNeedsAnAccountIsRefusedAsItsGetIs() {
        HttpResponse<String> get = market.get("/mon-compte");
        HttpResponse<String> head = market.send(HttpRequest.newBuilder(market.uri("/mon-compte")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(get.statusCode()).isEqualTo(303);
        assertThat(head.headers().firstValue("Location")).isEqualTo(get.headers().firstValue("Location"));
    }
}
