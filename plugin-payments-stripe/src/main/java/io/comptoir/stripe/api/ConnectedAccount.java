package io.comptoir.stripe.api;

import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shop's Stripe Express account, as Stripe last described it.
 *
 * @param accountId Stripe's id, {@code acct_…}
 * @param detailsSubmitted the shop finished Stripe's onboarding form
 * @param chargesEnabled Stripe lets the account take payments of its own (not needed to be paid a share here)
 * @param payoutsEnabled Stripe pays the account's balance out to the shop's bank account
 * @param transfers the {@code transfers} capability: {@code active} when the account can be paid its shares
 * @param requirementsDue what Stripe still needs from the shop
 * @param disabledReason why Stripe disabled the account, if it did
 */
public record ConnectedAccount(MerchantId merchant, String accountId, boolean detailsSubmitted, boolean chargesEnabled,
                               boolean payoutsEnabled, String transfers, List<String> requirementsDue, Optional<String> disabledReason,
                               Instant updatedAt) {
    public ConnectedAccount {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(transfers, "transfers is null");
        requirementsDue = List.copyOf(requireNonNull(requirementsDue, "requirementsDue is null"));
        requireNonNull(disabledReason, "disabledReason is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    /** Whether card payments can be taken for the shop: onboarding done and transfers to its account active. */
    public boolean canReceivePayments() {
        return detailsSubmitted && transfers.equals("active");
    }
}
