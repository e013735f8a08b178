package io.comptoir.engine.core;

import io.comptoir.engine.testkit.TranslatedBundle;
import org.junit.jupiter.api.Test;

import java.util.Set;

/** The engine's mails exist in French and in English, every text translated. */
final class MailBundlesTest {

    @Test
    void theAccountAndOrderMailsAreTranslated() {
        TranslatedBundle.assertTranslated("io.comptoir.engine.core.account.mails", Engine.class, Set.of());
        TranslatedBundle.assertTranslated("io.comptoir.engine.core.order.mails", Engine.class, Set.of());
    }
}
