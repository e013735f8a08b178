package io.comptoir.vouchers.ledger;

import static java.util.Objects.requireNonNull;

/**
 * One line of a ledger transaction: a signed amount on an account, debits positive and credits negative.
 *
 * @param voucherId the voucher the line is about (VOUCHER and HOLD accounts), 0 otherwise
 */
record Entry(LedgerAccount account, long amount, long voucherId) {
    public Entry {
        requireNonNull(account, "account is null");
        if (amount == 0) {
            throw new IllegalArgumentException("an entry moves a non-zero amount");
        }
    }
}
