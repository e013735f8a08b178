package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.vouchers.api.PointOfSale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * What a new point-of-sale operator receives: an account whose password nobody knows, and a welcome mail saying where
 * they sell and that a second message brings the link to choose their password.
 */
final class OperatorInvitation {
    static final String MAIL_KIND = "vouchers_operator_invited";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(OperatorInvitation.class);
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.vouchers.pos.mails", OperatorInvitation.class);

    private OperatorInvitation() {
    }

    /** A password nobody knows (256 random bits): the person sets theirs through the password link. */
    static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** In the operator's language: a new account's is the territory's, French, until its holder chooses another. */
    static Mail welcome(Account operator, PointOfSale pointOfSale) {
        Locale language = operator.language();
        return HtmlMail.of(operator.email(), TEXTS.format(language, "invited.subject", pointOfSale.name()),
                TEXTS.format(language, "invited.body", operator.displayName(), pointOfSale.name(), operator.email()), MAIL_KIND, language);
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
