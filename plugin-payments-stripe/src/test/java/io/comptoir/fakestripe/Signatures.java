package io.comptoir.fakestripe;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** Stripe's webhook signature: {@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint's secret>}. */
public final class Signatures {
    private Signatures() {
    }

    public static String header(String secret, long timestamp, String payload) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + payload);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
