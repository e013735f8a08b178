package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;

import java.util.Locale;

/** The message that carries a password reset link, in the account holder's language. */
final class PasswordResetMail {
    static final String KIND = "password_reset";
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.engine.core.account.mails", PasswordResetMail.class);

    private PasswordResetMail() {
    }

    static Mail to(String email, String displayName, String link, Locale language) {
        return HtmlMail.of(email, TEXTS.format(language, "reset.subject"), TEXTS.format(language, "reset.body", displayName, link), KIND, language);
    }
}
