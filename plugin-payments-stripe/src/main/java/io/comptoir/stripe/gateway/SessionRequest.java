package io.comptoir.stripe.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A Checkout Session to open: one line per shop of the tender, paid with manual capture, its PaymentIntent in the customer
 * order's transfer group.
 *
 * @param reference what the shopper's statement and Stripe's dashboard show, e.g. the order number
 */
public record SessionRequest(String currency, List<Line> lines, String successUrl, String cancelUrl, Instant expiresAt,
                             String transferGroup, String reference, Map<String, String> metadata) {
    public SessionRequest {
        requireNonNull(currency, "currency is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        requireNonNull(successUrl, "successUrl is null");
        requireNonNull(cancelUrl, "cancelUrl is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(transferGroup, "transferGroup is null");
        requireNonNull(reference, "reference is null");
        metadata = Map.copyOf(requireNonNull(metadata, "metadata is null"));
    }

    /** One line of the hosted page: a shop's share of the tender. */
    public record Line(String name, long amount) {
        public Line {
            requireNonNull(name, "name is null");
            if (amount <= 0) {
                throw new IllegalArgumentException("a line has a positive amount");
            }
        }
    }
}
