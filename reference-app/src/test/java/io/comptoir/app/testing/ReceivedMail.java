package io.comptoir.app.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message as it arrived at the SMTP server, read as a mail client reads it: {@code multipart/alternative} with the
 * plain text first and its HTML rendering second, each declared UTF-8.
 */
public record ReceivedMail(String subject, String text, String html) {

    public static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        String rawSubject = message.getHeader("Subject")[0];
        assertThat(rawSubject.chars()).as("a 7-bit header").allMatch(c -> c < 128);
        if (!message.getSubject().chars().allMatch(c -> c < 128)) {
            assertThat(rawSubject).as("a subject beyond ASCII travels as RFC 2047 encoded words").startsWith("=?UTF-8?");
        }
        assertThat(message.getContentType()).startsWithIgnoringCase("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        return new ReceivedMail(message.getSubject(), part(parts.getBodyPart(0), "text/plain"), part(parts.getBodyPart(1), "text/html"));
    }

    private static String part(BodyPart part, String type) throws MessagingException, IOException {
        assertThat(part.getContentType()).startsWithIgnoringCase(type).containsIgnoringCase("charset=UTF-8");
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
