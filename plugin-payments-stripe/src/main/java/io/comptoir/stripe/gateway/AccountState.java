package io.comptoir.stripe.gateway;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A connected account as Stripe sees it.
 *
 * @param transfers the status of its {@code transfers} capability: {@code active}, {@code pending}, {@code inactive}, or
 *                  {@code none} when it was not requested
 * @param currentlyDue what Stripe still needs from the shop (requirement names, e.g. {@code external_account})
 * @param disabledReason why Stripe disabled it, e.g. {@code requirements.past_due}
 */
public record AccountState(String id, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled, String transfers,
                           List<String> currentlyDue, Optional<String> disabledReason) {
    public AccountState {
        requireNonNull(id, "id is null");
        requireNonNull(transfers, "transfers is null");
        currentlyDue = List.copyOf(requireNonNull(currentlyDue, "currentlyDue is null"));
        requireNonNull(disabledReason, "disabledReason is null");
    }
}
