package io.comptoir.stripe;

import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.WebhookRejectedException;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.fakestripe.SignedEvent;
import io.comptoir.stripe.api.ConnectedAccount;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stripe's webhooks: verified, applied once per event id, in whatever order they come, and refused when not Stripe's. */
final class WebhookTest {

    @EachDatabase
    void anEventDeliveredTwiceIsAppliedOnce(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Pain aux noix", 520), market.product(market.bakery, "Cake", 1480));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.stripe.webhooks().holdForManualDelivery();
            market.stripe.pay(market.sessionOf(order), FakeStripe.PAYING_CARD);
            String completed = market.stripe.events("checkout.session.completed").get(0).get("id").toString();

            assertThat(market.stripe.webhooks().deliver(completed)).isEqualTo(200);
            assertThat(market.stripe.webhooks().deliver(completed)).isEqualTo(200);
            assertThat(market.stripe.webhooks().deliver(completed)).isEqualTo(200);

            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(market.engine.payments().transactionsOf(market.cardPayment(order).id()))
                    .filteredOn(tx -> tx.kind() == PaymentTransaction.Kind.WEBHOOK).hasSize(1);
            assertThat(market.stripe.webhooks().attempts(completed)).isEqualTo(3);
        }
    }

    @EachDatabase
    void accountEventsOutOfOrderLeaveTheShopInTheStateStripeHasNowAndAReplayChangesNothing(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.stripe.webhooks().holdForManualDelivery();
            String link = market.connect().onboardingLink(market.bakery.id(), "https://marche.example/retour", "https://marche.example/lien");
            market.stripe.completeOnboarding(link);
            String account = market.connect().account(market.bakery.id()).orElseThrow().accountId();
            market.stripe.restrict(account, "requirements.past_due");
            String onboarded = market.stripe.events("account.updated").get(0).get("id").toString();
            String restricted = market.stripe.events("account.updated").get(1).get("id").toString();
            assertThat(market.stripe.events("account.updated").get(1)).containsEntry("account", account);

            assertThat(market.stripe.webhooks().deliver(restricted)).isEqualTo(200);
            assertThat(market.stripe.webhooks().deliver(onboarded)).isEqualTo(200);

            ConnectedAccount state = market.connect().account(market.bakery.id()).orElseThrow();
            assertThat(state.detailsSubmitted()).isTrue();
            assertThat(state.payoutsEnabled()).isFalse();
            assertThat(state.transfers()).isEqualTo("inactive");
            assertThat(state.disabledReason()).contains("requirements.past_due");
            assertThat(state.requirementsDue()).containsExactly("individual.verification.document");
            assertThat(market.card().refusal(market.bakery.id())).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(StripeCardProvider.ACCOUNT_NOT_READY));

            long requests = market.stripe.requestLog().stream().filter(line -> line.equals("GET /v1/accounts/" + account)).count();
            assertThat(market.stripe.webhooks().deliver(onboarded)).isEqualTo(200);
            assertThat(market.stripe.requestLog().stream().filter(line -> line.equals("GET /v1/accounts/" + account)).count()).isEqualTo(requests);
        }
    }

    @EachDatabase
    void aWebhookNotSignedByTheEndpointsSecretOrTooOldOrAlteredIsRefusedAndChangesNothing(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Panettone", 2400));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.stripe.webhooks().holdForManualDelivery();
            market.stripe.pay(market.sessionOf(order), FakeStripe.PAYING_CARD);
            String completed = market.stripe.events("checkout.session.completed").get(0).get("id").toString();

            SignedEvent otherSecret = market.stripe.webhooks().sign(completed, "whsec_someoneElsesSecret", market.clock.instant());
            SignedEvent stale = market.stripe.webhooks().sign(completed, StripeMarket.WEBHOOK_SECRET,
                    market.clock.instant().minus(Duration.ofMinutes(6)));
            SignedEvent genuine = market.stripe.webhooks().sign(completed);
            String altered = genuine.body().replace("\"complete\"", "\"open\"");

            assertThat(market.stripe.webhooks().post(otherSecret)).isEqualTo(400);
            assertThat(market.stripe.webhooks().post(stale)).isEqualTo(400);
            assertThat(market.stripe.webhooks().post(new SignedEvent(completed, genuine.type(), altered, genuine.signature()))).isEqualTo(400);
            assertThatThrownBy(() -> market.engine.payments().handleWebhook(StripeCardProvider.ID,
                    new WebhookRequest(Map.of("Content-Type", "application/json"), genuine.bytes())))
                    .isInstanceOf(WebhookRejectedException.class).hasMessageContaining("Stripe-Signature");
            assertThatThrownBy(() -> market.engine.payments().handleWebhook(StripeCardProvider.ID,
                    new WebhookRequest(Map.of("Stripe-Signature", genuine.signature()), "not json".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(WebhookRejectedException.class);
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            assertThat(market.cardPayment(order).status()).isEqualTo(PaymentStatus.PENDING);

            assertThat(market.stripe.webhooks().post(genuine)).isEqualTo(200);
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    @EachDatabase
    void aWebhookTheMarketplaceCouldNotTakeIsSentAgainUntilItIs(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Fougasse", 650));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            int[] calls = {0};
            market.stripe.webhooks().sendTo((headers, body) -> ++calls[0] <= 2 ? 503 : market.receiveWebhook(headers, body));

            market.pay(order, FakeStripe.PAYING_CARD);

            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(calls[0]).isGreaterThan(3);
        }
    }
}
