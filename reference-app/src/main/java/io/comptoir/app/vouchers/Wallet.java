package io.comptoir.app.vouchers;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vouchers a shopper holds, as the wallet shows them: not those of a cancelled or voided sale. */
final class Wallet {
    private static final Set<VoucherStatus> HIDDEN = Set.of(VoucherStatus.CANCELLED, VoucherStatus.VOID, VoucherStatus.STOCK);

    private final List<Voucher> vouchers;
    private final Map<Long, String> programmeNames = new HashMap<>();
    private final VoucherServices services;

    Wallet(VoucherServices services, AccountId holder) {
        this.services = services;
        this.vouchers = services.vouchers().walletOf(holder).stream().filter(v -> !HIDDEN.contains(v.status())).toList();
    }

    List<Voucher> vouchers() {
        return vouchers;
    }

    String programmeName(long programmeId) {
        return programmeNames.computeIfAbsent(programmeId, id -> services.programmes().programme(id).map(VoucherProgramme::name).orElse(""));
    }
}
