package io.comptoir.app.territory;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.AppConfig;
import io.comptoir.app.Features;
import io.comptoir.app.Main;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.web.Language;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each territory shipped in {@code territories/} boots and shows its own identity: its name and texts on the pages, its
 * communes (and no other's) at {@code /api/v1/communes}, itself at {@code /api/v1/territory}; the Presqu'île de Crozon's
 * demo data loads with its own programme rules (ordinary gift vouchers only, no training data).
 */
final class ShippedTerritoriesTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void thereAreTwoShippedTerritories() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("../territories"))) {
            assertThat(folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()))
                    .containsExactlyInAnyOrder("pays-de-saint-omer", "presqu-ile-de-crozon");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pays-de-saint-omer", "presqu-ile-de-crozon"})
    void eachShippedTerritoryBootsWithItsOwnIdentityAndCommunes(String slug) throws Exception {
        TerritoryFolder territory = new TerritoryReader().read("territories/" + slug);
        try (TestDatabase db = TestDatabase.h2(); Engine engine = TestMarketplace.engine(db, Optional.empty())) {
            Main.prepareDatabase(engine, territory, Features.all(), AppConfig.SeedMode.NONE);
            MarketplaceApp app = MarketplaceApp.create(TestMarketplace.marketplace(engine), territory, Optional.empty(), Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all()).start(0);
            try {
                String siteName = territory.branding().texts().get(Language.FR).get("site.name");
                Document home = Jsoup.parse(get(app, "/").body());
                assertThat(home.title()).endsWith("· " + siteName);
                assertThat(home.selectFirst(".hero__title").text()).isEqualTo(territory.branding().texts().get(Language.FR).get("home.hero.title"));
                assertThat(home.selectFirst(".site-footer").text()).contains(territory.branding().texts().get(Language.FR).get("footer.bottom"));

                JsonNode communes = TestMarketplace.json(get(app, "/api/v1/communes"));
                List<String> insee = new ArrayList<>();
                communes.forEach(commune -> insee.add(commune.get("insee").asText()));
                assertThat(insee).containsExactlyInAnyOrderElementsOf(territory.communes().stream().map(Commune::inseeCode).toList());
                List<String> bodies = new ArrayList<>();
                communes.forEach(commune -> bodies.add(commune.at("/intercommunality/code").asText()));
                assertThat(bodies).containsOnly(territory.bodies().stream()
                        .map(io.comptoir.engine.api.territory.Intercommunality::code).toArray(String[]::new));

                JsonNode identity = TestMarketplace.json(get(app, "/api/v1/territory"));
                assertThat(identity.get("name").asText()).isEqualTo(territory.identity().name());
                assertThat(identity.get("slug").asText()).isEqualTo(slug);
            }
            finally {
                app.stop();
            }
        }
    }

    @Test
    void thePresquileDeCrozonLoadsItsDemoWithOrdinaryGiftVouchersOnly() throws Exception {
        TerritoryFolder territory = new TerritoryReader().read("territories/presqu-ile-de-crozon");
        assertThat(territory.identity().languages()).containsExactly(Language.FR);
        try (TestDatabase db = TestDatabase.h2(); Engine engine = TestMarketplace.engine(db, Optional.empty(), java.util.Map.of(), TestPlugins.all())) {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            Main.prepareDatabase(engine, territory, Features.all(), AppConfig.SeedMode.DEMO);
            engine.refreshSearch();
            MarketplaceApp app = MarketplaceApp.create(TestMarketplace.marketplace(engine), territory, Optional.empty(), Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all()).start(0);
            try {
                JsonNode shops = TestMarketplace.json(get(app, "/api/v1/merchants?size=100"));
                List<String> names = new ArrayList<>();
                shops.get("items").forEach(shop -> names.add(shop.get("name").asText()));
                assertThat(names).contains("La Marée de Morgat", "Conserverie de Camaret", "Chèques cadeaux de la presqu'île")
                        .doesNotContain("Rucher de Rosnoën");
                JsonNode vouchers = TestMarketplace.json(get(app, "/api/v1/products?q=cheque"));
                List<String> products = new ArrayList<>();
                vouchers.get("items").forEach(product -> products.add(product.get("name").asText()));
                assertThat(products).contains("Chèque cadeau de la presqu'île").noneMatch(name -> name.contains("Booster"));
                Document english = Jsoup.parse(get(app, "/?lang=en").body());
                assertThat(english.selectFirst("html").attr("lang")).as("the presqu'île's site is in French only").isEqualTo("fr");
            }
            finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(MarketplaceApp app, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
