package io.comptoir.stripe;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.CardTotals;
import io.comptoir.stripe.api.Movement;
import io.comptoir.stripe.api.MovementKind;
import io.comptoir.stripe.api.PartStage;
import io.comptoir.stripe.api.ShopTotals;
import io.comptoir.stripe.api.TerritoryReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The card path of a two-shop basket, from Stripe Checkout to each shop's transfer, against the fake Stripe server. */
final class CardPaymentFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @EachDatabase
    void aTwoShopBasketIsPaidOnceCapturedWhenBothShopsAcceptedAndEachShopIsPaidItsShareWhenItsOrderIsCollected(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            String bakeryAccount = market.connectAccount(market.bakery);
            String bookshopAccount = market.connectAccount(market.bookshop);
            market.basket(market.product(market.bakery, "Pain de campagne", 3000), market.product(market.bookshop, "Roman", 1500));

            CustomerOrder order = market.checkout(StripeMarket.byCard());

            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            String sessionId = market.sessionOf(order);
            Map<String, Object> session = market.stripe.object(sessionId);
            assertThat(session).containsEntry("amount_total", 4500L).containsEntry("currency", "eur").containsEntry("mode", "payment")
                    .containsEntry("success_url", "https://marche.example/commandes/" + order.id());
            assertThat(market.card().approvalUrl(market.cardPayment(order))).contains((String) session.get("url"));

            FakeStripe.PageAnswer paid = market.pay(order, FakeStripe.PAYING_CARD);

            assertThat(paid.status()).isEqualTo(303);
            assertThat(paid.location()).contains("https://marche.example/commandes/" + order.id());
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.AUTHORISED);
            assertThat(market.card().approvalUrl(market.cardPayment(order))).isEmpty();
            String intentId = (String) market.stripe.object(sessionId).get("payment_intent");
            Map<String, Object> intent = market.stripe.object(intentId);
            assertThat(intent).containsEntry("capture_method", "manual").containsEntry("status", "requires_capture")
                    .containsEntry("transfer_group", order.number());

            market.act(order, market.bakery, OrderAction.ACCEPT);

            assertThat(market.stripe.object(intentId)).containsEntry("status", "requires_capture");
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 10)).singleElement()
                    .satisfies(part -> assertThat(part.stage()).isEqualTo(PartStage.ACCEPTED));

            market.act(order, market.bookshop, OrderAction.ACCEPT);

            assertThat(market.stripe.object(intentId)).containsEntry("status", "succeeded").containsEntry("amount_received", 4500L);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(market.reports().partsOf(market.bookshop.id(), 0, 10)).singleElement().satisfies(part -> {
                assertThat(part.stage()).isEqualTo(PartStage.CAPTURED);
                assertThat(part.captured()).isEqualTo(Money.euros(1500));
            });
            assertThat(market.transfersOf(order)).isEmpty();

            market.collect(order, market.bakery);

            String chargeId = (String) intent.get("latest_charge");
            assertThat(market.transfersOf(order)).singleElement().satisfies(transfer -> {
                assertThat(transfer).containsEntry("amount", 2850L).containsEntry("destination", bakeryAccount)
                        .containsEntry("source_transaction", chargeId).containsEntry("currency", "eur");
            });
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(2850);
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 10)).singleElement().satisfies(part -> {
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFERRED);
                assertThat(part.commission()).isEqualTo(Money.euros(150));
                assertThat(part.transferred()).isEqualTo(Money.euros(2850));
                assertThat(part.owed()).isEqualTo(Money.euros(0));
            });
            assertThat(market.stripe.accountBalance(bookshopAccount)).isZero();

            market.collect(order, market.bookshop);

            assertThat(market.stripe.accountBalance(bookshopAccount)).isEqualTo(1425);
            TerritoryReport report = market.reports().territory(DAY, DAY);
            assertThat(report.shops()).extracting(ShopTotals::shopName).containsExactly("Boulangerie du Marché", "Librairie L'Encre");
            assertThat(report.total()).isEqualTo(new CardTotals(Money.euros(4500), Money.euros(0), Money.euros(225), Money.euros(4275),
                    Money.euros(0)));
            assertThat(report.charges()).isEqualTo(1);
            long fee = (long) market.stripe.objects("balance_transaction").stream().filter(txn -> "charge".equals(txn.get("type")))
                    .findFirst().orElseThrow().get("fee");
            assertThat(report.stripeFees()).isEqualTo(Money.euros(fee));
            balancesWithStripe(market, report);
        }
    }

    @EachDatabase
    void aShopThatRefusesCostsTheShopperNothingAndAnOrderEveryShopRefusesReleasesTheHold(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.connectAccount(market.bookshop);
            market.basket(market.product(market.bakery, "Brioche", 1200), market.product(market.bookshop, "Atlas", 3300));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);
            String intentId = (String) market.stripe.object(market.sessionOf(order)).get("payment_intent");

            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.act(order, market.bookshop, OrderAction.CANCEL);

            assertThat(market.stripe.object(intentId)).containsEntry("status", "succeeded").containsEntry("amount_received", 1200L);
            assertThat(market.reports().partsOf(market.bookshop.id(), 0, 10)).singleElement()
                    .satisfies(part -> assertThat(part.stage()).isEqualTo(PartStage.RELEASED));
            assertThat(market.cardPayment(order).captured()).isEqualTo(Money.euros(1200));
            assertThat(market.cardPayment(order).released()).isEqualTo(Money.euros(3300));

            market.basket(market.product(market.bakery, "Baguette", 900), market.product(market.bookshop, "Carnet", 800));
            CustomerOrder refused = market.checkout(StripeMarket.byCard());
            market.pay(refused, FakeStripe.PAYING_CARD);
            String refusedIntent = (String) market.stripe.object(market.sessionOf(refused)).get("payment_intent");

            market.act(refused, market.bookshop, OrderAction.CANCEL);
            market.act(refused, market.bakery, OrderAction.CANCEL);

            assertThat(market.stripe.object(refusedIntent)).containsEntry("status", "canceled").containsEntry("amount_received", 0L);
            assertThat(market.cardPayment(refused).status()).isEqualTo(PaymentStatus.VOIDED);
            assertThat(market.stripe.requestLog()).filteredOn(line -> line.contains(refusedIntent + "/capture")).isEmpty();
        }
    }

    /**
     * Over all time, for every shop: captured − refunded = commission + transferred + owed; and the report's captured,
     * refunded and transferred totals are exactly the sums of Stripe's balance transactions of those kinds.
     */
    static void balancesWithStripe(StripeMarket market, TerritoryReport report) {
        for (ShopTotals shop : report.shops()) {
            CardTotals totals = shop.totals();
            assertThat(totals.captured().minus(totals.refunded()))
                    .isEqualTo(totals.commission().plus(totals.transferred()).plus(totals.owed()));
        }
        List<Map<String, Object>> transactions = market.stripe.objects("balance_transaction");
        assertThat(report.total().captured().minorUnits()).isEqualTo(sum(transactions, "charge"));
        assertThat(report.total().refunded().minorUnits()).isEqualTo(-sum(transactions, "refund"));
        assertThat(report.total().transferred().minorUnits()).isEqualTo(-sum(transactions, "transfer") - sum(transactions, "transfer_refund"));
        List<Movement> movements = market.reports().movements(report.from(), report.to());
        for (Movement movement : movements) {
            Optional<Map<String, Object>> transaction = transactions.stream().filter(txn -> movement.stripeId().equals(txn.get("source"))).findFirst();
            if (movement.kind() != MovementKind.REDUCTION) {
                assertThat(transaction).as("balance transaction of %s", movement.stripeId()).isPresent();
            }
        }
    }

    private static long sum(List<Map<String, Object>> transactions, String type) {
        return transactions.stream().filter(txn -> type.equals(txn.get("type"))).mapToLong(txn -> ((Number) txn.get("amount")).longValue()).sum();
    }
}
