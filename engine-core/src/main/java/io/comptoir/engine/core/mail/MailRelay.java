package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.MailDeliveryException;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.core.support.Tokens;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Sends the outbox through the {@link MailTransport}, from any number of nodes, each message once: a node sends a
 * message only after claiming it with a guarded update ({@link MailDao#claim}) that gives it a lease; a failed attempt
 * puts the message back in line after an exponential back-off, and the last one marks it {@link MailStatus#FAILED}. A
 * node that dies mid-attempt keeps its claim until the lease runs out, then another node tries again (the attempt
 * counts, so a message that kills its sender does not loop for ever). The one case of a second send is a node that
 * stops after the server accepted the message and before it recorded so: SMTP gives no way to ask the server.
 *
 * <p>Messages are read from the database, so none leaves before the commit that wrote it.
 */
@Singleton
public final class MailRelay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 50;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailDelivery delivery;
    private final String node = "mail-" + ProcessHandle.current().pid() + "-" + Tokens.random(4);
    /** Released by {@link #poke()}; the background thread waits on it between rounds, at most a poll interval. */
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    @Inject
    public MailRelay(Jdbi jdbi, Clock clock, MailDelivery delivery) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.delivery = requireNonNull(delivery, "delivery is null");
    }

    /** Whether a transport sends the outbox (else messages are only kept). */
    public boolean sends() {
        return delivery.transport().isPresent();
    }

    /** Starts the background thread that sends due messages, when there is a transport. */
    public synchronized void start() {
        if (running || !sends()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "comptoir-mail");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wakes the background thread: a message was just written (it is sent once its commit is visible). */
    public void poke() {
        wake.release();
    }

    private void loop() {
        while (running) {
            try {
                while (running && sendDue() > 0) {
                    // until nothing is due
                }
                awaitPoke();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException e) {
                log.warn("Mail relay round failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void awaitPoke() throws InterruptedException {
        wake.tryAcquire(delivery.settings().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(delivery.settings().pollInterval().toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Sends, in this thread, a batch of the messages that are due and that this node manages to claim.
     *
     * @return how many attempts it made (successful or not)
     */
    public int sendDue() {
        Optional<MailTransport> transport = delivery.transport();
        if (transport.isEmpty()) {
            return 0;
        }
        List<Long> due = jdbi.withExtension(MailDao.class, dao -> dao.due(clock.instant(), BATCH));
        int attempts = 0;
        for (long id : due) {
            Instant now = clock.instant();
            int claimed = jdbi.withExtension(MailDao.class, dao -> dao.claim(id, node, now, now.plus(delivery.settings().lease())));
            if (claimed == 1) {
                attempt(id, transport.get());
                attempts++;
            }
        }
        return attempts;
    }

    private void attempt(long id, MailTransport transport) {
        MailRow row = jdbi.withExtension(MailDao.class, dao -> dao.find(id)).orElseThrow();
        try {
            transport.deliver(row.mail());
            int recorded = jdbi.withExtension(MailDao.class, dao -> dao.delivered(id, node, clock.instant()));
            log.info("Mail #{} ({}) to {} sent{}", id, row.kind(), OutboxMailer.mask(row.recipient()),
                    recorded == 1 ? "" : ", but another node had taken it over meanwhile");
        }
        catch (MailDeliveryException | RuntimeException e) {
            failed(row, e instanceof MailDeliveryException failure && failure.permanent(), describe(e));
        }
    }

    private void failed(MailRow row, boolean permanent, String error) {
        boolean last = permanent || row.attempts() >= delivery.settings().maxAttempts();
        Instant retryAt = clock.instant().plus(delivery.settings().backOff(row.attempts()));
        jdbi.useExtension(MailDao.class, dao -> dao.attemptFailed(row.id(), node, last ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
                retryAt, error));
        if (last) {
            log.error("Mail #{} ({}) to {} FAILED after {} attempt(s), the territory admin can send it again: {}", row.id(), row.kind(),
                    OutboxMailer.mask(row.recipient()), row.attempts(), error);
        }
        else {
            log.warn("Mail #{} ({}) to {}: attempt {} of {} failed, next at {}: {}", row.id(), row.kind(), OutboxMailer.mask(row.recipient()),
                    row.attempts(), delivery.settings().maxAttempts(), retryAt, error);
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        String oneLine = text.toString().replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    @Override
    public void close() {
        Thread toStop;
        synchronized (this) {
            running = false;
            toStop = thread;
            thread = null;
        }
        if (toStop != null) {
            toStop.interrupt();
            try {
                toStop.join(TimeUnit.SECONDS.toMillis(35));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
