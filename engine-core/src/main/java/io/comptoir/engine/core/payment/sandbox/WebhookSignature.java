package io.comptoir.engine.core.payment.sandbox;

import io.comptoir.engine.api.payment.WebhookRejectedException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * The sandbox's webhook signature, shaped like real processors' ones: header {@code t=<unix seconds>,v1=<hex>}, where
 * the hex is HMAC-SHA256 over {@code <t>.<raw body>} with the shared secret. A signature older than the tolerance is
 * refused, so a captured webhook cannot be replayed later.
 */
final class WebhookSignature {
    static final String HEADER = "sandbox-signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;

    WebhookSignature(String secret) {
        this.secret = requireNonNull(secret, "secret is null").getBytes(StandardCharsets.UTF_8);
    }

    String sign(byte[] body, Instant at) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + hmac(seconds, body);
    }

    void verify(String header, byte[] body, Instant now) {
        if (header == null) {
            throw new WebhookRejectedException("missing " + HEADER + " header");
        }
        long seconds = -1;
        String given = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    seconds = Long.parseLong(pair[1]);
                }
                catch (NumberFormatException e) {
                    throw new WebhookRejectedException("bad signature timestamp");
                }
            }
            else if (pair.length == 2 && pair[0].equals("v1")) {
                given = pair[1];
            }
        }
        if (seconds < 0 || given == null) {
            throw new WebhookRejectedException("malformed signature header");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            throw new WebhookRejectedException("signature timestamp outside the tolerance");
        }
        if (!MessageDigest.isEqual(hmac(seconds, body).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new WebhookRejectedException("signature does not match");
        }
    }

    private String hmac(long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
