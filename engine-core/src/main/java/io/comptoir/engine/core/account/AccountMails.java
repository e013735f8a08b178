package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;

/** What the marketplace tells an account's holder about changes to it, in French as it speaks to its shoppers. */
final class AccountMails {
    static final String EMAIL_CHANGED = "account_email_changed";

    private AccountMails() {
    }

    static final String INVITED = "account_invited";

    /** To someone given a role: what it lets them into, and for a new account, that a link to choose a password follows. */
    static Mail invited(String email, String displayName, String invitedTo, boolean newAccount) {
        String body = """
                Bonjour %s,

                Vous faites désormais partie de %s sur la place de marché.

                %s
                """.formatted(displayName, invitedTo, newAccount
                ? "Un compte a été ouvert pour vous avec cette adresse : un second message vous apporte le lien pour choisir votre "
                        + "mot de passe (valable une heure ; « Mot de passe oublié » en envoie un autre)."
                : "Connectez-vous avec votre compte habituel pour y accéder.");
        return new Mail(email, "Vous avez été invité(e) : " + invitedTo, body, INVITED);
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
