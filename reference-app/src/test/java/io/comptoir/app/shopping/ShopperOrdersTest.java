package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.testing.TestMarketplace.json;
import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The shopper's own orders, pages and API: what they show, who may see them, and cancelling before the shop accepts. */
@EachDatabaseClass
final class ShopperOrdersTest {
    private static final String PAY_AT_PICKUP = "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}";
    /** The shops' staff, acting on their orders as the back-office would. */
    private static Actor SHOP;
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;
    private static int shoppers;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.start(database);
        c = market.catalogue;
        SHOP = Actor.account(market.engine.accounts().register("vendeur@exemple.fr", ApiShopper.PASSWORD, "Vendeur").id().value());
        for (var product : List.of(c.honeyJar, c.candle, c.jam)) {
            market.engine.catalogue().setStock(product.variants().get(0).id(), 500, TestCatalogue.ADMIN);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** A shopper with a placed order of two shops, paid at pickup. */
    private static ApiShopper shopperWithOrder(TestMarketplace in) {
        ApiShopper shopper = ApiShopper.register(in, "commande" + (++shoppers) + "@exemple.fr");
        shopper.add(in.catalogue.honeyJar.variants().get(0).id().value(), 1);
        shopper.add(in.catalogue.candle.variants().get(0).id().value(), 2);
        HttpResponse<String> created = shopper.checkout(PAY_AT_PICKUP);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return shopper;
    }

    private static JsonNode onlyOrder(ApiShopper shopper) {
        return json(shopper.call("GET", "/api/v1/orders", null)).get("items").get(0);
    }

    @Test
    void aShopperCannotReadOrCancelAnotherShoppersOrderThroughTheApiOrThePages() {
        ApiShopper owner = shopperWithOrder(market);
        JsonNode order = onlyOrder(owner);
        long id = order.get("id").asLong();
        long part = order.get("merchantOrders").get(0).get("id").asLong();
        ApiShopper other = ApiShopper.register(market, "curieuse" + (++shoppers) + "@exemple.fr");

        HttpResponse<String> read = other.call("GET", "/api/v1/orders/" + id, null);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(json(read).get("error").asText()).isEqualTo("order_not_found");
        HttpResponse<String> cancel = other.call("POST", "/api/v1/orders/" + id + "/merchant-orders/" + part + "/cancel", null);
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(json(other.call("GET", "/api/v1/orders", null)).get("items")).isEmpty();

        WebSession otherBrowser = new WebSession(market);
        otherBrowser.signIn("curieuse" + shoppers + "@exemple.fr", ApiShopper.PASSWORD);
        assertThat(otherBrowser.get("/commandes/" + id).statusCode()).isEqualTo(404);
        HttpResponse<String> formCancel = otherBrowser.post("/commandes/" + id + "/boutiques/" + part + "/annuler", "_csrf", otherBrowser.csrfToken());
        assertThat(formCancel.statusCode()).isEqualTo(404);
        assertThat(page(otherBrowser.get("/mes-commandes")).select(".order-card")).isEmpty();

        assertThat(market.engine.orders().merchantOrder(new MerchantOrderId(part)).orElseThrow().status()).as("untouched")
                .isEqualTo(MerchantOrderStatus.PLACED);
    }

    @Test
    void unknownOrMismatchedIdsAreNotFoundAndMalformedOnesAreBadRequests() {
        ApiShopper owner = shopperWithOrder(market);
        JsonNode order = onlyOrder(owner);
        long id = order.get("id").asLong();
        ApiShopper other = shopperWithOrder(market);
        long othersPart = onlyOrder(other).get("merchantOrders").get(0).get("id").asLong();

        assertThat(owner.call("GET", "/api/v1/orders/987654", null).statusCode()).isEqualTo(404);
        HttpResponse<String> mismatched = owner.call("POST", "/api/v1/orders/" + id + "/merchant-orders/" + othersPart + "/cancel", null);
        assertThat(mismatched.statusCode()).as("a part of another order").isEqualTo(404);
        assertThat(json(mismatched).get("error").asText()).isEqualTo("merchant_order_not_found");
        assertThat(market.engine.orders().merchantOrder(new MerchantOrderId(othersPart)).orElseThrow().status()).isEqualTo(MerchantOrderStatus.PLACED);
        for (String path : List.of("/api/v1/orders/abc", "/api/v1/orders/0", "/api/v1/orders/-1")) {
            HttpResponse<String> bad = owner.call("GET", path, null);
            assertThat(bad.statusCode()).as(path).isEqualTo(400);
            assertThat(json(bad).get("field").asText()).isEqualTo("id");
        }
        HttpResponse<String> badPart = owner.call("POST", "/api/v1/orders/" + id + "/merchant-orders/x/cancel", null);
        assertThat(json(badPart).get("field").asText()).isEqualTo("merchantOrderId");
        for (String query : List.of("page=-1", "size=0", "size=51", "page=x")) {
            assertThat(owner.call("GET", "/api/v1/orders?" + query, null).statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void aShopperCancelsAShopsPartBeforeItIsAcceptedButNotAfter() {
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.start(db)) {
            int candles = own.engine.catalogue().variant(own.catalogue.candle.variants().get(0).id()).orElseThrow().stock();
            ApiShopper shopper = shopperWithOrder(own);
            JsonNode order = onlyOrder(shopper);
            long id = order.get("id").asLong();
            long rucher = order.get("merchantOrders").get(0).get("id").asLong();
            long lumbroise = order.get("merchantOrders").get(1).get("id").asLong();

            HttpResponse<String> cancelled = shopper.call("POST", "/api/v1/orders/" + id + "/merchant-orders/" + lumbroise + "/cancel", null);
            assertThat(cancelled.statusCode()).isEqualTo(200);
            JsonNode after = json(cancelled).get("merchantOrders").get(1);
            assertThat(after.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(after.get("allowedActions")).isEmpty();
            assertThat(after.get("history").get(after.get("history").size() - 1).get("by").asText()).isEqualTo("shopper");
            assertThat(own.engine.catalogue().variant(own.catalogue.candle.variants().get(0).id()).orElseThrow().stock())
                    .as("the stock returned").isEqualTo(candles);

            own.engine.orders().act(new MerchantOrderId(rucher), OrderAction.ACCEPT, Optional.empty(), "", Actor.system("test"), false);
            HttpResponse<String> late = shopper.call("POST", "/api/v1/orders/" + id + "/merchant-orders/" + rucher + "/cancel", null);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(json(late).get("error").asText()).isEqualTo("illegal_transition");
            assertThat(own.engine.orders().merchantOrder(new MerchantOrderId(rucher)).orElseThrow().status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
        }
    }

    @Test
    void myOrdersShowEachShopsStatusFulfilmentTenderSharesAndHistoryAndCancelThroughAForm() {
        ApiShopper api = shopperWithOrder(market);
        JsonNode order = onlyOrder(api);
        long id = order.get("id").asLong();
        long rucher = order.get("merchantOrders").get(0).get("id").asLong();
        long lumbroise = order.get("merchantOrders").get(1).get("id").asLong();
        market.engine.orders().act(new MerchantOrderId(rucher), OrderAction.ACCEPT, Optional.empty(), "", SHOP, false);
        market.engine.orders().act(new MerchantOrderId(rucher), OrderAction.MARK_READY, Optional.empty(), "Au comptoir", SHOP, false);

        WebSession browser = new WebSession(market);
        browser.signIn("commande" + shoppers + "@exemple.fr", ApiShopper.PASSWORD);
        Document list = page(browser.get("/mes-commandes"));
        assertAccessible(list, "fr");
        assertThat(list.select(".order-card__title").text()).isEqualTo("Commande " + order.get("number").asText());
        assertThat(list.select(".order-part .status").eachText()).containsExactly("Prête à retirer", "Transmise à la boutique");
        assertThat(list.select(".order-part__where").get(0).text()).startsWith("Retrait en boutique").contains("62510 Arques");
        assertThat(list.select(".order-part__history").get(0).select("li").eachText()).hasSize(3)
                .anySatisfy(step -> assertThat(step).contains("Prête à retirer", "(par la boutique)", "Au comptoir"))
                .anySatisfy(step -> assertThat(step).contains("Transmise à la boutique", "(par la place de marché)"));
        assertThat(list.select(".order-part").get(0).select(".order-part__cancel")).as("accepted: too late").isEmpty();

        HttpResponse<String> cancelled = browser.submit(list, "form[action=/commandes/" + id + "/boutiques/" + lumbroise + "/annuler]", null);
        assertThat(location(cancelled)).isEqualTo("/mes-commandes?annulee=" + lumbroise);
        Document after = page(browser.get(location(cancelled)));
        assertThat(after.select(".alert--success").text()).startsWith("Votre commande a été annulée auprès de la boutique.");
        assertThat(after.select(".order-part .status").eachText()).containsExactly("Prête à retirer", "Annulée");
        assertThat(after.select(".order-part__shares li").get(1).text()).endsWith("annulé, rien n’a été débité");

        market.engine.orders().act(new MerchantOrderId(rucher), OrderAction.MARK_COLLECTED, Optional.empty(), "", SHOP, false);
        Document collected = page(browser.get("/commandes/" + id));
        assertThat(collected.select(".order-part .status").eachText()).containsExactly("Retirée", "Annulée");
        assertThat(collected.select("h1").text()).isEqualTo("Merci, votre commande est enregistrée !");
        assertAccessible(collected, "fr");
    }

    @Test
    void aCancelFormForAnAcceptedPartSaysItIsTooLate() {
        ApiShopper api = shopperWithOrder(market);
        JsonNode order = onlyOrder(api);
        long id = order.get("id").asLong();
        long rucher = order.get("merchantOrders").get(0).get("id").asLong();
        WebSession browser = new WebSession(market);
        browser.signIn("commande" + shoppers + "@exemple.fr", ApiShopper.PASSWORD);
        Document page = page(browser.get("/commandes/" + id));
        market.engine.orders().act(new MerchantOrderId(rucher), OrderAction.ACCEPT, Optional.empty(), "", SHOP, false);

        HttpResponse<String> late = browser.submit(page, "form[action=/commandes/" + id + "/boutiques/" + rucher + "/annuler]", null);
        assertThat(location(late)).isEqualTo("/commandes/" + id + "?erreur=trop-tard");
        assertThat(page(browser.get(location(late))).select(".alert--error").text())
                .isEqualTo("Cette commande ne peut plus être annulée : la boutique l’a déjà acceptée.");
        MerchantOrder part = market.engine.orders().merchantOrder(new MerchantOrderId(rucher)).orElseThrow();
        assertThat(part.status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
        assertThat(market.engine.orders().customerOrder(new CustomerOrderId(id))).isPresent();
    }

    @Test
    void theOrderListPagesThroughOlderOrders() {
        ApiShopper shopper = ApiShopper.register(market, "fidele" + (++shoppers) + "@exemple.fr");
        for (int i = 0; i < 11; i++) {
            shopper.add(c.jam.variants().get(0).id().value(), 1);
            assertThat(shopper.checkout(PAY_AT_PICKUP).statusCode()).isEqualTo(201);
        }
        JsonNode first = json(shopper.call("GET", "/api/v1/orders?size=10", null));
        assertThat(first.get("items")).hasSize(10);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode second = json(shopper.call("GET", "/api/v1/orders?size=10&page=1", null));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("hasMore").asBoolean()).isFalse();

        WebSession browser = new WebSession(market);
        browser.signIn("fidele" + shoppers + "@exemple.fr", ApiShopper.PASSWORD);
        Document page1 = page(browser.get("/mes-commandes"));
        assertThat(page1.select(".order-card")).hasSize(10);
        assertThat(page1.select("a[rel=next]").attr("href")).isEqualTo("/mes-commandes?page=2");
        Document page2 = page(browser.get("/mes-commandes?page=2"));
        assertThat(page2.select(".order-card")).hasSize(1);
        assertThat(page2.select("a[rel=prev]").attr("href")).isEqualTo("/mes-commandes");
        assertThat(browser.get("/mes-commandes?page=0").statusCode()).isEqualTo(400);
    }
}
