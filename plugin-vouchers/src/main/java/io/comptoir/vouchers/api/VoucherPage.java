package io.comptoir.vouchers.api;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A page of vouchers, with the cursor of the next one when there is one (pass it back as {@link VoucherQuery#after()}). */
public record VoucherPage(List<Voucher> vouchers, Optional<String> next) {
    public VoucherPage {
        vouchers = List.copyOf(requireNonNull(vouchers, "vouchers is null"));
        requireNonNull(next, "next is null");
    }
}
