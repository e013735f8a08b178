package io.comptoir.mail.smtp;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailDeliveryException;
import io.comptoir.engine.api.mail.MailTransport;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * Sends each message to an SMTP server with Jakarta Mail (Eclipse Angus): one connection per message, from the
 * configured sender, in UTF-8: plain text, or {@code multipart/alternative} with the text and its HTML rendering when the
 * message has one. A message the server refuses for good (it rejects the recipient with a 5xx reply,
 * or the address is malformed) fails permanently; anything else (server down, timeout, 4xx, authentication) is worth
 * another attempt.
 */
public final class SmtpTransport implements MailTransport {
    private final SmtpSettings settings;
    private final InternetAddress from;
    private final Session session;

    /** @throws IllegalArgumentException when the sender address is malformed */
    public SmtpTransport(SmtpSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.from = parseFrom(settings.from());
        this.session = Session.getInstance(properties(settings));
    }

    private static InternetAddress parseFrom(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address;
        }
        catch (AddressException e) {
            throw new IllegalArgumentException("not a sender address: " + text, e);
        }
    }

    /** The Jakarta Mail session properties for these settings (no secret among them). */
    static Properties properties(SmtpSettings settings) {
        String protocol = protocol(settings.security());
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", Integer.toString(settings.port()));
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        properties.setProperty(prefix + "auth", Boolean.toString(settings.username().isPresent()));
        if (settings.security() == SmtpSecurity.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static String protocol(SmtpSecurity security) {
        return security == SmtpSecurity.TLS ? "smtps" : "smtp";
    }

    @Override
    public void deliver(Mail mail) throws MailDeliveryException {
        requireNonNull(mail, "mail is null");
        MimeMessage message;
        try {
            message = message(mail);
        }
        catch (AddressException e) {
            throw new MailDeliveryException("not a recipient address: " + e.getMessage(), true, e);
        }
        catch (MessagingException e) {
            throw new MailDeliveryException("the message could not be written: " + e.getMessage(), true, e);
        }
        try (Transport transport = session.getTransport(protocol(settings.security()))) {
            transport.connect(settings.host(), settings.port(), settings.username().orElse(null), settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        }
        catch (SendFailedException e) {
            throw new MailDeliveryException("SMTP server " + settings.host() + ":" + settings.port() + " refused the message: "
                    + e.getMessage(), refusedForGood(e), e);
        }
        catch (MessagingException e) {
            throw new MailDeliveryException("SMTP server " + settings.host() + ":" + settings.port() + " unreachable or failing: "
                    + e.getMessage(), false, e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.html().isPresent()) {
            message.setContent(alternatives(mail.body(), mail.html().get()));
        }
        else {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        }
        message.setSentDate(new Date());
        // RFC 3834: an automatic message, so that auto-responders do not answer it
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    /**
     * The text and its HTML rendering as {@code multipart/alternative} (RFC 2046): the text first, since a client shows
     * the last alternative it can display, so that one that cannot show HTML still shows the text.
     */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, StandardCharsets.UTF_8.name(), "plain");
        alternatives.addBodyPart(textPart);
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(htmlPart);
        return alternatives;
    }

    /** The server rejected the recipient with a permanent (5xx) reply: retrying cannot help. */
    private static boolean refusedForGood(SendFailedException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException messaging ? messaging.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String description() {
        return "SMTP " + settings.host() + ":" + settings.port() + " (" + settings.security().configName() + "), from " + from.getAddress();
    }
}
