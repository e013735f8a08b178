package io.comptoir.vouchers.ledger;

/**
 * Called by the {@link Ledger} between writing a transaction's header and its entries. Production uses
 * {@link #NONE}; fault-injection tests throw from it to prove that a failure between two steps leaves nothing behind.
 */
@FunctionalInterface
public interface LedgerProbe {
    LedgerProbe NONE = key -> {
    };

    void afterHeader(String idempotencyKey);
}
