package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.testing.TestMarketplace.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/payments/{provider}/webhook}: signed notifications apply once; anything else is refused, changing nothing. */
@EachDatabaseClass
final class PaymentWebhooksTest {
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.startWithHttpWebhooks(database);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    private static HttpResponse<String> post(String provider, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(market.uri("/api/v1/payments/" + provider + "/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return market.send(request.build());
    }

    /** Announces a 1.1 MB webhook with {@code Expect: 100-continue}: the status the server answers before the body. */
    private static int announceOversizedWebhook() {
        return OversizedRequest.expectingContinue(market.uri("/"), "POST", "/api/v1/payments/sandbox-card/webhook",
                Map.of("Content-Type", "application/json"), 1_100_000).status();
    }

    /** The sandbox's signature: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">} with the shared secret. */
    static String sign(String body, Instant at, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((at.getEpochSecond() + ".").getBytes(StandardCharsets.US_ASCII));
        return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String event(String id, String type, String reference) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"reference\": \"" + reference + "\", \"message\": \"\"}";
    }

    @Test
    void untrustedOrUnknownNotificationsAreRefusedWithoutASessionOrCsrfToken() throws Exception {
        String body = event("evt_test_1", "authorisation.succeeded", "sbx_unknown");
        HttpResponse<String> unsigned = post("sandbox-card", body);
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(json(unsigned).get("error").asText()).isEqualTo("webhook_rejected");

        HttpResponse<String> forged = post("sandbox-card", body, "Sandbox-Signature", sign(body, Instant.now(), "not-the-secret"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(json(forged).get("error").asText()).isEqualTo("webhook_rejected");

        HttpResponse<String> stale = post("sandbox-card", body, "Sandbox-Signature",
                sign(body, Instant.now().minusSeconds(3600), TestMarketplace.SANDBOX_SECRET));
        assertThat(stale.statusCode()).as("a captured webhook cannot be replayed later").isEqualTo(400);

        HttpResponse<String> unknownPayment = post("sandbox-card", body, "Sandbox-Signature", sign(body, Instant.now(), TestMarketplace.SANDBOX_SECRET));
        assertThat(unknownPayment.statusCode()).as("the processor retries later").isEqualTo(404);
        assertThat(json(unknownPayment).get("error").asText()).isEqualTo("payment_not_found");

        HttpResponse<String> unknownProvider = post("paypal", body);
        assertThat(unknownProvider.statusCode()).isEqualTo(404);
        assertThat(json(unknownProvider).get("error").asText()).isEqualTo("provider_not_found");

        assertThat(post("pay-at-pickup", body).statusCode()).as("a provider without webhooks").isEqualTo(400);
        assertThat(post("sandbox-card", "not json", "Sandbox-Signature", sign("not json", Instant.now(), TestMarketplace.SANDBOX_SECRET))
                .statusCode()).isEqualTo(400);
        assertThat(announceOversizedWebhook()).as("refused before a byte of the body is sent").isEqualTo(413);
    }

    @Test
    void aSignedNotificationIsAppliedOnceHoweverOftenItArrives() throws Exception {
        ApiShopper shopper = ApiShopper.register(market, "webhook@exemple.fr");
        shopper.add(market.catalogue.jam.variants().get(0).id().value(), 1);
        JsonNode order = json(shopper.checkout("{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242424242424242\"}}]}"));
        assertThat(shopper.awaitSettled(order.get("id").asLong()).get("status").asText()).isEqualTo("PLACED");
        Payment payment = market.engine.payments().paymentsOf(new CustomerOrderId(order.get("id").asLong())).get(0);
        List<PaymentTransaction> before = market.engine.payments().transactionsOf(payment.id());

        String failed = "{\"id\": \"evt_late_failure\", \"type\": \"authorisation.failed\", \"reference\": \""
                + payment.providerReference().orElseThrow() + "\", \"message\": \"trop tard\"}";
        String signature = sign(failed, Instant.now(), TestMarketplace.SANDBOX_SECRET);
        assertThat(post("sandbox-card", failed, "Sandbox-Signature", signature).statusCode()).isEqualTo(200);
        assertThat(post("sandbox-card", failed, "Sandbox-Signature", signature).statusCode()).isEqualTo(200);

        assertThat(market.engine.payments().transactionsOf(payment.id())).as("recorded once").hasSize(before.size() + 1);
        assertThat(json(shopper.call("GET", "/api/v1/orders/" + order.get("id").asLong(), null)).get("status").asText())
                .as("a placed order is not undone by a late notification").isEqualTo("PLACED");
        String ignored = event("evt_other", "charge.refunded", payment.providerReference().orElseThrow());
        assertThat(post("sandbox-card", ignored, "Sandbox-Signature", sign(ignored, Instant.now(), TestMarketplace.SANDBOX_SECRET)).statusCode())
                .isEqualTo(200);
    }
}
