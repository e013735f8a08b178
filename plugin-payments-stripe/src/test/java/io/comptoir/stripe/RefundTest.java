package io.comptoir.stripe;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.CardTotals;
import io.comptoir.stripe.api.Movement;
import io.comptoir.stripe.api.MovementKind;
import io.comptoir.stripe.api.PartStage;
import io.comptoir.stripe.api.TerritoryReport;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.stripe.CardPaymentFlowTest.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds of a card share: at Stripe once captured, with the shop's transfer reversed; a smaller capture before. */
final class RefundTest {

    @EachDatabase
    void aPartialRefundAfterTheTransferRefundsTheCardAndReversesTheShopsTransferLessTheCommissionGivenBack(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db, "10", List.of())) {
            String bakeryAccount = market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Pièce montée", 3000));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);
            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.collect(order, market.bakery);
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(2700);
            String transferId = (String) market.transfersOf(order).get(0).get("id");

            market.act(order, market.bakery, OrderAction.REFUND, Optional.of(Money.euros(1000)));

            List<Map<String, Object>> refunds = market.stripe.objects("refund");
            assertThat(refunds).singleElement().satisfies(refund -> assertThat(refund).containsEntry("amount", 1000L));
            // kept 20,00: commission 2,00, due 18,00; 27,00 were transferred, 9,00 come back
            assertThat(market.stripe.object(transferId)).containsEntry("amount_reversed", 900L).containsEntry("reversed", false);
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(1800);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement().satisfies(part -> {
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFERRED);
                assertThat(part.refunded()).isEqualTo(Money.euros(1000));
                assertThat(part.commission()).isEqualTo(Money.euros(200));
                assertThat(part.transferred()).isEqualTo(Money.euros(1800));
            });
            List<Movement> movements = market.reports().movements(DAY, DAY);
            assertThat(movements).extracting(Movement::kind).containsExactly(MovementKind.CAPTURE, MovementKind.TRANSFER, MovementKind.REFUND,
                    MovementKind.REVERSAL);
            assertThat(movements.get(2).commission()).isEqualTo(Money.euros(-100));
            assertThat(movements.get(3).transferId()).contains(transferId);

            market.act(order, market.bakery, OrderAction.REFUND);

            assertThat(market.stripe.object(transferId)).containsEntry("amount_reversed", 2700L).containsEntry("reversed", true);
            assertThat(market.stripe.accountBalance(bakeryAccount)).isZero();
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.REFUNDED);
            TerritoryReport report = market.reports().territory(DAY, DAY);
            assertThat(report.total()).isEqualTo(new CardTotals(Money.euros(3000), Money.euros(3000), Money.euros(0), Money.euros(0),
                    Money.euros(0)));
            CardPaymentFlowTest.balancesWithStripe(market, report);
            StringWriter csv = new StringWriter();
            market.reports().writeMovementsCsv(DAY, DAY, csv);
            assertThat(csv.toString().lines()).hasSize(7).first().isEqualTo("date;order;shop_id;shop;kind;amount;commission;currency;stripe_id;transfer_id");
            assertThat(csv.toString()).contains(";REVERSAL;9,00;0,00;EUR;trr_", ";REFUND;10,00;-1,00;EUR;re_");
        }
    }

    @EachDatabase
    void aRefundBeforeTheOtherShopDecidesMakesTheCaptureSmallerAndTheShopIsPaidWhatItKept(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            String bakeryAccount = market.connectAccount(market.bakery);
            market.connectAccount(market.bookshop);
            market.basket(market.product(market.bakery, "Galette", 2000), market.product(market.bookshop, "Agenda", 1000));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);
            String intentId = (String) market.stripe.object(market.sessionOf(order)).get("payment_intent");

            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.act(order, market.bakery, OrderAction.REFUND, Optional.of(Money.euros(500)));
            market.act(order, market.bookshop, OrderAction.ACCEPT);

            assertThat(market.stripe.object(intentId)).containsEntry("amount_received", 2500L);
            assertThat(market.stripe.objects("refund")).isEmpty();
            // the bakery's order ended with its refund: what it kept (15,00 less 5 %) is its due at once
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(1425);
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement().satisfies(part -> {
                assertThat(part.captured()).isEqualTo(Money.euros(1500));
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFERRED);
            });
            assertThat(market.reports().movements(DAY, DAY)).extracting(Movement::kind)
                    .contains(MovementKind.REDUCTION, MovementKind.CAPTURE, MovementKind.TRANSFER);
            CardPaymentFlowTest.balancesWithStripe(market, market.reports().territory(DAY, DAY));
        }
    }
}
