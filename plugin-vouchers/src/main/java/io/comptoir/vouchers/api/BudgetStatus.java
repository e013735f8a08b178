package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * A programme's subsidy budget, from the ledger: granted by the funders, committed by boosted sales (net of
 * cancellations and of subsidy returned at expiry), and remaining. {@code committed <= granted} always holds.
 */
public record BudgetStatus(Money granted, Money committed) {
    public BudgetStatus {
        requireNonNull(granted, "granted is null");
        requireNonNull(committed, "committed is null");
    }

    public Money remaining() {
        return granted.minus(committed);
    }
}
