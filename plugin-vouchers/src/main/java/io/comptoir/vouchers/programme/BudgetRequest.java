package io.comptoir.vouchers.programme;

import static java.util.Objects.requireNonNull;

/**
 * What a budget call asked for, in minor units of the programme's currency: to {@link Kind#GRANT grant} an amount, or to
 * {@link Kind#SET set} the budget to an amount. A retry asks for the same; the same key with another request is refused.
 */
public record BudgetRequest(Kind kind, long amount) {
    public enum Kind {
        GRANT("grant:"),
        SET("budget:");

        private final String ledgerKeyPrefix;

        Kind(String ledgerKeyPrefix) {
            this.ledgerKeyPrefix = ledgerKeyPrefix;
        }
    }

    public BudgetRequest {
        requireNonNull(kind, "kind is null");
    }

    /** How much the budget moves from what is granted now (negative: a cut). */
    long change(long granted) {
        return kind == Kind.GRANT ? amount : amount - granted;
    }

    /** The key of the ledger transaction that moves the budget (the prefixes those written before V5 have). */
    String ledgerKey(long programme, String idempotencyKey) {
        return kind.ledgerKeyPrefix + programme + ":" + idempotencyKey;
    }
}
