package io.comptoir.fakestripe;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Account;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.comptoir.stripe.gateway.StripeGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fake keeps to Stripe's rules on the calls the plugin makes, as seen through the official SDK. */
final class FakeStripeTest {
    private static final String KEY = "sk_test_fakeStripeTestKey";
    private final FakeStripe stripe = FakeStripe.start(KEY, "whsec_test", Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));
    private final StripeClient client = StripeGateway.client(KEY, stripe.apiBase());

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesOtherParameters() throws Exception {
        Session first = client.v1().checkout().sessions().create(session(1500), key("k1"));
        Session again = client.v1().checkout().sessions().create(session(1500), key("k1"));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getLastResponse().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(stripe.objects("checkout.session")).hasSize(1);
        assertThatThrownBy(() -> client.v1().checkout().sessions().create(session(1600), key("k1")))
                .isInstanceOf(IdempotencyException.class).hasMessageContaining("same parameters");
    }

    @Test
    void aRequestRefusedBeforeTheEndpointRanKeepsNothingUnderItsKey() throws Exception {
        SessionCreateParams missingUrl = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT).addLineItem(line(1500)).build();
        assertThatThrownBy(() -> client.v1().checkout().sessions().create(missingUrl, key("k2")))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> {
                    InvalidRequestException error = (InvalidRequestException) e;
                    assertThat(error.getCode()).isEqualTo("parameter_missing");
                    assertThat(error.getParam()).isEqualTo("success_url");
                    assertThat(error.getStatusCode()).isEqualTo(400);
                });

        assertThat(client.v1().checkout().sessions().create(session(1500), key("k2")).getStatus()).isEqualTo("open");
    }

    @Test
    void aWrongKeyIsRefused() {
        StripeClient stranger = StripeGateway.client("sk_test_someoneElse", stripe.apiBase());
        assertThatThrownBy(() -> stranger.v1().accounts().retrieve("acct_1")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aHoldIsCapturedOnceAndAtMostWhatIsCapturableThenRefundedAtMostWhatWasCaptured() throws Exception {
        Session session = client.v1().checkout().sessions().create(session(4000), key("s"));
        assertThat(stripe.pay(session.getId(), FakeStripe.PAYING_CARD).status()).isEqualTo(303);
        String intentId = (String) stripe.object(session.getId()).get("payment_intent");

        assertThatThrownBy(() -> client.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().setAmountToCapture(4001L).build(),
                key("c1"))).isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("amount_too_large");
        PaymentIntent captured = client.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().setAmountToCapture(2500L)
                .addExpand("latest_charge.balance_transaction").build(), key("c2"));
        assertThat(captured.getAmountReceived()).isEqualTo(2500L);
        assertThat(captured.getLatestChargeObject().getBalanceTransactionObject().getFee()).isEqualTo(63L);
        assertThatThrownBy(() -> client.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().build(), key("c3")))
                .isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("payment_intent_unexpected_state");
        assertThatThrownBy(() -> client.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().setAmountToCapture(4001L).build(),
                key("c1"))).as("a refusal of the endpoint is the key's answer").isInstanceOf(InvalidRequestException.class)
                .extracting("code").isEqualTo("amount_too_large");

        client.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(2000L).build(), key("r1"));
        assertThatThrownBy(() -> client.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(501L).build(),
                key("r2"))).isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("amount_too_large");
    }

    @Test
    void aTransferNeedsAnActiveAccountAndDrawsAtMostWhatItsChargeHasLeftOrTheAvailableBalance() throws Exception {
        Account account = client.v1().accounts().create(AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS).setCountry("FR")
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build()).build()).build(), key("a"));
        Session session = client.v1().checkout().sessions().create(session(3000), key("s"));
        stripe.pay(session.getId(), FakeStripe.PAYING_CARD);
        String intentId = (String) stripe.object(session.getId()).get("payment_intent");
        String chargeId = client.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().build(), key("c")).getLatestCharge();

        assertThatThrownBy(() -> client.v1().transfers().create(transfer(account.getId(), 1000, chargeId), key("t0")))
                .isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("insufficient_capabilities_for_transfer");
        String link = client.v1().accountLinks().create(com.stripe.param.AccountLinkCreateParams.builder().setAccount(account.getId())
                .setType(com.stripe.param.AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).setReturnUrl("https://a.example/r")
                .setRefreshUrl("https://a.example/l").build()).getUrl();
        assertThat(stripe.completeOnboarding(link)).isEqualTo("https://a.example/r");
        Transfer transfer = client.v1().transfers().create(transfer(account.getId(), 2000, chargeId), key("t1"));
        assertThatThrownBy(() -> client.v1().transfers().create(transfer(account.getId(), 1001, chargeId), key("t2")))
                .isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("balance_insufficient");
        assertThatThrownBy(() -> client.v1().transfers().create(TransferCreateParams.builder().setAmount(100L).setCurrency("eur")
                .setDestination(account.getId()).build(), key("t3"))).as("card funds are not available for seven days")
                .isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("balance_insufficient");

        client.v1().transfers().reversals().create(transfer.getId(), TransferReversalCreateParams.builder().setAmount(1500L).build(), key("v1"));
        assertThatThrownBy(() -> client.v1().transfers().reversals().create(transfer.getId(), TransferReversalCreateParams.builder()
                .setAmount(501L).build(), key("v2"))).isInstanceOf(InvalidRequestException.class);
        assertThat(client.v1().transfers().create(transfer(account.getId(), 2500, chargeId), key("t4")).getAmount()).isEqualTo(2500L);
        assertThat(stripe.accountBalance(account.getId())).isEqualTo(3000);
        assertThatThrownBy(() -> client.v1().transfers().create(transfer("acct_unknown", 1, chargeId), key("t5")))
                .isInstanceOf(InvalidRequestException.class).extracting("code").isEqualTo("resource_missing");
    }

    @Test
    void anEventIsSignedWithTheEndpointsSecretAsStripeSignsIt() throws Exception {
        Session session = client.v1().checkout().sessions().create(session(1500), key("s"));
        stripe.webhooks().holdForManualDelivery();
        stripe.pay(session.getId(), FakeStripe.PAYING_CARD);
        SignedEvent event = stripe.webhooks().sign(stripe.events("checkout.session.completed").get(0).get("id").toString());

        com.stripe.model.Event parsed = com.stripe.net.Webhook.constructEvent(event.body(), event.signature(), "whsec_test", 300,
                Clock.fixed(Instant.parse("2026-11-20T09:01:00Z"), ZoneOffset.UTC));

        assertThat(parsed.getType()).isEqualTo("checkout.session.completed");
        assertThat(((Session) parsed.getDataObjectDeserializer().deserializeUnsafe()).getId()).isEqualTo(session.getId());
        assertThat(event.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
    }

    private static SessionCreateParams session(long amount) {
        return SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT).setSuccessUrl("https://a.example/ok")
                .setCancelUrl("https://a.example/ko").addLineItem(line(amount))
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setCaptureMethod(SessionCreateParams.PaymentIntentData.CaptureMethod.MANUAL).setTransferGroup("C-1")
                        .putAllMetadata(Map.of("comptoir_payment", "1")).build()).build();
    }

    private static SessionCreateParams.LineItem line(long amount) {
        return SessionCreateParams.LineItem.builder().setQuantity(1L).setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency("eur").setUnitAmount(amount).setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName("Commande").build()).build()).build();
    }

    private static TransferCreateParams transfer(String destination, long amount, String charge) {
        return TransferCreateParams.builder().setAmount(amount).setCurrency("eur").setDestination(destination).setSourceTransaction(charge)
                .setTransferGroup("C-1").build();
    }

    private static RequestOptions key(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }
}
