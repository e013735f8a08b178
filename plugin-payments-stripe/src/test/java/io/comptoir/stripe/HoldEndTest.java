package io.comptoir.stripe;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.PartStage;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A card hold lasts seven days: what was accepted is captured before it ends, and a shop deciding later is told to cancel. */
final class HoldEndTest {

    @EachDatabase
    void theAcceptedPartsAreCapturedADayBeforeTheHoldEndsAndALateShopCanOnlyCancel(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            String bakeryAccount = market.connectAccount(market.bakery);
            market.connectAccount(market.bookshop);
            market.basket(market.product(market.bakery, "Bûche", 3500), market.product(market.bookshop, "Beau livre", 4200));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);
            String intentId = (String) market.stripe.object(market.sessionOf(order)).get("payment_intent");
            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.collect(order, market.bakery);

            market.clock.advance(Duration.ofDays(5));
            market.runJobs();
            assertThat(market.stripe.object(intentId)).containsEntry("status", "requires_capture");

            market.clock.advance(Duration.ofHours(25));
            market.runJobs();

            assertThat(market.stripe.object(intentId)).containsEntry("status", "succeeded").containsEntry("amount_received", 3500L);
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(3325);
            assertThat(market.reports().partsOf(market.bookshop.id(), 0, 5)).singleElement()
                    .satisfies(part -> assertThat(part.stage()).isEqualTo(PartStage.RELEASED));
            assertThatThrownBy(() -> market.act(order, market.bookshop, OrderAction.ACCEPT)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("annulez la commande");
            assertThat(market.partOf(order, market.bookshop).status()).isEqualTo(MerchantOrderStatus.PLACED);

            market.act(order, market.bookshop, OrderAction.CANCEL);

            assertThat(market.partOf(order, market.bookshop).status()).isEqualTo(MerchantOrderStatus.CANCELLED);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(market.cardPayment(order).released()).isEqualTo(Money.euros(4200));
        }
    }

    @EachDatabase
    void aHoldNobodyAcceptedLapsesAtStripeAndTheShopsAreToldToCancel(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Panier garni", 5000));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);

            market.clock.advance(Duration.ofDays(7).plusMinutes(1));
            market.stripe.tick();
            market.awaitWebhooks();

            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement()
                    .satisfies(part -> assertThat(part.stage()).isEqualTo(PartStage.RELEASED));
            assertThatThrownBy(() -> market.act(order, market.bakery, OrderAction.ACCEPT)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("annulez la commande");
            market.act(order, market.bakery, OrderAction.CANCEL);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.VOIDED);
        }
    }
}
