package io.comptoir.vouchers.api;

/**
 * Proves the books: the ledger balances (every transaction and the whole sum to zero), and every cached balance equals
 * the sum of its entries — each voucher's balance and its parts by source, each programme's committed subsidy and budget, each hold's captured
 * and released amounts — and the redemptions agree with what the shops were credited.
 */
public interface LedgerAudit {
    AuditReport verify();
}
