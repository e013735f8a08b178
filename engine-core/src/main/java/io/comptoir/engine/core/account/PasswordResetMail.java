package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;

/** The message that carries a password reset link, in French as the marketplace speaks to its shoppers. */
final class PasswordResetMail {
    static final String KIND = "password_reset";
    static final String SUBJECT = "Réinitialisation de votre mot de passe";

    private PasswordResetMail() {
    }

    static Mail to(String email, String displayName, String link) {
        String body = """
                Bonjour %s,

                Vous avez demandé à choisir un nouveau mot de passe pour votre compte. Ouvrez ce lien dans l'heure \
                qui vient pour le faire :

                %s

                Le lien ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : \
                votre mot de passe actuel reste valable.
                """.formatted(displayName, link);
        return new Mail(email, SUBJECT, body, KIND);
    }
}
