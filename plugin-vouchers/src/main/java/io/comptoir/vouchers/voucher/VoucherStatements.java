package io.comptoir.vouchers.voucher;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Optional;

/**
 * The voucher statements of the hot paths (sales, redemptions, holds), with the fluent API (see
 * {@link io.comptoir.vouchers.ledger.LedgerStatements} for why). The balance only moves through {@link #spend} and
 * {@link #restore}: guarded single statements that never take it below zero or above the face value, run in the
 * transaction that books the matching ledger entries.
 */
public final class VoucherStatements {
    static final RowMapper<VoucherRow> ROW = new VoucherRow.Mapper();

    private VoucherStatements() {
    }

    /** Inserts a voucher holding {@code parts} (their total is its balance); returns its id. */
    public static long insert(Handle handle, String code, long programme, Long denomination, long face, Parts parts,
                              String status, String origin, Long pointOfSale, Long sale, Long holderAccount, String holderEmail,
                              Long replaces, Instant issuedAt, Instant expiresAt) {
        return handle.createUpdate("""
                        INSERT INTO voucher (code, programme_id, denomination_id, face, currency, balance, balance_parts, status, origin,
                                             point_of_sale_id, sale_id, holder_account_id, holder_email, replaces_voucher_id, issued_at,
                                             expires_at, updated_at)
                        VALUES (:code, :programme, :denomination, :face, :currency, :balance, :parts, :status, :origin, :pointOfSale, :sale,
                                :holderAccount, :holderEmail, :replaces, :issuedAt, :expiresAt, :issuedAt)""")
                .bind("code", code).bind("programme", programme).bind("denomination", denomination).bind("face", face)
                .bind("currency", parts.currency().getCurrencyCode()).bind("balance", parts.total()).bind("parts", parts.encoded())
                .bind("status", status).bind("origin", origin)
                .bind("pointOfSale", pointOfSale).bind("sale", sale).bind("holderAccount", holderAccount).bind("holderEmail", holderEmail)
                .bind("replaces", replaces).bind("issuedAt", issuedAt).bind("expiresAt", expiresAt)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public static Optional<VoucherRow> findByCode(Handle handle, String code) {
        return handle.createQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE code = :code").bind("code", code).map(ROW).findOne();
    }

    public static Optional<VoucherRow> lock(Handle handle, long id) {
        return handle.createQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE id = :id FOR UPDATE").bind("id", id).map(ROW).findOne();
    }

    /** Locks the voucher, and says whether a redemption with that idempotency key exists already (one round trip). */
    public static Optional<LockedVoucher> lockForRedemption(Handle handle, long id, String scope, String key) {
        return handle.createQuery("SELECT " + VoucherRow.COLUMNS + """
                        , (SELECT r.id FROM voucher_redemption r WHERE r.idempotency_scope = :scope AND r.idempotency_key = :key) AS earlier
                        FROM voucher WHERE id = :id FOR UPDATE""")
                .bind("id", id).bind("scope", scope).bind("key", key)
                .map((rs, ctx) -> {
                    long earlier = rs.getLong("earlier");
                    Long found = rs.wasNull() ? null : earlier;
                    return new LockedVoucher(ROW.map(rs, ctx), found);
                }).findOne();
    }

    /**
     * Locks the voucher of a code for a redemption, in one round trip: with it, the redemption an earlier request with the
     * same key made (if any).
     */
    public static Optional<LockedVoucher> lockByCodeForRedemption(Handle handle, String code, String scope, String key) {
        return handle.createQuery("SELECT " + VoucherRow.COLUMNS
                        + ", (SELECT r.id FROM voucher_redemption r WHERE r.idempotency_scope = :scope AND r.idempotency_key = :key) AS earlier"
                        + " FROM voucher WHERE code = :code FOR UPDATE")
                .bind("code", code).bind("scope", scope).bind("key", key)
                .map((rs, ctx) -> {
                    long earlier = rs.getLong("earlier");
                    Long found = rs.wasNull() ? null : earlier;
                    return new LockedVoucher(ROW.map(rs, ctx), found);
                }).findOne();
    }

    /**
     * Takes {@code taken} off an active voucher's balance and its parts; false when it is not active, past its deadline, or
     * no longer holds what the caller read ({@code voucher}, locked by the caller).
     */
    public static boolean spend(Handle handle, VoucherRow voucher, Parts taken, Instant at) {
        long amount = taken.total();
        return handle.createUpdate("""
                        UPDATE voucher SET balance = balance - :amount, balance_parts = :parts,
                            status = CASE WHEN balance - :amount = 0 THEN 'SPENT' ELSE status END, updated_at = :at
                        WHERE id = :id AND status = 'ACTIVE' AND balance >= :amount AND expires_at > :at AND balance_parts = :was""")
                .bind("id", voucher.id()).bind("amount", amount).bind("parts", voucher.parts().minus(taken).encoded())
                .bind("was", voucher.balanceParts()).bind("at", at).execute() == 1;
    }

    /**
     * Puts {@code given} back on a voucher (a release, a refund) and its parts; a spent voucher becomes active again. False
     * when the voucher no longer holds what the caller read ({@code voucher}, locked by the caller).
     */
    public static boolean restore(Handle handle, VoucherRow voucher, Parts given, Instant at) {
        long amount = given.total();
        return handle.createUpdate("""
                        UPDATE voucher SET balance = balance + :amount, balance_parts = :parts,
                            status = CASE WHEN status = 'SPENT' THEN 'ACTIVE' ELSE status END, updated_at = :at
                        WHERE id = :id AND balance + :amount <= face AND balance_parts = :was""")
                .bind("id", voucher.id()).bind("amount", amount).bind("parts", voucher.parts().plus(given).encoded())
                .bind("was", voucher.balanceParts()).bind("at", at).execute() == 1;
    }
}
