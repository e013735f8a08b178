package io.comptoir.fakestripe;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An event as Stripe posts it: the raw JSON body and its {@code Stripe-Signature} header. */
public record SignedEvent(String eventId, String type, String body, String signature) {

    public Map<String, String> headers() {
        return Map.of("Content-Type", "application/json; charset=utf-8", "Stripe-Signature", signature);
    }

    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
