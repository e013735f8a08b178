package io.comptoir.app.shopping;

import io.comptoir.app.testing.SiteScripts;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestVoucherPlugin;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.time.Duration;
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

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The checkout and order pages through their forms, without JavaScript, with the sandbox's webhooks over HTTP. */
@EachDatabaseClass
final class CheckoutPagesTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static final String PAY = "action=pay";
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

    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static WebSession shopperWithTwoShops() {
        WebSession shopper = new WebSession(market);
        shopper.register("Client " + (++shoppers), "page" + shoppers + "@exemple.fr", PASSWORD);
        shopper.addToCart(c.honeyJar.variants().get(0).id().value(), 2);
        shopper.addToCart(c.derby.variants().get(0).id().value(), 1);
        return shopper;
    }

    private static long orderId(HttpResponse<String> paid) {
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
        String location = location(paid);
        assertThat(location).startsWith("/commandes/");
        return Long.parseLong(location.substring("/commandes/".length()));
    }

    private static CustomerOrder settled(long id) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(
                () -> market.engine.orders().customerOrder(new CustomerOrderId(id)).orElseThrow(),
                order -> order.status() != CustomerOrderStatus.PENDING_PAYMENT);
    }

    @Test
    void theCheckoutPageShowsEachShopsCollectionAddressHoursAndDeliveryOffer() {
        WebSession shopper = shopperWithTwoShops();
        Document page = page(shopper.get("/commande"));
        assertThat(page.select(".checkout-shop__name").eachText()).containsExactly("Le Rucher d’Arques", "Chaussures Martin");
        Document rucher = org.jsoup.Jsoup.parse(page.select(".checkout-shop").get(0).outerHtml());
        assertThat(rucher.select("input[name=fulfilment-" + c.rucher.id() + "]")).extracting(e -> e.attr("value")).containsExactly("collect", "deliver");
        assertThat(rucher.select("#collect-" + c.rucher.id()).hasAttr("checked")).isTrue();
        assertThat(rucher.select(".choice__address").text()).isEqualTo("12 rue de Dunkerque 62510 Arques");
        assertThat(plain(rucher.select(".hours-list__row--today").text())).startsWith("Mardi").contains("08h00 – 18h00");
        assertThat(plain(rucher.select(".choice").get(1).select(".choice__text").text()))
                .contains("Frais de livraison : 4,90 €.", "Offerte dès 40,00 € d’achats.", "Communes desservies : Arques, Saint-Omer");
        assertThat(rucher.select("#commune-" + c.rucher.id() + " option")).extracting(e -> e.text()).containsExactly("Choisissez…", "Arques", "Saint-Omer");
        Document martin = org.jsoup.Jsoup.parse(page.select(".checkout-shop").get(1).outerHtml());
        assertThat(martin.select("input[name=fulfilment-" + c.martin.id() + "]")).extracting(e -> e.attr("value")).containsExactly("collect");
        assertThat(plain(page.select(".summary__row--total dd").text())).isEqualTo("116,00 €");
        assertThat(page.select("input[name=idempotencyKey]").attr("value")).matches("[0-9a-f-]{36}");
        assertThat(page.select("input[name=tender]")).extracting(e -> e.attr("value")).containsExactly("sandbox-card", "pay-at-pickup");
        assertThat(page.select(".demo-note code")).extracting(e -> e.text())
                .containsExactly("4242 4242 4242 4242", "4000 0000 0000 0002", "4000 0000 0000 9995", "4000 0000 0000 0341");
        assertThat(page.select(".vouchers")).as("no voucher provider runs").isEmpty();
    }

    @Test
    void payingAtPickupThroughTheFormsPlacesTheOrderAndShowsItsConfirmation() {
        WebSession shopper = shopperWithTwoShops();
        long id = orderId(shopper.submit(page(shopper.get("/commande")), "form.checkout", PAY, "tender", "pay-at-pickup"));

        Document confirmation = page(shopper.get("/commandes/" + id));
        assertThat(confirmation.select("h1").text()).isEqualTo("Merci, votre commande est enregistrée !");
        assertThat(confirmation.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(confirmation.select(".order-part__title a").eachText()).containsExactly("Le Rucher d’Arques", "Chaussures Martin");
        assertThat(confirmation.select(".order-part .status").eachText()).containsExactly("Transmise à la boutique", "Transmise à la boutique");
        assertThat(confirmation.select(".order-part__shares li").eachText())
                .allSatisfy(text -> assertThat(plain(text)).contains("Paiement au retrait").endsWith("à régler au retrait"));
        assertThat(confirmation.select(".order-part__cancel button")).hasSize(2);
        assertThat(page(shopper.get("/panier")).select(".empty-state")).hasSize(1);
        assertAccessible(confirmation, "fr");
    }

    @Test
    void theConfirmationPageAnswersOnceTheBankHasConfirmedTheCardPayment() {
        WebSession shopper = shopperWithTwoShops();
        long id = orderId(shopper.submit(page(shopper.get("/commande")), "form.checkout", PAY, "tender", "sandbox-card",
                "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/29", "cardCvc", "123"));

        // the sandbox bank answers by webhook 150 ms after checkout; the page waits for it (up to 4 s) instead of refreshing
        Document placed = page(shopper.get("/commandes/" + id));

        assertThat(placed.select("h1").text()).isEqualTo("Merci, votre commande est enregistrée !");
        assertThat(placed.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(placed.select(".order-card__payments li").text()).contains("Carte •••• 4242").contains("autorisé");
        assertThat(placed.select(SiteScripts.NOT_OURS)).isEmpty();
    }

    @Test
    void whileTheBankTakesLongerThanThePageWaitsThePageRefreshesItselfWithoutJavaScript() {
        try (TestDatabase db = TestDatabase.create(kind);
             TestMarketplace slowBank = TestMarketplace.start(db, Optional.empty(), Map.of("sandbox-card.webhook-delay-ms", "60000"))) {
            WebSession shopper = new WebSession(slowBank);
            shopper.register("Patiente", "patiente@exemple.fr", PASSWORD);
            shopper.addToCart(slowBank.catalogue.jam.variants().get(0).id().value(), 1);
            long id = orderId(shopper.submit(page(shopper.get("/commande")), "form.checkout", PAY, "tender", "sandbox-card",
                    "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/29", "cardCvc", "123"));
            long asked = System.nanoTime();

            Document pending = page(shopper.get("/commandes/" + id));

            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("it waited for the bank first")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(pending.select("h1").text()).startsWith("Paiement en cours");
            assertThat(pending.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
            assertThat(pending.select(".waiting").text()).contains("Cette page se met à jour toute seule");
            assertThat(pending.select(SiteScripts.NOT_OURS)).isEmpty();
        }
    }

    @Test
    void aDeclinedCardIsExplainedAndTheRestoredCartIsOneLinkAway() {
        WebSession shopper = shopperWithTwoShops();
        long id = orderId(shopper.submit(page(shopper.get("/commande")), "form.checkout", PAY, "tender", "sandbox-card",
                "cardNumber", "4000 0000 0000 9995", "cardExpiry", "01/30", "cardCvc", "999"));
        assertThat(settled(id).status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
        Document failed = page(shopper.get("/commandes/" + id));
        assertThat(failed.select("h1").text()).isEqualTo("Le paiement n’a pas abouti");
        assertThat(failed.select(".alert--error").text()).contains("fonds insuffisants", "remis dans votre panier");
        assertThat(failed.select("a.button[href=/panier]")).hasSize(1);
        assertThat(page(shopper.get("/panier")).select(".cart-line")).hasSize(2);
    }

    @Test
    void aDeclinedOrderSaysRefusedInEachShopIsNoOrderInTheListAndPayingAgainKeepsTheDeliveryAndAddress() {
        WebSession shopper = shopperWithTwoShops();
        String rucher = String.valueOf(c.rucher.id().value());
        long id = orderId(shopper.submit(page(shopper.get("/commande")), "form.checkout", PAY, "tender", "sandbox-card",
                "fulfilment-" + rucher, "deliver", "recipient-" + rucher, "Client Livré", "street-" + rucher, "4 rue des Abeilles",
                "postalCode-" + rucher, "62510", "commune-" + rucher, TestCatalogue.ARQUES, "phone-" + rucher, "06 00 00 00 00",
                "cardNumber", "4000 0000 0000 0002", "cardExpiry", "01/30", "cardCvc", "999"));
        assertThat(settled(id).status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);

        Document failed = page(shopper.get("/commandes/" + id));
        assertThat(failed.select(".order-part").text()).contains("refusé").doesNotContain("autorisé", "débité quand");

        Document list = page(shopper.get("/mes-commandes"));
        assertThat(list.select(".order-card")).as("a declined payment made no order").isEmpty();
        assertThat(list.select(".order-attempt a[href=/commandes/" + id + "]")).hasSize(1);
        assertAccessible(list, "fr");

        Document again = page(shopper.get("/commande"));
        assertThat(again.select("#deliver-" + rucher).hasAttr("checked")).isTrue();
        assertThat(again.select("#recipient-" + rucher).attr("value")).isEqualTo("Client Livré");
        assertThat(again.select("#street-" + rucher).attr("value")).isEqualTo("4 rue des Abeilles");
        assertThat(again.select("#commune-" + rucher + " option[selected]").attr("value")).isEqualTo(TestCatalogue.ARQUES);
        assertThat(plain(again.select(".summary__row--minor").get(1).text())).isEqualTo("Livraison 4,90 €");
        long paid = orderId(shopper.submit(again, "form.checkout", PAY, "tender", "sandbox-card",
                "cardNumber", "4242 4242 4242 4242", "cardExpiry", "01/30", "cardCvc", "123"));
        assertThat(settled(paid).status()).isEqualTo(CustomerOrderStatus.PLACED);
        assertThat(settled(paid).merchantOrders().stream().map(part -> part.fulfilment().address().map(a -> a.street()).orElse("")))
                .contains("4 rue des Abeilles");
    }

    @Test
    void theSamePageSubmittedTwiceOrTwiceAtOnceMakesOneOrder() throws Exception {
        WebSession shopper = shopperWithTwoShops();
        Document page = page(shopper.get("/commande"));
        long first = orderId(shopper.submit(page, "form.checkout", PAY, "tender", "pay-at-pickup"));
        long second = orderId(shopper.submit(page, "form.checkout", PAY, "tender", "pay-at-pickup"));
        assertThat(second).isEqualTo(first);

        WebSession hasty = shopperWithTwoShops();
        Document again = page(hasty.get("/commande"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<HttpResponse<String>> click = () -> {
                go.await();
                return hasty.submit(again, "form.checkout", PAY, "tender", "pay-at-pickup");
            };
            clicks.add(pool.submit(click));
        }
        go.countDown();
        long one = orderId(clicks.get(0).get());
        long two = orderId(clicks.get(1).get());
        pool.shutdown();
        assertThat(two).isEqualTo(one);
        CustomerOrder order = market.engine.orders().customerOrder(new CustomerOrderId(one)).orElseThrow();
        assertThat(market.engine.orders().customerOrdersOf(order.shopper(), 0, 10)).hasSize(1);
    }

    @Test
    void refusedChoicesAreShownNextToTheirFieldsAndStoreNothing() {
        WebSession shopper = shopperWithTwoShops();
        Document page = page(shopper.get("/commande"));
        String deliver = "fulfilment-" + c.rucher.id();

        HttpResponse<String> expired = shopper.submit(page, "form.checkout", PAY, "tender", "sandbox-card",
                "cardNumber", "4242424242424242", "cardExpiry", "10/26", "cardCvc", "12");
        assertThat(expired.statusCode()).isEqualTo(400);
        Document expiredPage = page(expired);
        assertThat(expiredPage.select("#card-expiry-error").text()).isEqualTo("Cette carte a expiré.");
        assertThat(expiredPage.select("#card-cvc-error").text()).isEqualTo("Indiquez les 3 ou 4 chiffres du cryptogramme.");
        assertThat(expiredPage.select("#card-number").attr("value")).as("card numbers are not sent back").isEmpty();
        assertThat(expiredPage.select("input[name=idempotencyKey]").attr("value")).as("a fresh key for the next try")
                .isNotEqualTo(page.select("input[name=idempotencyKey]").attr("value"));

        HttpResponse<String> badCard = shopper.submit(page, "form.checkout", PAY, "tender", "sandbox-card",
                "cardNumber", "4242 4242 4242 4241", "cardExpiry", "10/27", "cardCvc", "123");
        assertThat(page(badCard).select("#card-number-error").text()).isEqualTo("Indiquez un numéro de carte valide.");

        HttpResponse<String> noAddress = shopper.submit(page, "form.checkout", PAY, deliver, "deliver", "tender", "sandbox-card",
                "cardNumber", "4242424242424242", "cardExpiry", "10/27", "cardCvc", "123");
        assertThat(noAddress.statusCode()).isEqualTo(400);
        assertThat(page(noAddress).select("#shop-" + c.rucher.id() + "-error").text()).startsWith("Indiquez le nom du destinataire");
        assertThat(page(noAddress).select("#deliver-" + c.rucher.id()).hasAttr("checked")).as("the choice is kept").isTrue();

        HttpResponse<String> outside = shopper.submit(page, "form.checkout", PAY, deliver, "deliver", "recipient-" + c.rucher.id(), "Léa",
                "street-" + c.rucher.id(), "1 place Foch", "postalCode-" + c.rucher.id(), "62380", "commune-" + c.rucher.id(), TestCatalogue.LUMBRES,
                "tender", "sandbox-card", "cardNumber", "4242424242424242", "cardExpiry", "10/27", "cardCvc", "123");
        assertThat(page(outside).select("#shop-" + c.rucher.id() + "-error").text()).isEqualTo("Cette boutique ne livre pas dans cette commune.");
        assertThat(page(outside).select("#street-" + c.rucher.id()).attr("value")).isEqualTo("1 place Foch");

        // a value no radio sends is refused, never read as the shop's first choice
        HttpResponse<String> teleport = shopper.submit(page, "form.checkout", PAY, deliver, "teleport", "tender", "pay-at-pickup");
        assertThat(teleport.statusCode()).isEqualTo(400);
        assertThat(page(teleport).select("#shop-" + c.rucher.id() + "-error").text()).isEqualTo("Ce choix n’est pas possible pour cette boutique.");
        HttpResponse<String> notOffered = shopper.submit(page, "form.checkout", PAY, "fulfilment-" + c.martin.id(), "deliver",
                "tender", "pay-at-pickup");
        assertThat(notOffered.statusCode()).isEqualTo(400);
        assertThat(page(notOffered).select("#shop-" + c.martin.id() + "-error").text()).isEqualTo("Cette boutique ne propose pas ce mode de retrait.");

        HttpResponse<String> pickupDelivered = shopper.submit(page, "form.checkout", PAY, deliver, "deliver", "tender", "pay-at-pickup");
        assertThat(pickupDelivered.statusCode()).isEqualTo(400);
        assertThat(page(pickupDelivered).select(".choice-group .field-error").text())
                .isEqualTo("Le paiement au retrait n’est possible que si vous retirez toutes vos commandes en boutique.");
        assertThat(page(pickupDelivered).select("#tender-pickup").hasAttr("disabled")).isTrue();

        assertThat(market.engine.orders().customerOrdersOf(market.engine.accounts().accountByEmail("page" + shoppers + "@exemple.fr")
                .orElseThrow().id(), 0, 5)).as("nothing ordered").isEmpty();
        assertThat(page(shopper.get("/panier")).select(".cart-line")).hasSize(2);
    }

    @Test
    void updatingTheTotalShowsTheDeliveryFeeUntilTheFreeThreshold() {
        WebSession shopper = shopperWithTwoShops();
        String deliver = "fulfilment-" + c.rucher.id();
        Document updated = page(shopper.submit(page(shopper.get("/commande")), "form.checkout", "action=update", deliver, "deliver"));
        assertThat(updated.select("#deliver-" + c.rucher.id()).hasAttr("checked")).isTrue();
        assertThat(plain(updated.select(".summary__row--minor").get(1).text())).isEqualTo("Livraison 4,90 €");
        assertThat(plain(updated.select(".summary__row--total dd").text())).isEqualTo("120,90 €");

        shopper.addToCart(c.jam.variants().get(0).id().value(), 4);
        Document free = page(shopper.submit(page(shopper.get("/commande")), "form.checkout", "action=update", deliver, "deliver"));
        assertThat(plain(free.select(".summary__row--minor").get(1).text())).as("17 + 23,60 ≥ 40 €").isEqualTo("Livraison 0,00 €");
        assertThat(free.select("#deliver-" + c.rucher.id() + " ~ label .choice__price").text()).isEqualTo("Gratuit");
    }

    @Test
    void aCartThatChangedSinceThePageWasShownIsNotPaidSilently() {
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.start(db)) {
            WebSession shopper = new WebSession(own);
            shopper.register("Prudente", "prudente@exemple.fr", PASSWORD);
            shopper.addToCart(own.catalogue.jam.variants().get(0).id().value(), 1);
            Document page = page(shopper.get("/commande"));
            own.engine.catalogue().updateProduct(own.catalogue.jam.id(), new ProductDraft(own.catalogue.jam.name(),
                    own.catalogue.jam.description(), own.catalogue.jam.categoryId(), List.of(),
                    List.of(new VariantDraft("CONF-FRAISE", List.of(), Money.euros(990), 12))), TestCatalogue.ADMIN);

            HttpResponse<String> refused = shopper.submit(page, "form.checkout", PAY, "tender", "pay-at-pickup");
            assertThat(refused.statusCode()).isEqualTo(409);
            Document shown = page(refused);
            assertThat(shown.select(".alert--error").text()).startsWith("Votre panier a changé depuis l’affichage de cette page.");
            assertThat(plain(shown.select(".alert--warning li").text())).isEqualTo("Le prix de « Confiture de fraises » est passé de 5,90 € à 9,90 €.");
            assertThat(plain(shown.select(".summary__row--total dd").text())).isEqualTo("9,90 €");
            assertThat(own.engine.orders().customerOrdersOf(own.engine.accounts().accountByEmail("prudente@exemple.fr").orElseThrow().id(), 0, 5))
                    .isEmpty();
            shopper.addToCart(own.catalogue.candle.variants().get(0).id().value(), 1);
            HttpResponse<String> added = shopper.submit(shown, "form.checkout", PAY, "tender", "pay-at-pickup");
            assertThat(added.statusCode()).as("a line added in another tab is not paid unseen").isEqualTo(409);
            assertThat(page(added).select(".checkout-shop__name").eachText()).containsExactly("Le Rucher d’Arques", "Maison Lumbroise");
            long id = orderId(shopper.submit(page(added), "form.checkout", PAY, "tender", "pay-at-pickup"));
            assertThat(own.engine.orders().customerOrder(new CustomerOrderId(id)).orElseThrow().total()).isEqualTo(Money.euros(990 + 2400));
        }
    }

    @Test
    void voucherCodesAreAskedForWhenTheVoucherProviderRunsAndPayFirst() {
        TestVoucherPlugin vouchers = new TestVoucherPlugin().voucher("KDO-7Q2K", 1200).voucher("KDO-AB12", 500);
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.startWithHttpWebhooks(db, vouchers)) {
            WebSession shopper = new WebSession(own);
            shopper.register("Bénéficiaire", "kdo@exemple.fr", PASSWORD);
            shopper.addToCart(own.catalogue.honeyJar.variants().get(0).id().value(), 2);
            Document page = page(shopper.get("/commande"));
            assertThat(page.select(".vouchers legend").text()).isEqualTo("Bons d’achat");
            assertThat(page.select(".vouchers input[name=voucherCode]")).hasSize(1);

            Document more = page(shopper.submit(page, "form.checkout", "action=update", "voucherCode", "KDO-7Q2K"));
            assertThat(more.select(".vouchers input[name=voucherCode]")).extracting(e -> e.attr("value")).containsExactly("KDO-7Q2K", "");

            HttpResponse<String> unknown = shopper.submit(more, "form.checkout", PAY, "voucherCode", "KDO-NOPE", "tender", "pay-at-pickup");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(page(unknown).select(".vouchers .field-error").text()).isEqualTo("Le bon « KDO-NOPE » ne peut pas être utilisé pour cette commande.");

            long id = orderId(shopper.submit(more, "form.checkout", PAY, "tender", "pay-at-pickup"));
            CustomerOrder order = own.engine.orders().customerOrder(new CustomerOrderId(id)).orElseThrow();
            assertThat(order.payments()).extracting(p -> p.provider() + ":" + p.amount().minorUnits())
                    .containsExactly("voucher:1200", "pay-at-pickup:500");
            assertThat(vouchers.balance("KDO-7Q2K")).isZero();
        }
    }

    @Test
    void aProductNamedLikeAScriptRendersInertOnTheCheckoutAndOrderPages() {
        WebSession shopper = new WebSession(market);
        shopper.register("Curieux", "curieux@exemple.fr", PASSWORD);
        shopper.addToCart(c.scriptProduct.variants().get(0).id().value(), 1);
        HttpResponse<String> checkout = shopper.get("/commande");
        long id = orderId(shopper.submit(page(checkout), "form.checkout", PAY, "tender", "pay-at-pickup"));
        for (HttpResponse<String> response : List.of(checkout, shopper.get("/commandes/" + id), shopper.get("/mes-commandes"))) {
            assertThat(response.body()).doesNotContain(TestCatalogue.SCRIPT_NAME).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(page(response).select(SiteScripts.NOT_OURS)).isEmpty();
        }
    }

    @Test
    void theCheckoutPageIsAccessibleAndAnEmptyCartGoesBackToTheCart() {
        WebSession shopper = shopperWithTwoShops();
        for (String path : List.of("/commande", "/commande?lang=en", "/panier?lang=en", "/mon-compte?lang=en")) {
            HttpResponse<String> response = shopper.get(path);
            assertAccessible(page(response), path.contains("lang=en") ? "en" : "fr");
            assertThat(response.body()).as("every text is translated on " + path).doesNotContain("??");
        }
        long id = orderId(shopper.submit(page(shopper.get("/commande?lang=fr")), "form.checkout", PAY, "tender", "pay-at-pickup"));
        for (String path : List.of("/commandes/" + id + "?lang=en", "/mes-commandes?lang=en", "/mes-commandes?lang=fr")) {
            HttpResponse<String> response = shopper.get(path);
            assertAccessible(page(response), path.endsWith("en") ? "en" : "fr");
            assertThat(response.body()).as("every text is translated on " + path).doesNotContain("??");
        }
        WebSession empty = new WebSession(market);
        empty.register("Vide", "vide@exemple.fr", PASSWORD);
        HttpResponse<String> redirected = empty.get("/commande");
        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(location(redirected)).isEqualTo("/panier");
    }
}
