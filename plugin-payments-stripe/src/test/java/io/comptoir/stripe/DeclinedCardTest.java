package io.comptoir.stripe;

import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A card declined on Stripe's page: the shopper may try another card; if they give up, the order fails and the basket comes back. */
final class DeclinedCardTest {

    @EachDatabase
    void aDeclinedCardLeavesTheOrderWaitingAndAnAbandonedSessionFailsItWithStripesReason(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Éclair", 450), market.product(market.bakery, "Tarte", 1800));
            CustomerOrder order = market.checkout(StripeMarket.byCard());

            FakeStripe.PageAnswer declined = market.pay(order, FakeStripe.DECLINED_CARD);

            assertThat(declined.status()).isEqualTo(402);
            assertThat(declined.html()).contains("Your card was declined.");
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            assertThat(market.card().approvalUrl(market.cardPayment(order))).isPresent();

            // the engine gives up on a payment not confirmed within 15 minutes; the plugin closes the session at Stripe
            market.clock.advance(Duration.ofMinutes(16));
            market.runJobs();
            market.awaitWebhooks();

            CustomerOrder failed = market.reload(order);
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(market.stripe.object(market.sessionOf(order))).containsEntry("status", "expired");
            assertThat(market.engine.carts().cart(CartOwner.shopper(market.shopper.id())).lines()).hasSize(2);
        }
    }

    @EachDatabase
    void aSessionThatExpiresAtStripeFailsTheOrderWithTheDeclineTheShopperSaw(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Chouquettes", 600));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.INSUFFICIENT_FUNDS_CARD);

            // Stripe closes the session at its end; the engine has not given up on the order yet
            market.clock.advance(Duration.ofMinutes(12));
            market.stripe.webhooks().holdForManualDelivery();
            market.clock.advance(Duration.ofMinutes(49));
            market.stripe.tick();
            String expired = market.stripe.events("checkout.session.expired").get(0).get("id").toString();
            assertThat(market.stripe.webhooks().deliver(expired)).isEqualTo(200);

            CustomerOrder failed = market.reload(order);
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(failed.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .isEqualTo("paiement par carte non terminé : Your card has insufficient funds. (insufficient_funds)"));
        }
    }

    @EachDatabase
    void anotherCardAfterADeclineCompletesThePaymentEvenWhenTheDeclineIsDeliveredLast(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Kouign-amann", 700));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.stripe.webhooks().holdForManualDelivery();

            market.stripe.pay(market.sessionOf(order), FakeStripe.DECLINED_CARD);
            market.stripe.pay(market.sessionOf(order), FakeStripe.PAYING_CARD);
            String failure = market.stripe.events("payment_intent.payment_failed").get(0).get("id").toString();
            String completed = market.stripe.events("checkout.session.completed").get(0).get("id").toString();

            assertThat(market.stripe.webhooks().deliver(completed)).isEqualTo(200);
            assertThat(market.stripe.webhooks().deliver(failure)).isEqualTo(200);

            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.AUTHORISED);
            assertThat(market.card().approvalUrl(market.cardPayment(order))).isEmpty();
        }
    }
}
