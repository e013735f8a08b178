package io.comptoir.app.vouchers;

import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout's voucher extension point with the real {@code voucher} provider: several codes then the card for the rest,
 * only the shops that take the programme paid with vouchers, clear messages for codes that cannot pay.
 */
final class VoucherCheckoutTest {
    private static final String PAY = "action=pay";

    private static long orderId(HttpResponse<String> paid) {
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
        String location = WebSession.location(paid);
        assertThat(location).startsWith("/commandes/");
        return Long.parseLong(location.substring("/commandes/".length()));
    }

    private static WebSession shopper(VoucherMarket market, String name) {
        WebSession shopper = new WebSession(market::uri);
        shopper.register(name, name.toLowerCase().replaceAll("[^a-z]", "") + "@exemple.fr", VoucherMarket.PASSWORD);
        return shopper;
    }

    @EachDatabase
    void twoVouchersPayTheEligibleShopFirstAndTheCardPaysTheRestIncludingTheShopThatDoesNotTakeThem(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            List<Voucher> vouchers = market.sellBooster(2).vouchers();
            WebSession shopper = shopper(market, "Camille Beneficiaire");
            shopper.addToCart(market.catalogue.boots.variants().get(0).id().value(), 1);
            shopper.addToCart(market.catalogue.candle.variants().get(0).id().value(), 1);

            Document page = WebSession.page(shopper.get("/commande"));
            assertThat(page.select(".vouchers input[name=voucherCode]")).hasSize(1);
            Document more = WebSession.page(shopper.submit(page, "form.checkout", "action=update", "voucherCode", vouchers.get(0).code().grouped()));
            assertThat(more.select(".vouchers input[name=voucherCode]")).hasSize(2);
            more.select(".vouchers input[name=voucherCode]").get(1).attr("value", vouchers.get(1).code().value().toLowerCase());

            long id = orderId(shopper.submit(more, "form.checkout", PAY, "tender", "sandbox-card", "cardNumber", "4242 4242 4242 4242",
                    "cardExpiry", "12/30", "cardCvc", "123"));
            CustomerOrder order = market.awaitSettled(new CustomerOrderId(id));
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(order.payments()).extracting(p -> p.provider() + ":" + p.amount().minorUnits())
                    .containsExactly("voucher:1200", "voucher:1200", "sandbox-card:7990");
            assertThat(order.payments().get(0).label()).endsWith(vouchers.get(0).code().lastFour());
            assertThat(vouchers).allSatisfy(voucher -> assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(0)));

            Document confirmation = WebSession.page(shopper.get("/commandes/" + id));
            assertThat(confirmation.select(".order-card__payments li").text()).contains("Bon d'achat •••• " + vouchers.get(1).code().lastFour());
        }
    }

    @EachDatabase
    void aWrongCodeOrAVoucherNoShopOfTheBasketTakesIsRefusedWithAClearMessageAndNothingIsHeld(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Voucher voucher = market.sellBooster(1).vouchers().get(0);
            WebSession shopper = shopper(market, "Dominique Prudent");
            shopper.addToCart(market.catalogue.candle.variants().get(0).id().value(), 1);
            Document page = WebSession.page(shopper.get("/commande"));

            HttpResponse<String> wrong = shopper.submit(page, "form.checkout", PAY, "voucherCode", "AAAA-BBBB-CCCC-D", "tender", "sandbox-card",
                    "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/30", "cardCvc", "123");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(WebSession.page(wrong).select(".vouchers .field-error").text())
                    .isEqualTo("Le bon « AAAA-BBBB-CCCC-D » ne peut pas être utilisé pour cette commande.");

            HttpResponse<String> notTaken = shopper.submit(page, "form.checkout", PAY, "voucherCode", voucher.code().grouped(), "tender",
                    "sandbox-card", "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/30", "cardCvc", "123");
            assertThat(notTaken.statusCode()).as("Maison Lumbroise does not take the Booster").isEqualTo(400);
            assertThat(WebSession.page(notTaken).select(".vouchers .field-error").text())
                    .isEqualTo("Le bon « " + voucher.code().grouped() + " » ne peut pas être utilisé pour cette commande.");

            Account account = market.engine.accounts().accountByEmail("dominiqueprudent@exemple.fr").orElseThrow();
            assertThat(market.engine.orders().customerOrdersOf(account.id(), 0, 10)).isEmpty();
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void theCheckoutSaysWhichShopsVouchersCannotPayAndWhyAndAsksForNoCodeWhenNoShopTakesThem(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            WebSession shopper = shopper(market, "Alix Offrande");
            shopper.addToCart(market.boosterProduct.variants().get(0).id().value(), 1);
            String refusal = "La boutique Bons d’achat du Pays de Saint-Omer n’accepte pas les bons d’achat : elle ne participe à aucun "
                    + "programme de bons.";

            Document onlyVouchers = WebSession.page(shopper.get("/commande"));
            assertThat(onlyVouchers.select(".vouchers input[name=voucherCode]")).as("vouchers do not buy vouchers").isEmpty();
            assertThat(onlyVouchers.select(".vouchers").text()).contains("Aucune boutique de votre panier n’accepte les bons d’achat", refusal);
            assertThat(onlyVouchers.select("input[name=tender]:not([disabled])")).isNotEmpty();

            shopper.addToCart(market.catalogue.boots.variants().get(0).id().value(), 1);
            Document mixed = WebSession.page(shopper.get("/commande"));
            assertThat(mixed.select(".vouchers input[name=voucherCode]")).hasSize(1);
            assertThat(mixed.select("#voucher-refusals li")).extracting(org.jsoup.nodes.Element::text).containsExactly(refusal);
            assertThat(WebSession.page(shopper.get("/commande?lang=en")).select("#voucher-refusals li").text())
                    .isEqualTo("The shop Bons d’achat du Pays de Saint-Omer does not accept vouchers: it takes part in no voucher programme.");
        }
    }

    @EachDatabase
    void theApiTakesVoucherTendersAndCountsWrongCodesAgainstTheRealClientWhateverTheBodySays(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db, VoucherMarket.BOOSTER_BUDGET, Map.of("vouchers.wrong-code-limit", "2"))) {
            Voucher voucher = market.sellBooster(1).vouchers().get(0);
            Account buyer = market.shopper("Lou Api");
            Session session = market.session(buyer);
            market.engine.carts().add(CartOwner.shopper(buyer.id()), market.catalogue.jam.variants().get(0).id(), 1);
            String card = "{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242 4242 4242 4242\"}}";
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> wrong = market.api("POST", "/api/v1/checkout", session, "{\"tenders\": [{\"provider\": \"voucher\", "
                        + "\"details\": {\"code\": \"AAAA-BBBB-CCCC-D\", \"client\": \"forged-" + i + "\", \"account\": \"" + (9000 + i) + "\"}}, "
                        + card + "]}", "Idempotency-Key", "api-voucher-wrong-" + i);
                assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
                assertThat(VoucherMarket.json(wrong).get("error").asText()).isEqualTo("invalid_code");
            }
            HttpResponse<String> limited = market.api("POST", "/api/v1/checkout", session, "{\"tenders\": [{\"provider\": \"voucher\", "
                    + "\"details\": {\"code\": \"" + voucher.code().grouped() + "\", \"client\": \"forged-3\"}}, " + card + "]}",
                    "Idempotency-Key", "api-voucher-limited");
            assertThat(limited.statusCode()).as("the forged client did not lift the limit: " + limited.body()).isEqualTo(429);
            assertThat(VoucherMarket.json(limited).get("error").asText()).isEqualTo("too_many_attempts");

            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(market.engine.orders().customerOrdersOf(buyer.id(), 0, 10)).isEmpty();
        }
    }
}
