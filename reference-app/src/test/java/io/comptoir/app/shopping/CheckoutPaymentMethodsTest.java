package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static io.comptoir.app.testing.TestMarketplace.json;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout offers only the ways to pay every shop of the basket accepts, says which shop refuses which and why (French,
 * English), refuses a refused way to pay through the API without changing anything, and suggests splitting a basket no way
 * to pay suits.
 */
@EachDatabaseClass
final class CheckoutPaymentMethodsTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static final Set<String> EVERY_WAY = Set.of("sandbox-card", "pay-at-pickup");
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
        for (Product product : List.of(c.honeyJar, c.derby)) {
            market.engine.catalogue().setStock(product.variants().get(0).id(), 500, TestCatalogue.ADMIN);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** Each test starts with shops that accept every way to pay, as every shop does until its staff choose. */
    @BeforeEach
    void everyShopAcceptsEverything() {
        for (Merchant shop : List.of(c.rucher, c.martin)) {
            market.engine.payments().acceptPaymentMethods(shop.id(), EVERY_WAY, TestCatalogue.ADMIN);
        }
    }

    private static void accepts(Merchant shop, String... methods) {
        market.engine.payments().acceptPaymentMethods(shop.id(), Set.of(methods), TestCatalogue.ADMIN);
    }

    private static WebSession shopperWith(Product... products) {
        WebSession shopper = new WebSession(market);
        shopper.register("Client " + (++shoppers), "moyens" + shoppers + "@exemple.fr", PASSWORD);
        for (Product product : products) {
            shopper.addToCart(product.variants().get(0).id().value(), 1);
        }
        return shopper;
    }

    private static ApiShopper apiShopperWith(Product... products) {
        ApiShopper shopper = ApiShopper.register(market, "api.moyens" + (++shoppers) + "@exemple.fr");
        for (Product product : products) {
            shopper.add(product.variants().get(0).id().value(), 1);
        }
        return shopper;
    }

    @Test
    void byDefaultEveryWayToPayIsOfferedForABasketOfSeveralShops() {
        Document page = page(shopperWith(c.honeyJar, c.derby).get("/commande"));

        assertThat(page.select("input[name=tender]")).extracting(input -> input.attr("value")).containsExactly("sandbox-card", "pay-at-pickup");
        assertThat(page.select("input[name=tender][disabled]")).isEmpty();
        assertThat(page.select(".checkout__split")).isEmpty();
        assertThat(page.select(".checkout__refusals")).isEmpty();
    }

    @Test
    void aWayToPayOneShopRefusesIsNotOfferedAndThePageSaysWhichShopAndWhyInFrenchAndEnglish() {
        accepts(c.rucher, "sandbox-card");
        WebSession shopper = shopperWith(c.honeyJar, c.derby);

        Document page = page(shopper.get("/commande"));

        assertThat(page.select("#tender-pickup").hasAttr("disabled")).isTrue();
        assertThat(page.select("#tender-pickup-text").text()).contains("La boutique Le Rucher d’Arques n’accepte pas le paiement au retrait.");
        assertThat(page.select("#tender-card").hasAttr("disabled")).isFalse();
        assertThat(page.select("#tender-card").hasAttr("checked")).as("the way every shop accepts is chosen").isTrue();
        assertThat(page.select(".checkout__split")).isEmpty();

        Document english = page(shopper.get("/commande?lang=en"));
        assertThat(english.select("#tender-pickup-text").text()).contains("The shop Le Rucher d’Arques does not accept payment at pickup.");

        // a basket of the other shop alone is not concerned
        Document alone = page(shopperWith(c.derby).get("/commande"));
        assertThat(alone.select("#tender-pickup").hasAttr("disabled")).isFalse();
    }

    @Test
    void aBasketNoWayToPaySuitsSaysSoAndSuggestsSplittingItAndPayingAnywayChangesNothing() {
        accepts(c.rucher, "pay-at-pickup");
        accepts(c.martin, "sandbox-card");
        WebSession shopper = shopperWith(c.honeyJar, c.derby);
        var account = market.engine.accounts().accountByEmail("moyens" + shoppers + "@exemple.fr").orElseThrow().id();

        HttpResponse<String> shown = shopper.get("/commande");

        assertThat(shown.statusCode()).isEqualTo(200);
        Document page = page(shown);
        assertThat(page.select(".checkout__split .alert__title").text())
                .isEqualTo("Aucun moyen de paiement n’est accepté par toutes les boutiques de votre panier");
        assertThat(page.select(".checkout__split li")).extracting(org.jsoup.nodes.Element::text).containsExactly(
                "Le Rucher d’Arques accepte : Paiement au retrait", "Chaussures Martin accepte : Carte bancaire (démonstration)");
        assertThat(page.select("input[name=tender]")).allSatisfy(input -> assertThat(input.hasAttr("disabled")).isTrue());
        assertThat(page.select("#tender-card-text").text()).contains("La boutique Le Rucher d’Arques n’accepte pas la carte bancaire.");

        HttpResponse<String> paid = shopper.submit(page, "form.checkout", "action=pay");
        assertThat(paid.statusCode()).isEqualTo(400);
        assertThat(page(paid).select(".field-error").text()).contains("Choisissez un moyen de paiement.");
        HttpResponse<String> forced = shopper.submit(page, "form.checkout", "action=pay", "tender", "pay-at-pickup");
        assertThat(forced.statusCode()).isEqualTo(400);
        assertThat(market.engine.orders().customerOrdersOf(account, 0, 5)).isEmpty();
        assertThat(page(shopper.get("/panier")).text()).contains("Miel de fleurs du marais", "Chaussures de ville Derby");
    }

    @Test
    void theApiSaysWhichShopsRefuseWhichWayToPayAndRefusesThemWithoutChangingAnything() {
        accepts(c.rucher, "sandbox-card");
        ApiShopper shopper = apiShopperWith(c.honeyJar, c.derby);
        int stock = market.engine.catalogue().variant(c.honeyJar.variants().get(0).id()).orElseThrow().stock();

        JsonNode options = json(shopper.call("GET", "/api/v1/checkout/payment-options", null));
        JsonNode pickup = method(options, "pay-at-pickup");
        assertThat(pickup.get("acceptedByEveryShop").asBoolean()).isFalse();
        assertThat(pickup.get("name").asText()).isEqualTo("Paiement au retrait");
        assertThat(pickup.get("refusals")).singleElement().satisfies(refusal -> {
            assertThat(refusal.get("merchantId").asLong()).isEqualTo(c.rucher.id().value());
            assertThat(refusal.get("code").asText()).isEqualTo("refused_by_shop");
            assertThat(refusal.get("message").asText()).isEqualTo("La boutique Le Rucher d’Arques n’accepte pas le paiement au retrait.");
        });
        assertThat(method(options, "sandbox-card").get("acceptedByEveryShop").asBoolean()).isTrue();
        assertThat(options.get("splitSuggested").asBoolean()).isFalse();
        JsonNode english = json(shopper.call("GET", "/api/v1/checkout/payment-options?lang=en", null));
        assertThat(method(english, "pay-at-pickup").get("refusals").get(0).get("message").asText())
                .isEqualTo("The shop Le Rucher d’Arques does not accept payment at pickup.");

        HttpResponse<String> refused = shopper.checkout(CheckoutApiTest.PAY_AT_PICKUP);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("payment_method_refused");
        assertThat(json(refused).get("details").toString()).contains("tenders[0]", "Le Rucher d’Arques", "refused_by_shop");
        assertThat(json(shopper.call("GET", "/api/v1/orders", null)).get("items")).isEmpty();
        assertThat(json(shopper.call("GET", "/api/v1/cart", null)).get("itemCount").asInt()).isEqualTo(2);
        assertThat(market.engine.catalogue().variant(c.honeyJar.variants().get(0).id()).orElseThrow().stock()).isEqualTo(stock);

        // each shop paid a way it accepts: the shoes at the counter, the honey by card
        HttpResponse<String> placed = shopper.checkout("{\"tenders\": [{\"provider\": \"pay-at-pickup\"}, "
                + "{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    }

    @Test
    void theApiSuggestsSplittingABasketNoWayToPaySuits() {
        accepts(c.rucher, "pay-at-pickup");
        accepts(c.martin, "sandbox-card");
        ApiShopper shopper = apiShopperWith(c.honeyJar, c.derby);

        JsonNode options = json(shopper.call("GET", "/api/v1/checkout/payment-options", null));

        assertThat(options.get("splitSuggested").asBoolean()).isTrue();
        assertThat(options.get("splitAdvice")).extracting(JsonNode::asText).containsExactly(
                "Le Rucher d’Arques accepte : Paiement au retrait", "Chaussures Martin accepte : Carte bancaire (démonstration)");
        HttpResponse<String> refused = shopper.checkout(CheckoutApiTest.PAY_AT_PICKUP);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("details").toString()).contains("Chaussures Martin");
    }

    private static JsonNode method(JsonNode options, String provider) {
        for (JsonNode method : options.get("methods")) {
            if (method.get("provider").asText().equals(provider)) {
                return method;
            }
        }
        throw new AssertionError("no " + provider + " in " + options);
    }
}
