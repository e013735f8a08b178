package io.comptoir.engine.core.payment.sandbox;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.assertj.core.api.Assertions.assertThat;

final class SandboxCardProviderTest {

    @EachDatabase
    void aRepeatedAuthorisationAnswersTheFirstOnesReferenceAndBooksItOnce(TestDatabase db) {
        try (Engine engine = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .property("sandbox-card.webhook-delay-ms", "60000").build()) {
            PaymentProvider card = engine.payments().providers().stream().filter(p -> p.id().equals(SandboxCardProvider.ID)).findFirst().orElseThrow();
            Authorisation request = new Authorisation("checkout-41-0", new PaymentId(7), new CustomerOrderId(41), "C-000041", new AccountId(3),
                    Money.euros(25), Map.of("card", "4242424242424242"), Map.of(new MerchantId(5), Money.euros(25)));

            ProviderResult first = card.authorise(request);
            ProviderResult again = card.authorise(request);

            assertThat(first.outcome()).isEqualTo(ProviderResult.Outcome.PENDING);
            assertThat(again.outcome()).isEqualTo(ProviderResult.Outcome.PENDING);
            assertThat(again.providerReference()).isEqualTo(first.providerReference()).startsWith("sbx_");
            int booked = Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM sandbox_card_payment WHERE idempotency_key = 'checkout-41-0'").mapTo(Integer.class).one());
            assertThat(booked).isEqualTo(1);
        }
    }

    /** Its webhook names the engine's payment the authorisation named, as Stripe's metadata does. */
    @EachDatabase
    void itsWebhookNamesTheEnginesPayment(TestDatabase db) throws Exception {
        try (Engine engine = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .property("sandbox-card.webhook-delay-ms", "1").build()) {
            SandboxCardProvider card = engine.payments().providers().stream().filter(SandboxCardProvider.class::isInstance)
                    .map(SandboxCardProvider.class::cast).findFirst().orElseThrow();
            BlockingQueue<WebhookRequest> webhooks = new LinkedBlockingQueue<>();
            card.deliverInProcessTo(webhooks::add);
            Authorisation request = new Authorisation("checkout-42-0", new PaymentId(9), new CustomerOrderId(42), "C-000042", new AccountId(3),
                    Money.euros(25), Map.of("card", "4242424242424242"), Map.of(new MerchantId(5), Money.euros(25)));

            ProviderResult pending = card.authorise(request);
            WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);

            assertThat(webhook).as("the bank's webhook").isNotNull();
            assertThat(card.verifyWebhook(webhook)).hasValueSatisfying(notification -> {
                assertThat(notification.providerReference()).isEqualTo(pending.providerReference());
                assertThat(notification.outcome()).isEqualTo(ProviderResult.Outcome.APPROVED);
                assertThat(notification.payment()).contains(new PaymentId(9));
            });
        }
    }
}
