package io.comptoir.app.testing;

import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.SentMail;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Waits for mails that are sent in the background (a forgotten password is handled off the request thread): polls the
 * outbox until the mails are there or a deadline passes, and then fails naming what it saw.
 */
public final class Mailbox {
    private static final Duration DEADLINE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String PASSWORD_RESET = "password_reset";

    private Mailbox() {
    }

    /** The latest mails to the recipient, newest first, once there are at least {@code count} of them. */
    public static List<SentMail> awaitSentTo(MailOutbox outbox, String recipient, int count) {
        return awaitSentTo(outbox, recipient, count, mail -> true);
    }

    /** The newest password reset mail to the recipient, once it is there. */
    public static SentMail awaitPasswordReset(MailOutbox outbox, String recipient) {
        Predicate<SentMail> reset = mail -> mail.mail().kind().equals(PASSWORD_RESET);
        return awaitSentTo(outbox, recipient, 1, reset).stream().filter(reset).findFirst().orElseThrow();
    }

    /** The latest mails to the recipient, newest first, once at least {@code count} of them match. */
    public static List<SentMail> awaitSentTo(MailOutbox outbox, String recipient, int count, Predicate<SentMail> matching) {
        Supplier<List<SentMail>> latest = () -> outbox.sentTo(recipient, Math.max(count, 10) * 2);
        try {
            return await().atMost(DEADLINE).pollInterval(POLL).until(latest::get, mails -> mails.stream().filter(matching).count() >= count);
        }
        catch (ConditionTimeoutException e) {
            List<SentMail> mails = latest.get();
            throw new AssertionError("expected " + count + " mail(s) to " + recipient + " within " + DEADLINE.toSeconds()
                    + " s, found " + mails.size() + ": " + mails.stream().map(mail -> mail.mail().kind()).toList(), e);
        }
    }
}
