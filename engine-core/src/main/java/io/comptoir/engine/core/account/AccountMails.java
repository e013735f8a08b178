package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;

import java.util.Locale;

/** What the marketplace tells an account's holder about changes to it, in the account's language. */
final class AccountMails {
    static final String EMAIL_CHANGED = "account_email_changed";
    static final String INVITED = "account_invited";
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.engine.core.account.mails", AccountMails.class);

    private AccountMails() {
    }

    /** To someone given a role: what it lets them into, and for a new account, that a link to choose a password follows. */
    static Mail invited(String email, String displayName, String invitedTo, boolean newAccount, Locale language) {
        String body = TEXTS.format(language, "invited.body", displayName, invitedTo,
                TEXTS.format(language, newAccount ? "invited.newAccount" : "invited.existingAccount"));
        return HtmlMail.of(email, TEXTS.format(language, "invited.subject", invitedTo), body, INVITED, language);
    }

    /** To the former address, so that a change its holder did not make does not go unnoticed. */
    static Mail emailChanged(String formerEmail, String displayName, String newEmail, Locale language) {
        return HtmlMail.of(formerEmail, TEXTS.format(language, "emailChanged.subject"),
                TEXTS.format(language, "emailChanged.body", displayName, newEmail), EMAIL_CHANGED, language);
    }
}
