package io.comptoir.vouchers.redemption;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record HoldRow(long id, @ColumnName("voucher_id") long voucherId, @ColumnName("idempotency_key") String idempotencyKey,
                      long amount, long captured, long released) {

    public long outstanding() {
        return amount - captured - released;
    }

    public String reference() {
        return referenceOf(id);
    }

    /** The provider reference the engine knows a hold by. */
    public static String referenceOf(long holdId) {
        return "voucher-hold-" + holdId;
    }

    /** The hold id of a provider reference, or -1 when it is not one of ours. */
    public static long idOf(String reference) {
        if (reference == null || !reference.startsWith("voucher-hold-")) {
            return -1;
        }
        try {
            return Long.parseLong(reference.substring("voucher-hold-".length()));
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }
}
