package io.comptoir.engine.api.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** A notification a provider sent to its webhook endpoint: headers (names in lower case) and the raw body. */
public record WebhookRequest(Map<String, String> headers, byte[] body) {
    public WebhookRequest {
        headers = requireNonNull(headers, "headers is null").entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        requireNonNull(body, "body is null");
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
