package io.comptoir.vouchers.pdf;

import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Formats vouchers for print, in the reader's language (French or English bundle). */
public final class VoucherPrints {
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.vouchers.pdf.print", VoucherPrints.class);

    private VoucherPrints() {
    }

    /** Who sold a voucher, printed on it: the point of sale and where it is. */
    public static String soldBy(String pointOfSale, String place, Locale language) {
        return TEXTS.format(language, "soldBy", pointOfSale, place);
    }

    /** @param calendar the marketplace's, in which the last day of validity is printed */
    public static PrintedVoucher of(Voucher voucher, VoucherProgramme programme, Optional<String> soldBy, Locale language,
                                    MarketCalendar calendar) {
        Locale formatting = MailTexts.formatting(language);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(TEXTS.format(language, "format.day"), formatting);
        String validity = voucher.expiresAt()
                .map(end -> TEXTS.format(language, "validity.until", day.format(calendar.lastDayBefore(end))))
                .orElse(TEXTS.format(language, "validity.activation"));
        Optional<String> serial = voucher.batchId().flatMap(batch -> voucher.batchNumber()
                .map(number -> TEXTS.format(language, "serial", Long.toString(batch), String.format(Locale.ROOT, "%06d", number))));
        return new PrintedVoucher(programme.name(), voucher.face().format(formatting), voucher.code().grouped(), validity, soldBy,
                serial, TEXTS.format(language, "terms"), TEXTS.format(language, "qr.alt", voucher.code().grouped()));
    }
}
