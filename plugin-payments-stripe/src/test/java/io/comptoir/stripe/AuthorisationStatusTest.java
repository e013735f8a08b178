package io.comptoir.stripe;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a card tender stands at Stripe ({@code authorisationStatus}), as the engine asks after a crash or a lost webhook:
 * read from the Checkout Session and its PaymentIntent on the test server, and enough for the engine to settle the order.
 */
final class AuthorisationStatusTest {

    @EachDatabase
    void aPaidSessionWhoseWebhookWasLostIsAuthorisedAndTheEnginePlacesTheOrderWithoutIt(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Pain de campagne", 420));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            assertThat(status(market, order).state()).isEqualTo(AuthorisationStatus.State.PENDING);

            market.stripe.webhooks().holdForManualDelivery();
            market.stripe.pay(market.sessionOf(order), FakeStripe.PAYING_CARD);
            assertThat(market.stripe.webhooks().undelivered()).isNotEmpty();

            AuthorisationStatus status = status(market, order);
            assertThat(status.state()).isEqualTo(AuthorisationStatus.State.AUTHORISED);
            assertThat(status.providerReference()).isEqualTo(market.sessionOf(order));

            // the engine's reconciliation asks once the webhook is late, and places the order
            market.clock.advance(Duration.ofSeconds(30));
            market.runJobs();
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.AUTHORISED);

            // the plugin recorded the hold: the shop's acceptance captures it at Stripe
            market.act(order, market.bakery, OrderAction.ACCEPT);
            assertThat(status(market, order).state()).isEqualTo(AuthorisationStatus.State.CLOSED);
            assertThat(market.stripe.objects("payment_intent")).singleElement()
                    .satisfies(intent -> assertThat(intent).containsEntry("status", "succeeded").containsEntry("amount_received", 420L));
        }
    }

    @EachDatabase
    void aSessionThatExpiredIsDeclinedWithTheDeclineTheShopperSaw(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Brioche", 900));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.DECLINED_CARD);
            market.stripe.webhooks().holdForManualDelivery();
            market.clock.advance(Duration.ofMinutes(61));
            market.stripe.tick();

            AuthorisationStatus status = status(market, order);

            assertThat(status.state()).isEqualTo(AuthorisationStatus.State.DECLINED);
            assertThat(status.message()).isEqualTo("paiement par carte non terminé : Your card was declined. (generic_decline)");
        }
    }

    @EachDatabase
    void aTenderThePluginNeverRecordedIsUnknownNotNotFound(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            AuthorisationStatus status = market.card().authorisationStatus(new AuthorisationQuery("checkout-999-0", new PaymentId(999_999),
                    new CustomerOrderId(999), Optional.empty(), Money.euros(1)));

            assertThat(status.state()).isEqualTo(AuthorisationStatus.State.UNKNOWN);
        }
    }

    private static AuthorisationStatus status(StripeMarket market, CustomerOrder order) {
        Payment payment = market.cardPayment(order);
        return market.card().authorisationStatus(new AuthorisationQuery("checkout-" + order.id().value() + "-0", payment.id(), order.id(),
                payment.providerReference(), payment.amount()));
    }
}
