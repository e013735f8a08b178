package io.comptoir.app.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.Features;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's identity on the site, over HTTP: its name and texts on the pages, its colours' style sheet and logo,
 * its legal pages rendered safely, {@code /api/v1/territory}; and another territory's folder changes all of it.
 */
final class IdentityPagesTest {
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
    void thePagesShowTheTerritorysNameTextsLogoAndColours() {
        Document home = parse(market.get("/"));
        assertThat(home.title()).endsWith("· Achetez en Pays de Saint-Omer");
        assertThat(home.selectFirst(".hero__title").text()).isEqualTo("Vos commerçants du Pays de Saint-Omer, ouverts en ligne");
        assertThat(home.selectFirst("meta[name=theme-color]").attr("content")).isEqualTo("#7a2e1f");
        assertThat(home.select(".site-footer a").eachAttr("href")).contains("https://www.ca-pays-saint-omer.fr", "/mentions-legales",
                "/conditions-generales", "/confidentialite", "/accessibilite");

        String theme = home.select("link[rel=stylesheet]").get(1).attr("href");
        assertThat(theme).matches("/territoire/theme\\.css\\?v=[0-9a-f]{10}");
        HttpResponse<String> css = market.get(theme);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(css.body()).contains("--brand-700: #7a2e1f;", "--accent-500: #f2b84b;", "--hero-picture: url(\"/territoire/hero.svg?v=");

        String logo = home.selectFirst(".brand__mark").attr("src");
        assertThat(logo).matches("/territoire/logo\\.svg\\?v=[0-9a-f]{10}");
        assertThat(home.selectFirst("link[rel=icon]").attr("href")).isEqualTo(logo);
        HttpResponse<String> svg = market.get(logo);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
        assertThat(market.get("/territoire/hero.svg").statusCode()).isEqualTo(200);

        assertThat(parse(market.get("/communes")).selectFirst(".page-lead").text())
                .isEqualTo("Les 4 communes du Pays de Saint-Omer et du Pays de Lumbres, et leurs boutiques en ligne.");
        assertThat(parse(market.get("/?lang=en")).selectFirst(".hero__title").text()).isEqualTo("The shops of the Pays de Saint-Omer, open online");
    }

    @Test
    void theLegalPagesAreTheTerritorysMarkdown() {
        Document notice = parse(market.get("/mentions-legales"));
        assertThat(notice.title()).startsWith("Mentions légales ·");
        assertThat(notice.selectFirst(".prose h1").text()).isEqualTo("Mentions légales");
        assertThat(notice.select(".prose h2").eachText()).contains("Éditeur du site", "Hébergement");
        assertThat(parse(market.get("/conditions-generales")).selectFirst(".prose h1").text())
                .isEqualTo("Conditions générales de vente et d’utilisation");
        assertThat(parse(market.get("/confidentialite")).select(".prose li strong").eachText()).containsExactly("Votre compte", "Vos commandes",
                "La mesure d’audience");
        assertThat(parse(market.get("/accessibilite?lang=en")).selectFirst(".site-footer").text()).contains("Legal notice", "Accessibility");
    }

    @Test
    void theApiDescribesTheTerritory() throws IOException {
        HttpResponse<String> response = market.get("/api/v1/territory");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode territory = TestMarketplace.json(response);
        assertThat(territory.get("slug").asText()).isEqualTo("pays-de-saint-omer");
        assertThat(territory.get("name").asText()).isEqualTo("Pays de Saint-Omer");
        assertThat(territory.get("currency").asText()).isEqualTo("EUR");
        assertThat(territory.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(territory.get("languages").toString()).isEqualTo("[\"fr\",\"en\"]");
        assertThat(territory.at("/mapCentre/zoom").asInt()).isEqualTo(10);
        assertThat(territory.at("/intercommunalities/0/siren").asText()).isEqualTo("200069037");
        assertThat(territory.at("/legalPages/mentions-legales").asText()).isEqualTo("/mentions-legales");
    }

    /** Another folder: another name, only French, and a legal page that tries to smuggle a script in. */
    @Test
    void anotherFolderIsAnotherSiteAndItsMarkdownCannotRunAScript(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("pays-de-test");
        copy(Path.of("../territories/pays-de-saint-omer"), folder);
        String branding = Files.readString(folder.resolve("branding.json"))
                .replace("\"siteName\": \"Achetez en Pays de Saint-Omer\"", "\"siteName\": \"Le Marché du Pays de Test\"")
                .replace("\"brand-700\": \"#7a2e1f\"", "\"brand-700\": \"#23416b\"");
        Files.writeString(folder.resolve("branding.json"), branding);
        Files.writeString(folder.resolve("territory.json"), Files.readString(folder.resolve("territory.json")).replace("\"fr\",\n    \"en\"", "\"fr\""));
        Files.writeString(folder.resolve("legal/mentions-legales.md"), """
                # Mentions du Pays de Test

                <script>alert("mentions")</script>

                [un lien piégé](javascript:alert(1)) et [le site](https://example.org).
                """);
        TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(folder));
        try (TestDatabase db = TestDatabase.h2(); Engine engine = TestMarketplace.engine(db, Optional.empty())) {
            MarketplaceApp app = MarketplaceApp.create(TestMarketplace.marketplace(engine), territory, Optional.empty(), Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all()).start(0);
            try {
                Document home = parse(get(app, "/?lang=en"));
                assertThat(home.title()).endsWith("· Le Marché du Pays de Test");
                assertThat(home.selectFirst("html").attr("lang")).as("English is not offered").isEqualTo("fr");
                assertThat(home.select("a[hreflang]")).as("no language switch").isEmpty();
                assertThat(home.selectFirst("meta[name=theme-color]").attr("content")).isEqualTo("#23416b");
                assertThat(get(app, home.select("link[rel=stylesheet]").get(1).attr("href")).body()).contains("--brand-700: #23416b;");

                Document notice = parse(get(app, "/mentions-legales"));
                assertThat(notice.selectFirst(".prose h1").text()).isEqualTo("Mentions du Pays de Test");
                assertThat(notice.select(".prose script")).isEmpty();
                assertThat(notice.selectFirst(".prose").text()).contains("<script>alert(\"mentions\")</script>");
                assertThat(notice.select(".prose a").eachAttr("href")).containsExactly("", "https://example.org");
                JsonNode api = TestMarketplace.json(get(app, "/api/v1/territory"));
                assertThat(api.get("slug").asText()).isEqualTo("pays-de-test");
                assertThat(api.get("languages").toString()).isEqualTo("[\"fr\"]");
            }
            finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(MarketplaceApp app, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else if (!file.startsWith(from.resolve("demo"))) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
