package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.AppConfig;
import io.comptoir.app.Main;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TrainingPlugin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the real demo seeds (base and training), the article's figures read straight off the pipeline page: 172 members
 * and 24 shops in training.
 */
final class DemoSeedsPipelineTest {
    private static TestDatabase database;
    private static Engine engine;
    private static MarketplaceApp app;
    private static Session admin;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        engine = TestMarketplace.engine(database, Optional.empty(), Map.of(), new TrainingPlugin());
        TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(java.nio.file.Path.of("../territories/pays-de-saint-omer")));
        Main.prepareDatabase(engine, territory, List.of(new TrainingFeature()), AppConfig.SeedMode.DEMO);
        app = MarketplaceApp.create(Marketplace.of(engine), Optional.empty()).start(0);
        Account account = engine.accounts().register("equipe.formation@example.org", BackOfficeMarket.PASSWORD, "Équipe formation");
        engine.accounts().grant(account.id(), RoleGrant.of(Role.TERRITORY_ADMIN), TestCatalogue.ADMIN);
        admin = engine.sessions().open(account.id());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    private static HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePipelinePageReads172MembersAnd24InTraining() {
        HttpResponse<String> response = get(TrainingAdminPaths.ROOT, "Cookie", BackOfficeMarket.cookie(admin));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = PageChecks.parse(response);
        PageChecks.assertAccessible(page, "fr");

        assertThat(page.select(".training-headline").text()).isEqualTo("172 adhérents, 24 en formation");
        assertThat(page.select("#stage-live").text()).isEqualTo("172");
        assertThat(page.select("#stage-training").text()).isEqualTo("24");
        assertThat(page.select("#in-training tbody tr")).hasSize(24);
    }

    @Test
    void theApiGivesTheSameFiguresAndTheReportsCoverTheStarterCourse() {
        JsonNode pipeline = TestMarketplace.json(get(TrainingWorld.API + "/pipeline", "Authorization", "Bearer " + admin.token()));
        assertThat(pipeline.get("members").asInt()).isEqualTo(172);
        assertThat(pipeline.get("inTraining").asInt()).isEqualTo(24);
        assertThat(pipeline.get("inTrainingShops")).hasSize(24);

        HttpResponse<String> reports = get(TrainingAdminPaths.REPORTS, "Cookie", BackOfficeMarket.cookie(admin));
        assertThat(reports.statusCode()).isEqualTo(200);
        PageChecks.assertAccessible(PageChecks.parse(reports), "fr");
        assertThat(reports.body()).contains("Vendre en ligne sur la marketplace");
        JsonNode rates = TestMarketplace.json(get(TrainingWorld.API + "/reports", "Authorization", "Bearer " + admin.token()));
        assertThat(rates.get("courses")).isNotEmpty();
        assertThat(rates.get("communes")).isNotEmpty();
        for (String page : new String[]{TrainingAdminPaths.COURSES, TrainingAdminPaths.SESSIONS, TrainingAdminPaths.MEMBERSHIP}) {
            HttpResponse<String> response = get(page, "Cookie", BackOfficeMarket.cookie(admin));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            PageChecks.assertAccessible(PageChecks.parse(response), "fr");
        }
    }
}
