package io.comptoir.training;

import io.comptoir.engine.testkit.TranslatedBundle;
import org.junit.jupiter.api.Test;

import java.util.Set;

/** The plugin's mails and certificate exist in French and in English, every text translated. */
final class TextBundlesTest {

    @Test
    void theMailsAndTheCertificateAreTranslated() {
        TranslatedBundle.assertTranslated("io.comptoir.training.application.mails", TrainingPlugin.class, Set.of());
        // a long date reads "lundi 7 décembre 2026" or "Monday 7 December 2026" with the same pattern
        TranslatedBundle.assertTranslated("io.comptoir.training.workshop.mails", TrainingPlugin.class, Set.of("format.longDate"));
        TranslatedBundle.assertTranslated("io.comptoir.training.certificate.certificate", TrainingPlugin.class, Set.of("format.day"));
    }
}
