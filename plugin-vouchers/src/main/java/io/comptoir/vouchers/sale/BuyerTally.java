package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.vouchers.api.BuyerLimit;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-buyer limits, kept exact under concurrency: each identity of the buyer (e-mail, phone, marketplace account) has a
 * tally row, raised by a guarded single-statement update that refuses to pass the limit, in the sale's transaction.
 */
final class BuyerTally {
    private BuyerTally() {
    }

    static List<String> keys(Optional<String> email, Optional<String> phone, Optional<Long> account) {
        List<String> keys = new ArrayList<>();
        email.ifPresent(value -> keys.add("email:" + value));
        phone.ifPresent(value -> keys.add("phone:" + value));
        account.ifPresent(value -> keys.add("account:" + value));
        return keys;
    }

    /** Counts the vouchers against every identity, or refuses (the caller's transaction then rolls back). */
    static void count(Handle handle, long programme, BuyerLimit limit, List<String> keys, int vouchers, long face) {
        if (!limit.limitsBuyers() || keys.isEmpty()) {
            return;
        }
        int maxVouchers = limit.vouchersPerBuyer().orElse(Integer.MAX_VALUE / 2);
        long maxAmount = limit.amountPerBuyer().map(amount -> amount.minorUnits()).orElse(Long.MAX_VALUE / 2);
        for (String key : keys) {
            handle.createUpdate("""
                            INSERT INTO voucher_buyer_tally (programme_id, buyer_key, vouchers, face_amount)
                            VALUES (:programme, :key, 0, 0) ON CONFLICT DO NOTHING""")
                    .bind("programme", programme).bind("key", key).execute();
            int updated = handle.createUpdate("""
                            UPDATE voucher_buyer_tally SET vouchers = vouchers + :vouchers, face_amount = face_amount + :face
                            WHERE programme_id = :programme AND buyer_key = :key
                              AND vouchers + :vouchers <= :maxVouchers AND face_amount + :face <= :maxAmount""")
                    .bind("programme", programme).bind("key", key).bind("vouchers", vouchers).bind("face", face)
                    .bind("maxVouchers", maxVouchers).bind("maxAmount", maxAmount).execute();
            if (updated == 0) {
                throw new ConflictException("buyer_limit_reached", "this buyer has reached the programme's limit ("
                        + limit.vouchersPerBuyer().stream().mapToObj(n -> n + " vouchers").findFirst()
                        .orElseGet(() -> limit.amountPerBuyer().orElseThrow().toString()) + ")");
            }
        }
    }

    /** Gives the vouchers back to every identity (a cancelled sale). */
    static void uncount(Handle handle, long programme, List<String> keys, int vouchers, long face) {
        for (String key : keys) {
            handle.createUpdate("""
                            UPDATE voucher_buyer_tally SET vouchers = vouchers - :vouchers, face_amount = face_amount - :face
                            WHERE programme_id = :programme AND buyer_key = :key AND vouchers >= :vouchers AND face_amount >= :face""")
                    .bind("programme", programme).bind("key", key).bind("vouchers", vouchers).bind("face", face).execute();
        }
    }
}
