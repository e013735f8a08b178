package io.comptoir.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import static io.comptoir.app.testing.TestMarketplace.json;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PAYMENT_METHODS} decides what the marketplace {@link Main} starts offers: the engine runs those providers only,
 * the checkout page shows those only (and says the card is a demonstration when the simulated processor is offered),
 * and the API refuses the others.
 */
@EachDatabaseClass
final class PaymentMethodsTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    @Parameter
    DatabaseKind kind;
    private static TestDatabase productionDatabase;
    private static TestDatabase demoDatabase;
    /** Started with {@code PAYMENT_METHODS=pay-at-pickup,vouchers}. */
    private static TestMarketplace production;
    /** Started with {@code PAYMENT_METHODS=sandbox-card,pay-at-pickup,vouchers}. */
    private static TestMarketplace demo;
    private static int shoppers;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        productionDatabase = TestDatabase.create(databaseKind);
        demoDatabase = TestDatabase.create(databaseKind);
        production = started(productionDatabase, "pay-at-pickup,vouchers");
        demo = started(demoDatabase, "sandbox-card, pay-at-pickup, vouchers");
    }

    private static TestMarketplace started(TestDatabase database, String methods) {
        try {
            Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", database.jdbcUrl(), "DATABASE_USER", database.user(),
                    "DATABASE_PASSWORD", database.password(), "PORT", "0", "BIND_ADDRESS", "127.0.0.1",
                    "DATA_DIR", Files.createTempDirectory("comptoir-data-").toString(), "PAYMENT_METHODS", methods, "MARKETPLACE_SEED", "none"));
            Main.Running running = Main.start(AppConfig.fromEnvironment(env));
            return TestMarketplace.around(running.engine(), running.app());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        production.close();
        demo.close();
        productionDatabase.close();
        demoDatabase.close();
    }

    private static WebSession shopperWithABasket(TestMarketplace market) {
        WebSession shopper = new WebSession(market);
        shopper.register("Client " + (++shoppers), "paiement" + shoppers + "@exemple.fr", PASSWORD);
        shopper.addToCart(market.catalogue.honeyJar.variants().get(0).id().value(), 1);
        return shopper;
    }

    @Test
    void theEngineRunsOnlyTheListedProviders() {
        assertThat(production.engine.payments().providers()).extracting(PaymentProvider::id).containsExactlyInAnyOrder("pay-at-pickup", "voucher");
        assertThat(demo.engine.payments().providers()).extracting(PaymentProvider::id)
                .containsExactlyInAnyOrder("sandbox-card", "pay-at-pickup", "voucher");
    }

    @Test
    void withoutTheSandboxCardTheCheckoutOffersPaymentAtTheShopAndVouchersOnly() {
        Document page = page(shopperWithABasket(production).get("/commande"));

        assertThat(page.select("input[name=tender]")).extracting(e -> e.attr("value")).containsExactly("pay-at-pickup");
        assertThat(page.select(".demo-note")).isEmpty();
        assertThat(page.text()).doesNotContain("4242");
        assertThat(page.select(".vouchers")).isNotEmpty();
    }

    @Test
    void withTheSandboxCardTheCheckoutSaysPlainlyItIsADemonstration() {
        Document page = page(shopperWithABasket(demo).get("/commande"));

        assertThat(page.select("input[name=tender]")).extracting(e -> e.attr("value")).containsExactly("sandbox-card", "pay-at-pickup");
        assertThat(page.select(".demo-note__title").text()).isEqualTo("Paiement de démonstration");
        assertThat(page.select(".demo-note").text()).contains("aucune carte n’est débitée");
    }

    @Test
    void theApiRefusesACardTenderWhereTheCardIsNotOfferedAndPlacesNothing() {
        ApiShopper shopper = ApiShopper.register(production, "api" + (++shoppers) + "@exemple.fr");
        shopper.add(production.catalogue.honeyJar.variants().get(0).id().value(), 1);

        HttpResponse<String> refused = shopper.checkout("{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).toString()).contains("tenders[0]");
        assertThat(json(shopper.call("GET", "/api/v1/orders", null)).get("items")).isEmpty();

        HttpResponse<String> placed = shopper.checkout("{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode orders = json(shopper.call("GET", "/api/v1/orders", null)).get("items");
        assertThat(orders).hasSize(1);
    }
}
