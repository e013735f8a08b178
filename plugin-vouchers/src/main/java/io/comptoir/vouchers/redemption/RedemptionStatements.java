package io.comptoir.vouchers.redemption;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;

/** The redemption statement of the hot paths, with the fluent API (see {@link io.comptoir.vouchers.ledger.LedgerStatements}). */
final class RedemptionStatements {
    private RedemptionStatements() {
    }

    /** Inserts a redemption (or a refund); the idempotency key is unique in its scope. Returns its id. */
    static long insert(Handle handle, String scope, String key, String hash, long voucher, long programme, long merchant, long amount,
                       long buyerPart, long subsidyPart, String currency, String channel, Long hold, Long merchantOrder, Long refundOf,
                       Long creditVoucher, Long staff, Instant at, LocalDate day, long transaction) {
        return handle.createUpdate("""
                        INSERT INTO voucher_redemption (idempotency_scope, idempotency_key, request_hash, voucher_id, programme_id, merchant_id,
                            amount, buyer_part, subsidy_part, currency, channel, hold_id, merchant_order_id, refund_of, credit_voucher_id,
                            staff_account_id, occurred_at, occurred_on, transaction_id)
                        VALUES (:scope, :key, :hash, :voucher, :programme, :merchant, :amount, :buyerPart, :subsidyPart, :currency, :channel,
                            :hold, :merchantOrder, :refundOf, :creditVoucher, :staff, :at, :day, :transaction)""")
                .bind("scope", scope).bind("key", key).bind("hash", hash).bind("voucher", voucher).bind("programme", programme)
                .bind("merchant", merchant).bind("amount", amount).bind("buyerPart", buyerPart).bind("subsidyPart", subsidyPart)
                .bind("currency", currency).bind("channel", channel).bind("hold", hold).bind("merchantOrder", merchantOrder)
                .bind("refundOf", refundOf).bind("creditVoucher", creditVoucher).bind("staff", staff).bind("at", at).bind("day", day)
                .bind("transaction", transaction).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
