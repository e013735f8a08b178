package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.support.Mails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Reminds each person holding a seat, once, when their session is less than the reminder lead away (two days by
 * default). A reminder is claimed with a guarded update before it is sent, so two runs (or two nodes) never send it
 * twice; if the mailer fails, the claim is released and the next run tries again. Seats confirmed inside the window
 * need no reminder: their confirmation already said it all.
 */
public final class WorkshopReminders implements Runnable {
    public static final String JOB = "training.workshop-reminders";
    private static final Logger log = LoggerFactory.getLogger(WorkshopReminders.class);

    private final WorkshopContext context;
    private final Mails mails;

    WorkshopReminders(WorkshopContext context) {
        this.context = requireNonNull(context, "context is null");
        this.mails = context.mails();
    }

    @Override
    public void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} workshop reminder(s)", sent);
        }
    }

    /** Sends the reminders due now; returns how many were sent. */
    public int sendDue() {
        Instant now = context.clock().instant();
        List<BookingRow> due = context.db().with(BookingDao.class, dao -> dao.remindersDue(now, now.plus(context.reminderLead())));
        int sent = 0;
        for (BookingRow booking : due) {
            if (context.db().with(BookingDao.class, dao -> dao.claimReminder(booking.id(), now)) != 1) {
                continue;
            }
            try {
                WorkshopSession session = context.sessions().load(new SessionId(booking.sessionId()));
                context.accounts().account(new AccountId(booking.accountId())).ifPresent(person ->
                        mails.sendOrThrow(context.letters().reminder(person, session)));
                sent++;
            }
            catch (RuntimeException e) {
                context.db().use(BookingDao.class, dao -> dao.releaseReminder(booking.id(), now));
                log.warn("Reminder for booking {} not sent, will retry: {}", booking.id(), e.getMessage());
            }
        }
        return sent;
    }
}
