package io.comptoir.app.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.Features;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A territory overseas runs the reference app in its own time zone: La Réunion, UTC+4 all year. */
final class MarketZonePagesTest {
    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
    /** Tuesday 24 November 2026, 9:30 in La Réunion, 6:30 in Paris. */
    private static final Clock TUESDAY_MORNING_IN_REUNION = Clock.fixed(Instant.parse("2026-11-24T05:30:00Z"), ZoneOffset.UTC);

    @Test
    void theShopsHoursAndTheTerritorysZoneAreLaReunions(@TempDir Path temp) throws Exception {
        TerritoryFolder territory = reunion(temp);
        try (TestDatabase db = TestDatabase.h2(); Engine engine = Engine.builder().dataSource(db.dataSource()).zone(REUNION)
                .assetDirectory(temp.resolve("assets")).property("accounts.argon2-memory-kib", "1024")
                .property("accounts.argon2-iterations", "1").build()) {
            engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer",
                    "200069037"));
            engine.territory().saveCommune(new Commune("62765", "Saint-Omer", "62500", "CAPSO", 14_903));
            Merchant shop = engine.merchants().importMerchant(new MerchantProfile("Épicerie du Lagon", "73282932000074", "Commerce",
                    "Une épicerie.", new Address("1 place Foch", "62500", "62765"), new Contact("", "", ""),
                    OpeningHours.parse("Tu-Sa 09:00-19:00"), List.of(), Optional.empty()), MerchantStatus.LIVE, false,
                            Actor.system("test"));
            MarketplaceApp app = MarketplaceApp.create(Marketplace.of(engine, TUESDAY_MORNING_IN_REUNION), territory, Optional.empty(),
                    Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all()).start(0);
            try {
                JsonNode api = TestMarketplace.json(get(app, "/api/v1/territory"));
                assertThat(api.get("timeZone").asText()).isEqualTo("Indian/Reunion");
                Document page = parse(get(app, Paths.shop(shop.id(), shop.slug())));
                assertThat(page.selectFirst(".open-status").text()).as("open at 9:30 in La Réunion (6:30 in Paris)").isEqualTo("Ouvert maintenant");
            }
            finally {
                app.stop();
            }
        }
    }

    @Test
    void anEngineInAnotherZoneThanTheTerritorysIsRefused(@TempDir Path temp) throws Exception {
        TerritoryFolder territory = reunion(temp);
        try (TestDatabase db = TestDatabase.h2(); Engine engine = TestMarketplace.engine(db, Optional.empty())) {
            assertThatThrownBy(() -> MarketplaceApp.create(TestMarketplace.marketplace(engine), territory, Optional.empty(), Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Europe/Paris").hasMessageContaining("Indian/Reunion");
        }
    }

    private static TerritoryFolder reunion(Path temp) throws IOException {
        Path folder = temp.resolve("la-reunion");
        Path from = Path.of("../territories/pays-de-saint-omer");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = folder.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(file, copy);
                }
            }
        }
        Path identity = folder.resolve("territory.json");
        Files.writeString(identity, Files.readString(identity).replace("\"timeZone\": \"Europe/Paris\"",
                "\"timeZone\": \"Indian/Reunion\""));
        return new TerritoryReader().read(FolderSource.directory(folder));
    }

    private static HttpResponse<String> get(MarketplaceApp app, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
