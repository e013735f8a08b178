package io.comptoir.app.vouchers;

import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Voucher;

import java.time.Instant;
import java.time.LocalDate;

/** A voucher of the shopper's wallet; the holder sees its code in full, to spend it. */
record WalletJson(long id, String code, long programmeId, String programme, Money face, Money balance, String status, boolean spendable,
                  Instant issuedAt, Instant expiresAt, LocalDate lastDay, String pdf) {
    static WalletJson of(Voucher voucher, String programme, Instant now, MarketCalendar calendar) {
        return new WalletJson(voucher.id(), voucher.code().grouped(), voucher.programmeId(), programme, voucher.face(), voucher.balance(),
                voucher.status().name(), voucher.spendableAt(now), voucher.issuedAt().orElse(null), voucher.expiresAt().orElse(null),
                voucher.expiresAt().map(calendar::lastDayBefore).orElse(null), WalletApi.ROOT + "/" + voucher.id() + "/pdf");
    }
}
