package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.comptoir.app.testing.TestMarketplace.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/checkout} over real HTTP against a real engine whose sandbox card processor posts its signed
 * webhooks to the app's own HTTP endpoint.
 */
@EachDatabaseClass
final class CheckoutApiTest {
    static final String PAY_AT_PICKUP = "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}";
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;
    private static int shoppers;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.startWithHttpWebhooks(database);
        c = market.catalogue;
        market.engine.merchants().updateFulfilment(c.rucher.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(
                Money.euros(490), Set.of(TestCatalogue.ARQUES, TestCatalogue.SAINT_OMER), Optional.of(Money.euros(4000))))), TestCatalogue.ADMIN);
        // Many orders in one marketplace: enough stock for all of them.
        for (var product : List.of(c.honeyJar, c.derby, c.jam, c.candle)) {
            market.engine.catalogue().setStock(product.variants().get(0).id(), 500, TestCatalogue.ADMIN);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    static long variant(io.comptoir.engine.api.catalogue.Product product) {
        return product.variants().get(0).id().value();
    }

    private static ApiShopper shopperWithTwoShops() {
        ApiShopper shopper = ApiShopper.register(market, "acheteur" + (++shoppers) + "@exemple.fr");
        shopper.add(variant(c.honeyJar), 2);
        shopper.add(variant(c.derby), 1);
        return shopper;
    }

    static String card(String number) {
        return "{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"" + number + "\"}}]}";
    }

    @Test
    void payingAtPickupPlacesTheOrderAtOnceSplitByShopAndTheSameKeyAnswersTheSameOrder() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> created = shopper.checkout("clé-de-test-0001".replace("é", "e"), PAY_AT_PICKUP);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode order = json(created);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/orders/" + order.get("id").asLong());
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(order.get("total").get("amount").asLong()).isEqualTo(1700 + 9900);
        assertThat(order.get("merchantOrders")).extracting(mo -> mo.get("merchant").get("name").asText() + ":" + mo.get("status").asText()
                + ":" + mo.get("total").get("amount").asLong()).containsExactly("Le Rucher d’Arques:PLACED:1700", "Chaussures Martin:PLACED:9900");
        assertThat(order.get("merchantOrders").get(0).get("tenders").get(0).get("provider").asText()).isEqualTo("pay-at-pickup");
        assertThat(order.get("merchantOrders").get(0).get("allowedActions")).extracting(JsonNode::asText).containsExactly("CANCEL");
        assertThat(order.get("merchantOrders").get(0).get("fulfilment").get("method").asText()).isEqualTo("CLICK_AND_COLLECT");
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).as("the cart was paid").isZero();

        HttpResponse<String> replayed = shopper.checkout("cle-de-test-0001", PAY_AT_PICKUP);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(json(replayed).get("id").asLong()).isEqualTo(order.get("id").asLong());
        assertThat(json(shopper.call("GET", "/api/v1/orders", null)).get("items")).hasSize(1);
    }

    @Test
    void aCheckoutWithoutIdempotencyKeyIsRefusedNamingTheHeaderAndStoresNothing() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> refused = shopper.call("POST", "/api/v1/checkout", PAY_AT_PICKUP);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(json(refused).get("error").asText()).isEqualTo("missing_idempotency_key");
        HttpResponse<String> malformed = shopper.checkout("short", PAY_AT_PICKUP);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(market.engine.orders().customerOrdersOf(shopper.id, 0, 10)).isEmpty();
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).isEqualTo(3);
    }

    @Test
    void aCardPaymentIsPendingUntilTheSandboxsSignedWebhookArrivesOverHttp() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> created = shopper.checkout(card("4242 4242 4242 4242"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode pending = json(created);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(pending.get("payments").get(0).get("label").asText()).isEqualTo("Carte •••• 4242");

        JsonNode placed = shopper.awaitSettled(pending.get("id").asLong());
        assertThat(placed.get("status").asText()).isEqualTo("PLACED");
        assertThat(placed.get("payments").get(0).get("status").asText()).isEqualTo("AUTHORISED");
        assertThat(placed.get("merchantOrders")).allSatisfy(mo -> assertThat(mo.get("status").asText()).isEqualTo("PLACED"));
        long payment = placed.get("payments").get(0).get("id").asLong();
        assertThat(market.engine.payments().transactionsOf(new io.comptoir.engine.api.payment.PaymentId(payment)))
                .extracting(PaymentTransaction::kind).contains(PaymentTransaction.Kind.WEBHOOK);
        String metrics = market.get("/metrics").body();
        assertThat(metrics).as("the webhook came through the app's HTTP endpoint")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/v1/payments/\\{provider}/webhook\"[^}]*status=\"200\"");
    }

    @Test
    void withPreferWaitTheCheckoutAnswersOnceTheProcessorsWebhookHasPlacedTheOrder() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> created = shopper.call("POST", "/api/v1/checkout", card("4242 4242 4242 4242"),
                "Idempotency-Key", java.util.UUID.randomUUID().toString(), "Prefer", "wait=10");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Preference-Applied")).contains("wait=10");
        JsonNode placed = json(created);
        assertThat(placed.get("status").asText()).as("the sandbox answers 150 ms later, by webhook").isEqualTo("PLACED");
        assertThat(placed.get("payments").get(0).get("status").asText()).isEqualTo("AUTHORISED");
        assertThat(placed.get("merchantOrders")).allSatisfy(mo -> assertThat(mo.get("status").asText()).isEqualTo("PLACED"));

        HttpResponse<String> read = shopper.call("GET", "/api/v1/orders/" + placed.get("id").asLong(), null, "Prefer", "wait=10");
        assertThat(json(read).get("status").asText()).isEqualTo("PLACED");
        assertThat(read.headers().firstValue("Preference-Applied")).as("nothing to wait for").isEmpty();
    }

    @Test
    void readingAPendingOrderWithPreferWaitAnswersOnceThePaymentSettles() {
        ApiShopper shopper = shopperWithTwoShops();
        JsonNode pending = json(shopper.checkout(card("4242 4242 4242 4242")));
        assertThat(pending.get("status").asText()).isEqualTo("PENDING_PAYMENT");

        HttpResponse<String> read = shopper.call("GET", "/api/v1/orders/" + pending.get("id").asLong(), null, "Prefer", "respond-async, wait=10");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Preference-Applied")).contains("wait=10");
        assertThat(json(read).get("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void withPreferWaitADeclinedCardIsThe409OfASynchronousRefusalAndTheCartIsBack() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> refused = shopper.call("POST", "/api/v1/checkout", card("4000000000000002"),
                "Idempotency-Key", java.util.UUID.randomUUID().toString(), "Prefer", "wait=10");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("payment_declined");
        assertThat(json(refused).get("details")).extracting(JsonNode::asText).contains("carte refusée");
        assertThat(market.engine.orders().customerOrdersOf(shopper.id, 0, 10)).singleElement()
                .satisfies(order -> assertThat(order.status().name()).isEqualTo("PAYMENT_FAILED"));
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).isEqualTo(3);
    }

    /** RFC 7240 §2: a preference the server does not understand is ignored, never an error (issue 17 changed the former 400). */
    @Test
    void aMalformedPreferWaitIsIgnoredAsIfAbsent() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> created = shopper.call("POST", "/api/v1/checkout", card("4242 4242 4242 4242"),
                "Idempotency-Key", java.util.UUID.randomUUID().toString(), "Prefer", "wait=soon");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Preference-Applied")).as("not applied").isEmpty();
        assertThat(market.engine.orders().customerOrdersOf(shopper.id, 0, 10)).hasSize(1);
        HttpResponse<String> read = shopper.call("GET", "/api/v1/orders/" + json(created).get("id").asLong(), null, "Prefer", "wait=abc");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Preference-Applied")).isEmpty();
    }

    @Test
    void aDeclinedCardFailsTheOrderReleasesTheStockAndPutsTheLinesBackInTheCart() {
        ApiShopper shopper = shopperWithTwoShops();
        int honeyStock = market.engine.catalogue().variant(c.honeyJar.variants().get(0).id()).orElseThrow().stock();
        JsonNode pending = json(shopper.checkout(card("4000000000000002")));
        JsonNode failed = shopper.awaitSettled(pending.get("id").asLong());
        assertThat(failed.get("status").asText()).isEqualTo("PAYMENT_FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("carte refusée");
        assertThat(failed.get("merchantOrders")).allSatisfy(mo -> assertThat(mo.get("status").asText()).isEqualTo("CANCELLED"));
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).isEqualTo(3);
        assertThat(market.engine.catalogue().variant(c.honeyJar.variants().get(0).id()).orElseThrow().stock()).isEqualTo(honeyStock);
    }

    @Test
    void twoConcurrentCheckoutsWithOneKeyMakeOneOrder() throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.start(db)) {
            ApiShopper shopper = ApiShopper.register(own, "pressee@exemple.fr");
            shopper.add(own.catalogue.honeyJar.variants().get(0).id().value(), 1);
            shopper.add(own.catalogue.candle.variants().get(0).id().value(), 1);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return shopper.checkout("double-clic-123456", PAY_AT_PICKUP);
                };
                calls.add(pool.submit(call));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                statuses.add(response.statusCode());
                ids.add(json(response).get("id").asLong());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
            assertThat(ids).hasSize(2).containsOnly(ids.get(0));
            assertThat(own.engine.orders().customerOrdersOf(shopper.id, 0, 10)).hasSize(1);
            assertThat(own.engine.payments().paymentsOf(new io.comptoir.engine.api.order.CustomerOrderId(ids.get(0)))).hasSize(1);
        }
    }

    @Test
    void paymentAtPickupNeedsEveryShopToBeCollectedWhileACardPaysADelivery() {
        ApiShopper shopper = shopperWithTwoShops();
        String delivery = "\"fulfilment\": {\"" + c.rucher.id().value() + "\": {\"method\": \"LOCAL_DELIVERY\", \"address\": {\"recipient\": "
                + "\"Léa Martin\", \"street\": \"3 rue des Clouteries\", \"postalCode\": \"62510\", \"communeInsee\": \"" + TestCatalogue.ARQUES + "\"}}}";
        HttpResponse<String> refused = shopper.checkout("{" + delivery + ", \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("pay_at_pickup_needs_collection");
        assertThat(json(refused).get("field").asText()).isEqualTo("tenders[0]");

        HttpResponse<String> paid = shopper.checkout("{" + delivery + ", \"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        JsonNode rucher = json(paid).get("merchantOrders").get(0);
        assertThat(rucher.get("fulfilment").get("method").asText()).isEqualTo("LOCAL_DELIVERY");
        assertThat(rucher.get("fulfilment").get("address").get("recipient").asText()).isEqualTo("Léa Martin");
        assertThat(rucher.get("deliveryFee").get("amount").asLong()).isEqualTo(490);
        assertThat(json(paid).get("total").get("amount").asLong()).isEqualTo(1700 + 490 + 9900);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "{                                                                    | 400 | malformed_json | ",
            "~{\"tenders\": \"pay-at-pickup\"}~                                  | 400 | invalid_tenders | tenders",
            "~{}~                                                                 | 400 | invalid_tenders | tenders",
            "~{\"tenders\": []}~                                                  | 400 | invalid_tenders | tenders",
            "~{\"tenders\": [{\"provider\": \"bitcoin\"}]}~                       | 400 | unknown_provider | tenders[0]",
            "~{\"tenders\": [{\"provider\": 7}]}~                                 | 400 | invalid_provider | tenders[0].provider",
            "~{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"1234\"}}]}~ | 400 | invalid_card | tenders[0].details.card",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": 100}}, {\"provider\": \"sandbox-card\", \"details\": {\"card\": \"1234\"}}]}~ | 400 | invalid_card | tenders[1].details.card",
            "~{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"a\": 1}}]}~ | 400 | unknown_field | tenders[0].details.a",
            "~{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\", \"a\": \"x\"}}]}~ | 400 | unknown_field | tenders[0].details.a",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"details\": {\"card\": \"4242424242424242\"}}]}~ | 400 | unknown_field | tenders[0].details.card",
            "~{\"tenders\": [{\"provider\": \"bitcoin\", \"details\": {\"a\": 1}}]}~ | 400 | invalid_detail | tenders[0].details.a",
            "~{\"fulfilment\": {\"abc\": 1}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_fulfilment | fulfilment.abc",
            "~{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": 4242424242424242}}]}~ | 400 | invalid_card | tenders[0].details.card",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": -5, \"currency\": \"EUR\"}}]}~ | 400 | invalid_amount | tenders[0].amount.amount",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": 1e30, \"currency\": \"EUR\"}}]}~ | 400 | invalid_amount | tenders[0].amount.amount",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": 100, \"currency\": \"ZZZ\"}}]}~ | 400 | invalid_currency | tenders[0].amount.currency",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": 100, \"currency\": \"EUR\"}}]}~ | 409 | tenders_do_not_cover | ",
            "~{\"tenders\": [{\"provider\": \"pay-at-pickup\", \"amount\": {\"amount\": 100}}]}~ | 409 | tenders_do_not_cover | ",
            "~{\"tenders\": [{\"provider\": \"sandbox-card\", \"amount\": {\"amount\": 99999999}, \"details\": {\"card\": \"4242424242424242\"}}]}~ | 400 | amount_not_payable | tenders[0].amount",
            "~{\"fulfilment\": {\"abc\": {\"method\": \"CLICK_AND_COLLECT\"}}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_fulfilment | fulfilment.abc",
            "~{\"fulfilment\": {\"RUCHER\": {\"method\": \"TELEPORT\"}}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_method | fulfilment.RUCHER.method",
            "~{\"fulfilment\": {\"RUCHER\": {\"method\": \"LOCAL_DELIVERY\"}}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_address | fulfilment.RUCHER.address",
            "~{\"fulfilment\": {\"RUCHER\": {\"method\": \"LOCAL_DELIVERY\", \"address\": {\"recipient\": \"A\", \"street\": \"B\", \"postalCode\": \"62380\", \"communeInsee\": \"62534\"}}}, \"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}~ | 400 | outside_delivery_area | fulfilment[RUCHER]",
            "~{\"fulfilment\": {\"MARTIN\": {\"method\": \"LOCAL_DELIVERY\", \"address\": {\"recipient\": \"A\", \"street\": \"B\", \"postalCode\": \"62500\", \"communeInsee\": \"62765\"}}}, \"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}~ | 400 | fulfilment_not_offered | fulfilment[MARTIN]",
            "~{\"fulfilment\": {\"LUMBROISE\": {\"method\": \"CLICK_AND_COLLECT\"}}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_fulfilment | fulfilment",
            "~{\"fulfilment\": {\"987654\": {\"method\": \"CLICK_AND_COLLECT\"}}, \"tenders\": [{\"provider\": \"pay-at-pickup\"}]}~ | 400 | invalid_fulfilment | fulfilment",
    })
    void badCheckoutInputIsA4xxJsonErrorAndNothingIsStored(String body, int status, String error, String field) {
        ApiShopper shopper = shopperWithTwoShops();
        String resolved = body.replace("RUCHER", Long.toString(c.rucher.id().value())).replace("MARTIN", Long.toString(c.martin.id().value()))
                .replace("LUMBROISE", Long.toString(c.lumbroise.id().value()));
        HttpResponse<String> response = shopper.checkout(resolved);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).isEqualTo(error.replace("RUCHER", Long.toString(c.rucher.id().value())));
        if (field != null) {
            assertThat(json(response).get("field").asText()).isEqualTo(field.replace("RUCHER", Long.toString(c.rucher.id().value()))
                    .replace("MARTIN", Long.toString(c.martin.id().value())));
        }
        assertThat(market.engine.orders().customerOrdersOf(shopper.id, 0, 10)).as("no order").isEmpty();
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).as("cart intact").isEqualTo(3);
    }

    @Test
    void aCheckoutBodyThatIsNotJsonOrTooLargeIsRefused() {
        ApiShopper shopper = shopperWithTwoShops();
        HttpResponse<String> text = shopper.http.send(HttpRequest.newBuilder(market.uri("/api/v1/checkout"))
                .header("Authorization", shopper.bearer).header("Idempotency-Key", "texte-brut-0001").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(PAY_AT_PICKUP)));
        assertThat(text.statusCode()).isEqualTo(415);
        OversizedRequest.Answer large = OversizedRequest.announced(market.uri("/"), "POST", "/api/v1/checkout",
                Map.of("Authorization", shopper.bearer, "Idempotency-Key", "trop-grand-0001", "Content-Type", "application/json"),
                1_100_000, "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}], \"x\": \"yyyy");
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("error").asText()).isEqualTo("payload_too_large");
        assertThat(market.engine.orders().customerOrdersOf(shopper.id, 0, 10)).isEmpty();
    }

    @Test
    void theShoppingApiRefusesAnonymousCallers() {
        WebSession anonymous = new WebSession(market);
        for (String[] call : new String[][]{{"POST", "/api/v1/checkout", PAY_AT_PICKUP}, {"GET", "/api/v1/orders", null},
                {"GET", "/api/v1/orders/1", null}, {"POST", "/api/v1/orders/1/merchant-orders/1/cancel", null},
                {"GET", "/api/v1/auth/me", null}, {"POST", "/api/v1/auth/logout", null}}) {
            HttpResponse<String> response = anonymous.json(call[0], call[1], call[2], "Idempotency-Key", "anonyme-00000001");
            assertThat(response.statusCode()).as(call[1]).isEqualTo(401);
            assertThat(json(response).get("error").asText()).as(call[1]).isEqualTo("unauthorized");
        }
    }
}
