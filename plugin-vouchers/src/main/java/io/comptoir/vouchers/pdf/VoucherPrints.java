package io.comptoir.vouchers.pdf;

import io.comptoir.vouchers.api.ParisCalendar;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Formats vouchers for print, in French. */
public final class VoucherPrints {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private VoucherPrints() {
    }

    public static PrintedVoucher of(Voucher voucher, VoucherProgramme programme, Optional<String> soldBy) {
        String validity = voucher.expiresAt()
                .map(end -> "Valable jusqu'au " + DAY.format(ParisCalendar.lastDayBefore(end)) + " inclus")
                .orElse("Valable après activation au point de vente");
        Optional<String> serial = voucher.batchId().flatMap(batch -> voucher.batchNumber()
                .map(number -> "Série " + batch + " — n° " + String.format(Locale.ROOT, "%06d", number)));
        return new PrintedVoucher(programme.name(), voucher.face().format(Locale.FRANCE), voucher.code().grouped(), validity, soldBy,
                serial, "Utilisable en une ou plusieurs fois dans les commerces participants, en boutique ou en ligne. "
                + "Ni repris, ni échangé, ni remboursé. Conservez-le : il vaut de l'argent.");
    }
}
