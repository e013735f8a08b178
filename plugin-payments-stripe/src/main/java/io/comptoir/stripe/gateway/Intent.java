package io.comptoir.stripe.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * A PaymentIntent as the plugin needs it.
 *
 * @param status Stripe's: {@code requires_payment_method}, {@code requires_capture}, {@code succeeded}, {@code canceled}…
 * @param chargeId its latest charge, the {@code source_transaction} of the shops' transfers
 * @param captureBefore when the card hold lapses (the charge's {@code payment_method_details.card.capture_before})
 * @param lastFailure why the last attempt to pay failed, as Stripe tells the shopper
 * @param fee Stripe's fee on the captured charge, from its balance transaction, when known
 */
public record Intent(String id, String status, long amount, long amountCapturable, long amountReceived, Optional<String> chargeId,
                     Optional<Instant> captureBefore, Optional<String> lastFailure, OptionalLong fee, Map<String, String> metadata) {
    public Intent {
        requireNonNull(id, "id is null");
        requireNonNull(status, "status is null");
        requireNonNull(chargeId, "chargeId is null");
        requireNonNull(captureBefore, "captureBefore is null");
        requireNonNull(lastFailure, "lastFailure is null");
        requireNonNull(fee, "fee is null");
        metadata = Map.copyOf(requireNonNull(metadata, "metadata is null"));
    }

    /** Authorised and waiting for its capture: the whole amount is held on the card. */
    public boolean authorised() {
        return status.equals("requires_capture") && amountCapturable == amount;
    }
}
