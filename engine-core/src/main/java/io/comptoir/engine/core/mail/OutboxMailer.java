package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.MailRefusedException;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.plugin.kit.EmailAddresses;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The default {@link Mailer}: writes every message to the {@code mail_outbox} table and logs one line per message. With
 * a {@link MailTransport} the message waits there ({@link MailStatus#PENDING}) for the {@link MailRelay} to send it;
 * without, it is only kept ({@link MailStatus#KEPT}), for the admin's outbox page and tests. The log never shows a body
 * (bodies hold secret links) nor a whole address.
 */
@Singleton
public final class OutboxMailer implements Mailer, MailOutbox {
    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);
    private static final int MAX_SUBJECT_LENGTH = 998;
    private static final int MAX_KIND_LENGTH = 64;
    private static final int MAX_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailDelivery delivery;
    private final MailRelay relay;

    @Inject
    public OutboxMailer(Jdbi jdbi, Clock clock, MailDelivery delivery, MailRelay relay) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.delivery = requireNonNull(delivery, "delivery is null");
        this.relay = requireNonNull(relay, "relay is null");
    }

    @Override
    public void send(Mail mail) {
        write(List.of(checked(mail)));
    }

    /** Writes every message in one transaction and one round trip; a message that is refused refuses them all. */
    @Override
    public void sendAll(List<Mail> mails) {
        write(mails.stream().map(this::checked).toList());
    }

    private void write(List<MailDao.NewMail> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long[] ids = rows.size() == 1 ? new long[] {jdbi.withExtension(MailDao.class, dao -> dao.insert(rows.get(0), now))}
                : jdbi.inTransaction(handle -> Daos.of(handle, MailDao.class).insertAll(rows, now));
        boolean pending = false;
        for (int i = 0; i < rows.size(); i++) {
            MailDao.NewMail row = rows.get(i);
            boolean kept = row.status().equals(MailStatus.KEPT.name());
            log.info("Mail #{} ({}) to {}{}: {}", ids[i], row.kind(), mask(row.recipient()), kept ? " kept in the outbox" : "", row.subject());
            pending |= !kept;
        }
        if (pending) {
            relay.poke();
        }
    }

    private MailDao.NewMail checked(Mail mail) {
        requireNonNull(mail, "mail is null");
        if (!EmailAddresses.isRecipient(mail.to())) {
            throw new MailRefusedException("not a recipient address: " + mask(mail.to()));
        }
        String recipient = recipientKey(mail.to());
        if (mail.subject().length() > MAX_SUBJECT_LENGTH || mail.subject().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new MailRefusedException("a subject is one line of at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (mail.kind().isBlank() || mail.kind().length() > MAX_KIND_LENGTH) {
            throw new MailRefusedException("a mail kind has 1 to " + MAX_KIND_LENGTH + " characters");
        }
        MailStatus status = delivery.transport().isPresent() ? MailStatus.PENDING : MailStatus.KEPT;
        return new MailDao.NewMail(recipient, mail.subject(), mail.body(), mail.html().orElse(null), mail.kind(), status.name());
    }

    @Override
    public List<SentMail> sentTo(String recipient, int limit) {
        requireNonNull(recipient, "recipient is null");
        return jdbi.withExtension(MailDao.class, dao -> dao.sentTo(recipientKey(recipient), page(limit)))
                .stream().map(MailRow::toSentMail).toList();
    }

    @Override
    public List<SentMail> latest(int limit) {
        return jdbi.withExtension(MailDao.class, dao -> dao.latest(page(limit))).stream().map(MailRow::toSentMail).toList();
    }

    @Override
    public List<SentMail> latest(MailStatus status, int limit) {
        requireNonNull(status, "status is null");
        return jdbi.withExtension(MailDao.class, dao -> dao.latestIn(status.name(), page(limit))).stream().map(MailRow::toSentMail).toList();
    }

    @Override
    public Optional<SentMail> message(long id) {
        return jdbi.withExtension(MailDao.class, dao -> dao.find(id)).map(MailRow::toSentMail);
    }

    @Override
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbi.withExtension(MailDao.class, MailDao::counts).forEach(count -> counts.put(MailStatus.valueOf(count.status()), count.count()));
        return counts;
    }

    @Override
    public boolean retry(long id) {
        if (delivery.transport().isEmpty() || jdbi.withExtension(MailDao.class, dao -> dao.retry(id, clock.instant())) == 0) {
            return false;
        }
        log.info("Mail #{} put back in line for sending", id);
        relay.poke();
        return true;
    }

    @Override
    public Optional<String> transport() {
        return delivery.transport().map(MailTransport::description);
    }

    /** Addresses are kept trimmed and lower-cased, so that looking one up finds it however it was typed. */
    private static String recipientKey(String address) {
        return EmailAddresses.normalise(address);
    }

    private static int page(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return Math.min(limit, MAX_PAGE);
    }

    /** {@code claire.martin@example.org} becomes {@code c***@example.org}. */
    static String mask(String address) {
        String stripped = address == null ? "" : address.strip();
        int at = stripped.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return stripped.charAt(0) + "***" + stripped.substring(at);
    }
}
