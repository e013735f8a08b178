package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What a tender can pay, as its provider sees it before authorising: which shops it may pay, and how much at most
 * in all (a voucher: its balance; a card: no limit).
 *
 * @param label what people see for it, e.g. "Bon d'achat •••• 7Q2K"
 */
public record TenderCapacity(Set<MerchantId> eligibleMerchants, Optional<Money> maximum, String label) {
    public TenderCapacity {
        eligibleMerchants = Set.copyOf(requireNonNull(eligibleMerchants, "eligibleMerchants is null"));
        requireNonNull(maximum, "maximum is null");
        requireNonNull(label, "label is null");
    }
}
