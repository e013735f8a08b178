package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.vouchers.api.PointOfSale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a new point-of-sale operator receives: an account whose password nobody knows, and a welcome mail saying where
 * they sell and that a second message brings the link to choose their password.
 */
final class OperatorInvitation {
    static final String MAIL_KIND = "vouchers_operator_invited";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(OperatorInvitation.class);

    private OperatorInvitation() {
    }

    /** A password nobody knows (256 random bits): the person sets theirs through the password link. */
    static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Mail welcome(Account operator, PointOfSale pointOfSale) {
        return new Mail(operator.email(), "Votre compte pour vendre les bons d'achat à « " + pointOfSale.name() + " »",
                "Bonjour " + operator.displayName() + ",\n\n"
                        + "L'équipe du territoire a ouvert votre compte d'opérateur du point de vente « " + pointOfSale.name()
                        + " », avec l'adresse " + operator.email() + ". Il vous permet de vendre les bons d'achat du territoire, "
                        + "d'activer les bons pré-imprimés et de suivre la remise d'espèces de chaque jour.\n\n"
                        + "Vous allez recevoir un second message avec un lien pour choisir votre mot de passe ; il est valable une "
                        + "heure. Passé ce délai, utilisez « Mot de passe oublié » avec la même adresse.\n\n"
                        + "Une fois connecté, ouvrez l'espace « Point de vente ».\n",
                MAIL_KIND);
    }

    /**
     * Sends the welcome mail after the account is in place. A mail that cannot be sent is logged and undoes nothing: the
     * password link follows anyway, and "forgotten password" sends another.
     */
    static void send(Mailer mailer, Mail mail) {
        try {
            mailer.send(mail);
        }
        catch (RuntimeException e) {
            log.warn("Mail {} could not be sent: {}", mail.kind(), e.getMessage());
        }
    }
}
