package io.comptoir.app.catalogue;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /assets/{key}} serves the asset store's pictures. */
final class AssetsRouteTest {
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
    void aStoredPictureIsServedWithItsTypeForAYear() {
        HttpResponse<byte[]> response = market.getBytes("/assets/" + market.catalogue.honeyPictureKey);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
        assertThat(response.body()).isEqualTo(market.engine.assets().get(market.catalogue.honeyPictureKey).orElseThrow().content());
    }

    @Test
    void anUnknownOrForgedKeyIsA404() {
        assertThat(market.get("/assets/0123456789abcdef-nothing.png").statusCode()).isEqualTo(404);
        assertThat(market.get("/assets/..%2F..%2Fpom.xml").statusCode()).isEqualTo(404);
        assertThat(market.get("/assets/a/b/c").statusCode()).isEqualTo(404);
        assertThat(TestMarketplace.json(market.get("/assets/nope.png")).get("error").asText()).isEqualTo("asset_not_found");
    }
}
