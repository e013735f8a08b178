package io.comptoir.stripe.connect;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.stripe.api.ConnectedAccount;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A row of {@code stripe_account}; {@code requirementsDue} is comma-separated, {@code disabledReason} nullable. */
record AccountRow(long merchantId, String accountId, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled,
                  String transfers, String requirementsDue, String disabledReason, Instant createdAt, Instant updatedAt) {

    ConnectedAccount toAccount() {
        return new ConnectedAccount(new MerchantId(merchantId), accountId, detailsSubmitted, chargesEnabled, payoutsEnabled, transfers,
                requirementsDue.isEmpty() ? List.of() : Arrays.asList(requirementsDue.split(",")), Optional.ofNullable(disabledReason),
                updatedAt);
    }
}
