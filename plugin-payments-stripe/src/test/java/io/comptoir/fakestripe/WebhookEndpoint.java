package io.comptoir.fakestripe;

import java.util.Map;

/** Where the fake posts its signed events: the marketplace's webhook route (over HTTP or in the same JVM). */
@FunctionalInterface
public interface WebhookEndpoint {

    /** @return the HTTP status the marketplace answered; anything but 2xx is delivered again later, as Stripe does */
    int post(Map<String, String> headers, byte[] body);
}
