package io.comptoir.app.stripe;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.fakestripe.WebhookEndpoint;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.api.StripeReports;
import io.comptoir.stripe.api.TerritoryReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Card payments through Stripe Connect in the reference marketplace, over HTTP, against the fake Stripe server of the
 * plugin's tests (it speaks Stripe's documented protocol; it is not Stripe): a shop connects its Express account from its
 * back-office; a shopper pays a two-shop basket on the Checkout page and comes back; the shops accept and hand over; each
 * shop's page shows its part captured, then transferred; the territory's report balances to the cent, on screen and in CSV.
 * Stripe's webhooks arrive through the marketplace's HTTP route, signed with Stripe's scheme.
 */
@EachDatabaseClass
final class CardPaymentsPagesTest {
    static final String SECRET_KEY = "sk_test_51FakeComptoirKey000000000000";
    static final String WEBHOOK_SECRET = "whsec_fakeComptoirEndpointSecret0000";
    private static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static FakeStripe stripe;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static int shoppers;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        stripe = FakeStripe.start(SECRET_KEY, WEBHOOK_SECRET, Clock.systemUTC());
        market = BackOfficeMarket.start(database, Clock.systemUTC(), Map.of("stripe.secret-key", SECRET_KEY, "stripe.webhook-secret",
                WEBHOOK_SECRET, "stripe.api-base", stripe.apiBase(), "stripe.return-url", "http://localhost/commandes/{order}",
                "stripe.commission-percent", "5"), TestPlugins.allBut("training"));
        c = market.catalogue;
        stripe.webhooks().sendTo(webhookRoute(market.uri("/")));
        // the honey shop's account is connected beforehand (the other shop connects from its back-office in the tests)
        stripe.completeOnboarding(market.engine.service(StripeConnect.class).onboardingLink(c.rucher.id(), "http://localhost/retour",
                "http://localhost/lien"));
        stripe.webhooks().awaitIdle(Duration.ofSeconds(20));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        try {
            stripe.close();
        }
        finally {
            market.close();
            database.close();
        }
    }

    /** Stripe's webhooks, posted to the marketplace's route over HTTP. */
    static WebhookEndpoint webhookRoute(URI site) {
        return (headers, body) -> postWebhook(site.resolve("/api/v1/payments/stripe/webhook"), headers, body);
    }

    private static int postWebhook(URI route, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(route).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (java.io.IOException e) {
            return 503;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }

    private static String shopPage(Merchant shop) {
        return "/espace-commercant/" + shop.id() + "/paiements-carte";
    }

    /** The shop's staff connects its Stripe account from its back-office, through Stripe's hosted onboarding. */
    private static String connect(Merchant shop, Session staff) {
        HttpResponse<String> toStripe = market.postForm(shopPage(shop) + "/connecter", staff, Map.of());
        assertThat(toStripe.statusCode()).isEqualTo(303);
        assertThat(location(toStripe)).startsWith(stripe.apiBase());
        String back = stripe.completeOnboarding(location(toStripe));
        stripe.webhooks().awaitIdle(Duration.ofSeconds(20));
        assertThat(back).startsWith("http://localhost:" + market.uri("/").getPort() + shopPage(shop) + "/retour");
        HttpResponse<String> returned = market.get(back.substring(back.indexOf(shopPage(shop))), staff);
        assertThat(returned.statusCode()).isEqualTo(303);
        assertThat(location(returned)).isEqualTo(shopPage(shop) + "?ok=stripe-refreshed");
        return location(returned);
    }

    private record Shopper(WebSession web, AccountId id) {
        List<CustomerOrder> orders() {
            return market.engine.orders().customerOrdersOf(id, 0, 10);
        }
    }

    private static Shopper shopper() {
        WebSession shopper = new WebSession(market::uri);
        String email = "carte" + (++shoppers) + "@exemple.fr";
        shopper.register("Client carte " + shoppers, email, PASSWORD);
        return new Shopper(shopper, market.engine.accounts().accountByEmail(email).orElseThrow().id());
    }

    private static CustomerOrder order(long id) {
        return market.engine.orders().customerOrder(new CustomerOrderId(id)).orElseThrow();
    }

    private static Element partRow(Document page, CustomerOrder order) {
        return page.selectFirst("#card-parts tr[data-order=" + order.number() + "]");
    }

    private static void act(Session staff, MerchantOrder part, String action) {
        HttpResponse<String> response = market.postForm("/espace-commercant/" + part.merchantId() + "/commandes/" + part.id() + "/actions", staff,
                Map.of("action", action));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aTwoShopBasketPaidByCardIsCapturedThenTransferredAndTheTerritoryReportBalancesToTheCent() throws Exception {
        Session martin = market.session(market.staffOf("Camille Martin", c.martin));
        Session rucher = market.session(market.staffOf("Paul Rucher", c.rucher));
        Document before = page(market.get(shopPage(c.martin), martin));
        assertThat(before.select("form[action$=/connecter] button").text()).isEqualTo("Créer ou relier mon compte Stripe");
        String back = connect(c.martin, martin);
        Document connected = page(market.get(back, martin));
        assertThat(connected.select(".notice--success").text()).isEqualTo("L’état de votre compte Stripe est à jour.");
        assertThat(connected.select("#account-state [data-state=details]").text()).isEqualTo("oui");
        assertThat(connected.select("#account-state [data-state=charges]").text()).isEqualTo("oui");
        assertThat(connected.select("#account-state [data-state=payouts]").text()).isEqualTo("oui");
        assertThat(connected.select("#account-state [data-state=ready]").text()).isEqualTo("proposé à vos clients");

        // the shopper chooses the card and is sent to Stripe's Checkout page, pays there, and comes back to the order
        Shopper buyer = shopper();
        WebSession shopper = buyer.web();
        shopper.addToCart(c.honeyJar.variants().get(0).id().value(), 2);
        shopper.addToCart(c.derby.variants().get(0).id().value(), 1);
        Document checkout = page(shopper.get("/commande"));
        assertThat(checkout.select("#tender-stripe").hasAttr("disabled")).isFalse();
        HttpResponse<String> toStripe = shopper.submit(checkout, "form.checkout", "action=pay", "tender", "stripe");
        assertThat(toStripe.statusCode()).as(toStripe.body()).isEqualTo(303);
        assertThat(location(toStripe)).startsWith(stripe.apiBase());
        long orderId = buyer.orders().get(0).id().value();
        Payment card = market.engine.payments().paymentsOf(new CustomerOrderId(orderId)).get(0);
        // a shopper who comes back from Stripe's page without paying may go there again
        assertThat(page(shopper.get("/commandes/" + orderId)).select("#resume-payment").attr("href")).isEqualTo(location(toStripe));
        FakeStripe.PageAnswer paid = stripe.pay(card.providerReference().orElseThrow(), FakeStripe.PAYING_CARD);
        assertThat(paid.location()).hasValue("http://localhost/commandes/" + orderId);
        stripe.webhooks().awaitIdle(Duration.ofSeconds(20));
        CustomerOrder order = order(orderId);
        assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
        assertThat(partRow(page(market.get(shopPage(c.martin), martin)), order).attr("data-stage")).isEqualTo("authorised");

        // the shops accept: one capture at the last decision; then they hand over: one transfer each
        MerchantOrder martinPart = BackOfficeMarket.partOf(order, c.martin);
        MerchantOrder rucherPart = BackOfficeMarket.partOf(order, c.rucher);
        act(martin, martinPart, "ACCEPT");
        assertThat(partRow(page(market.get(shopPage(c.martin), martin)), order).attr("data-stage")).isEqualTo("accepted");
        act(rucher, rucherPart, "ACCEPT");
        Element captured = partRow(page(market.get(shopPage(c.martin), martin)), order);
        assertThat(captured.attr("data-stage")).isEqualTo("captured");
        assertThat(plain(captured.select("td").get(3).text())).isEqualTo("99,00 €");
        assertThat(plain(captured.select("td").get(6).text())).isEqualTo("0,00 €");
        for (var part : Map.of(martin, martinPart, rucher, rucherPart).entrySet()) {
            act(part.getKey(), part.getValue(), "MARK_READY");
            act(part.getKey(), part.getValue(), "MARK_COLLECTED");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "transferred".equals(
                partRow(page(market.get(shopPage(c.martin), martin)), order).attr("data-stage")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "transferred".equals(
                partRow(page(market.get(shopPage(c.rucher), rucher)), order).attr("data-stage")));
        Element transferred = partRow(page(market.get(shopPage(c.martin), martin)), order);
        assertThat(plain(transferred.select("td").get(5).text())).isEqualTo("4,95 €");
        assertThat(plain(transferred.select("td").get(6).text())).isEqualTo("94,05 €");
        assertThat(stripe.accountBalance(market.engine.service(StripeConnect.class).account(c.martin.id())
                .orElseThrow().accountId())).isEqualTo(9405);

        // the territory's report: 99,00 + 17,00 captured, 5 % kept, the rest transferred, nothing owed
        Session admin = market.session(market.admin("Alice Admin"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Document report = page(market.get("/admin/paiements-carte?du=" + today.minusDays(1) + "&au=" + today.plusDays(1), admin));
        assertThat(report.select("#card-report tbody th").eachText()).containsExactlyInAnyOrder("Chaussures Martin", "Le Rucher d’Arques");
        Element total = report.selectFirst("#card-report-total");
        assertThat(total.select("td").eachText()).extracting(CardPaymentsPagesTest::plain)
                .containsExactly("116,00 €", "0,00 €", "5,80 €", "110,20 €", "0,00 €");
        TerritoryReport numbers = market.engine.service(StripeReports.class).territory(today.minusDays(1), today.plusDays(1));
        assertThat(numbers.total().captured().minus(numbers.total().refunded()))
                .isEqualTo(numbers.total().commission().plus(numbers.total().transferred()).plus(numbers.total().owed()));
        assertThat(numbers.total().transferred().minorUnits()).isEqualTo(
                stripe.objects("transfer").stream().mapToLong(t -> ((Number) t.get("amount")).longValue()).sum());

        HttpResponse<String> csv = market.get(report.select("a[href*=rapport.csv]").attr("href"), admin);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("Chaussures Martin", "Le Rucher d’Arques", "116,00", "110,20", "5,80");
        HttpResponse<String> movements = market.get(report.select("a[href*=mouvements.csv]").attr("href"), admin);
        assertThat(movements.body()).contains("ch_", "tr_");
    }

    @Test
    void aBasketWithAShopThatCannotTakeCardsIsToldSoAndOfferedTheOtherWays() {
        Shopper buyer = shopper();
        WebSession shopper = buyer.web();
        shopper.addToCart(c.candle.variants().get(0).id().value(), 1);
        Document checkout = page(shopper.get("/commande"));

        assertThat(checkout.select("#tender-stripe").hasAttr("disabled")).isTrue();
        assertThat(checkout.select("#tender-stripe-text").text()).contains("Maison Lumbroise ne peut pas encore être payée par carte");
        assertThat(checkout.select("input[name=tender]:not([disabled])")).extracting(e -> e.attr("value")).contains("pay-at-pickup");
        assertThat(checkout.select("input[name=tender][checked]")).extracting(e -> e.attr("value")).doesNotContain("stripe");

        // forcing the card anyway changes nothing: the engine refuses what the card cannot pay
        HttpResponse<String> forced = shopper.submit(checkout, "form.checkout", "action=pay", "tender", "stripe");
        assertThat(forced.statusCode()).isEqualTo(400);
        assertThat(page(forced).select(".field-error").text()).contains("Ce moyen de paiement ne peut pas régler cette commande.");
        assertThat(buyer.orders()).isEmpty();

        // the shop's staff read why in their own ways to pay, the card still ticked: it is Stripe that cannot pay them yet
        Session staff = market.session(market.staffOf("Anne Lumbroise", c.lumbroise));
        Document methods = page(market.get("/espace-commercant/" + c.lumbroise.id() + "/moyens-de-paiement", staff));
        assertThat(methods.select("#method-stripe").hasAttr("checked")).isTrue();
        assertThat(methods.select("#method-stripe-declined").text())
                .isEqualTo("Les clients ne peuvent pas encore vous payer par carte : activez votre compte de paiement dans « Paiements par carte ».");
    }

    @Test
    void anApiClientIsGivenTheCheckoutPageToSendItsShopperTo() {
        Shopper buyer = shopper();
        String token = market.engine.sessions().open(buyer.id()).token();
        HttpResponse<String> added = buyer.web().json("POST", "/api/v1/cart/lines", "{\"variantId\": " + c.jam.variants().get(0).id().value() + ", \"quantity\": 1}",
                "Authorization", "Bearer " + token);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

        HttpResponse<String> created = buyer.web().json("POST", "/api/v1/checkout", "{\"tenders\": [{\"provider\": \"stripe\"}]}",
                "Authorization", "Bearer " + token, "Idempotency-Key", java.util.UUID.randomUUID().toString());

        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        var payment = WebSession.json(created).get("payments").get(0);
        assertThat(payment.get("provider").asText()).isEqualTo("stripe");
        assertThat(payment.get("status").asText()).isEqualTo("PENDING");
        assertThat(payment.get("approvalUrl").asText()).startsWith(stripe.apiBase());
    }

    @Test
    void theCardPagesAreTheirOwnersOnlyAndAPeriodMustMakeSense() {
        Session stranger = market.session(market.staffOf("Autre boutique", c.lumbroise));
        assertThat(market.get(shopPage(c.martin), stranger).statusCode()).isEqualTo(403);
        assertThat(market.get("/admin/paiements-carte", stranger).statusCode()).isEqualTo(403);
        Session admin = market.session(market.admin("Bob Admin"));
        assertThat(market.get("/admin/paiements-carte?du=2026-13-01", admin).statusCode()).isEqualTo(400);
        assertThat(market.get("/admin/paiements-carte?du=2026-12-01&au=2026-11-01", admin).statusCode()).isEqualTo(400);
        assertThat(market.get("/admin/paiements-carte/rapport.csv?du=2025-01-01&au=2026-12-01", admin).statusCode()).isEqualTo(400);
    }

    @Test
    void aWebhookWithoutStripesSignatureIsRefused() throws Exception {
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(market.uri("/api/v1/payments/stripe/webhook"))
                .header("Stripe-Signature", "t=1,v1=00").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"evt_1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
    }

}
