package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;

/** What the marketplace tells an account's holder about changes to it, in French as it speaks to its shoppers. */
final class AccountMails {
    static final String EMAIL_CHANGED = "account_email_changed";

    private AccountMails() {
    }

    /** To the former address, so that a change its holder did not make does not go unnoticed. */
    static Mail emailChanged(String formerEmail, String displayName, String newEmail) {
        String body = """
                Bonjour %s,

                L'adresse e-mail de votre compte est désormais %s : c'est avec elle que vous vous connecterez.

                Si vous n'êtes pas à l'origine de ce changement, répondez à ce message ou écrivez à l'équipe du \
                marché sans attendre.
                """.formatted(displayName, newEmail);
        return new Mail(formerEmail, "L'adresse e-mail de votre compte a changé", body, EMAIL_CHANGED);
    }
}
