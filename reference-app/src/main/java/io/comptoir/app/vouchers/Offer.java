package io.comptoir.app.vouchers;

import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.VoucherProgramme;

import static java.util.Objects.requireNonNull;

/**
 * A kind of voucher the till can sell now: a denomination of a programme on sale at points of sale.
 *
 * @param soldOut a boosted denomination whose top-up the remaining budget cannot cover
 */
public record Offer(VoucherProgramme programme, Denomination denomination, boolean soldOut) {
    public Offer {
        requireNonNull(programme, "programme is null");
        requireNonNull(denomination, "denomination is null");
    }

    /** The value of the till's single choice field: {@code programmeId:denominationId}. */
    public String key() {
        return programme.id() + ":" + denomination.id();
    }
}
