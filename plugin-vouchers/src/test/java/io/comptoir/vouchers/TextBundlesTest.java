package io.comptoir.vouchers;

import io.comptoir.engine.testkit.TranslatedBundle;
import org.junit.jupiter.api.Test;

import java.util.Set;

/** The plugin's mails, printed vouchers and order notes exist in French and in English, every text translated. */
final class TextBundlesTest {

    @Test
    void theMailsAndThePrintedVouchersAreTranslated() {
        // a voucher's line ("• programme — balance — code X") is laid out alike in both languages
        TranslatedBundle.assertTranslated("io.comptoir.vouchers.mail.mails", VouchersPlugin.class, Set.of("line"));
        TranslatedBundle.assertTranslated("io.comptoir.vouchers.pos.mails", VouchersPlugin.class, Set.of());
        TranslatedBundle.assertTranslated("io.comptoir.vouchers.pdf.print", VouchersPlugin.class, Set.of());
        TranslatedBundle.assertTranslated("io.comptoir.vouchers.online.notes", VouchersPlugin.class, Set.of());
    }
}
