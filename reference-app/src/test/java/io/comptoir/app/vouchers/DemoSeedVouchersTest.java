package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.AppConfig;
import io.comptoir.app.Main;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.seed.SeedLoader;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.Vouchers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo seeds as {@code Main} loads them: a seeded tobacconist's operator signs in with the demo password and sells a
 * Booster through the API, and a shopper buys a Booster of the seeded voucher shop with the sandbox card, which reaches
 * their wallet once the outbox delivered the order's events. On H2 only: loading the whole demo territory twice would
 * double a long test for nothing the database changes.
 */
final class DemoSeedVouchersTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> call(MarketplaceApp app, String method, String path, String token, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/json").method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSeededOperatorSellsABoosterAndAVoucherBoughtFromTheSeededVoucherShopReachesTheWallet() throws Exception {
        try (TestDatabase db = TestDatabase.h2();
             Engine engine = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(db.dataSource()).assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                     .property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                     .property("sandbox-card.webhook-delay-ms", "5").plugin(new VouchersPlugin()).build()) {
            engine.awaitSearchReady(Duration.ofSeconds(60));
            Main.prepareDatabase(engine, TerritoryReader.shippedDefault(), List.of(new VouchersFeature()), AppConfig.SeedMode.DEMO);
            String password = new SeedLoader(engine.catalogue(), engine.merchants(), engine.accounts())
                    .demoPassword(TerritoryReader.shippedDefault().demo().orElseThrow());
            MarketplaceApp app = MarketplaceApp.create(Marketplace.of(engine), Optional.empty()).start(0);
            try {
                HttpResponse<String> login = call(app, "POST", "/api/v1/auth/login", null, "{\"email\": "
                        + "\"buraliste@tabac-le-week-end-saint-omer.example\", \"password\": \"" + password + "\"}");
                assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                String operator = TestMarketplace.json(login).get("token").asText();
                JsonNode places = TestMarketplace.json(call(app, "GET", "/api/v1/pos", operator, null));
                assertThat(places).hasSize(1);
                long place = places.get(0).get("id").asLong();
                VoucherProgramme booster = engine.service(Programmes.class).programmeBySlug("happy-kdo-booster").orElseThrow();
                HttpResponse<String> sold = call(app, "POST", "/api/v1/pos/" + place + "/sales", operator, "{\"programmeId\": " + booster.id()
                        + ", \"denominationId\": " + booster.denominations().get(0).id() + "}", "Idempotency-Key", UUID.randomUUID().toString());
                assertThat(sold.statusCode()).as(sold.body()).isEqualTo(201);

                Account buyer = engine.accounts().register("acheteur.demo@example.org", "marais-audomarois-2026", "Acheteur Démo");
                VariantId variant = booster.denominations().get(0).onlineVariant().orElseThrow();
                engine.carts().add(CartOwner.shopper(buyer.id()), variant, 1);
                String token = engine.sessions().open(buyer.id()).token();
                HttpResponse<String> paid = call(app, "POST", "/api/v1/checkout", token,
                        "{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242 4242 4242 4242\"}}]}",
                        "Idempotency-Key", UUID.randomUUID().toString());
                assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
                long orderId = TestMarketplace.json(paid).get("id").asLong();

                CustomerOrder order = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
                    engine.deliverPendingEvents();
                    return engine.orders().customerOrder(new io.comptoir.engine.api.order.CustomerOrderId(orderId)).orElseThrow();
                }, placed -> placed.status() != CustomerOrderStatus.PENDING_PAYMENT
                        && engine.service(Vouchers.class).walletOf(buyer.id()).stream().anyMatch(v -> v.status() == VoucherStatus.ACTIVE));
                assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
                JsonNode wallet = TestMarketplace.json(call(app, "GET", "/api/v1/wallet", token, null));
                assertThat(wallet).hasSize(1);
                assertThat(wallet.get(0).get("programme").asText()).isEqualTo("Happy Kdo Booster");
                assertThat(wallet.get(0).get("status").asText()).isEqualTo("ACTIVE");
                assertThat(wallet.get(0).get("balance").get("amount").asLong()).isEqualTo(1200);
            }
            finally {
                app.stop();
            }
        }
    }
}
