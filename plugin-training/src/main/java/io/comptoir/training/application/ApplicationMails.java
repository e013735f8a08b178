package io.comptoir.training.application;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.training.api.ApplicationForm;

import java.util.Locale;

/** The messages to applicants, in the language they are written to (see {@link ApplicationForm#language()}). */
final class ApplicationMails {
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.training.application.mails", ApplicationMails.class);

    private ApplicationMails() {
    }

    static Mail received(ApplicationForm form, Locale language) {
        return mail(form, language, TEXTS.format(language, "received.subject"),
                TEXTS.format(language, "received.body", form.contactName(), form.shopName()), "training_application_received");
    }

    static Mail approved(ApplicationForm form, boolean newAccount, Locale language) {
        String account = TEXTS.format(language, newAccount ? "approved.newAccount" : "approved.existingAccount", form.contactEmail());
        return mail(form, language, TEXTS.format(language, "approved.subject", form.shopName()),
                TEXTS.format(language, "approved.body", form.contactName(), account), "training_application_approved");
    }

    static Mail rejected(ApplicationForm form, String reason, Locale language) {
        return mail(form, language, TEXTS.format(language, "rejected.subject"),
                TEXTS.format(language, "rejected.body", form.contactName(), form.shopName(), reason), "training_application_rejected");
    }

    /** The text, then the signature. */
    private static Mail mail(ApplicationForm form, Locale language, String subject, String text, String kind) {
        return HtmlMail.of(form.contactEmail(), subject, text + "\n" + TEXTS.format(language, "signature"), kind, language);
    }
}
