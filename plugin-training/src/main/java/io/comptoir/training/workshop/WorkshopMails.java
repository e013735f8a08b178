package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The messages about workshops, in the language of the account they go to (French unless it chose English), their times
 * on the marketplace's calendar.
 */
final class WorkshopMails {
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.training.workshop.mails", WorkshopMails.class);

    private final MarketCalendar calendar;

    WorkshopMails(MarketCalendar calendar) {
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    Mail confirmed(Account to, WorkshopSession session) {
        Locale language = to.language();
        return mail(to, t(language, "confirmed.subject", session.moduleTitle(), date(language, session.startsAt())),
                t(language, "confirmed.body", session.moduleTitle()) + "\n\n" + details(language, session) + "\n"
                        + t(language, "confirmed.cancel") + "\n", "training_booking_confirmed");
    }

    Mail waiting(Account to, WorkshopSession session, int position) {
        Locale language = to.language();
        return mail(to, t(language, "waiting.subject", session.moduleTitle(), date(language, session.startsAt())),
                t(language, "waiting.body", session.moduleTitle(), position) + "\n\n" + details(language, session),
                "training_booking_waiting");
    }

    Mail promoted(Account to, WorkshopSession session) {
        Locale language = to.language();
        return mail(to, t(language, "promoted.subject", session.moduleTitle(), date(language, session.startsAt())),
                t(language, "promoted.body", session.moduleTitle()) + "\n\n" + details(language, session) + "\n"
                        + t(language, "cancel") + "\n", "training_booking_promoted");
    }

    Mail cancelled(Account to, WorkshopSession session) {
        Locale language = to.language();
        return mail(to, t(language, "cancelled.subject", session.moduleTitle(), date(language, session.startsAt())),
                t(language, "cancelled.body", session.moduleTitle(), longDate(language, session.startsAt())) + "\n",
                "training_booking_cancelled");
    }

    Mail sessionCancelled(Account to, WorkshopSession session, String reason) {
        Locale language = to.language();
        return mail(to, t(language, "sessionCancelled.subject", session.moduleTitle(), date(language, session.startsAt())),
                t(language, "sessionCancelled.body", session.moduleTitle(), longDate(language, session.startsAt()), reason) + "\n",
                "training_session_cancelled");
    }

    Mail sessionChanged(Account to, WorkshopSession session) {
        Locale language = to.language();
        return mail(to, t(language, "sessionChanged.subject", session.moduleTitle()),
                t(language, "sessionChanged.body", session.moduleTitle()) + "\n\n" + details(language, session) + "\n"
                        + t(language, "cancel") + "\n", "training_session_changed");
    }

    Mail reminder(Account to, WorkshopSession session) {
        Locale language = to.language();
        return mail(to, t(language, "reminder.subject", session.moduleTitle(), longDate(language, session.startsAt())),
                t(language, "reminder.body", session.moduleTitle()) + "\n\n" + details(language, session) + "\n"
                        + t(language, "reminder.cancel") + "\n", "training_workshop_reminder");
    }

    /** The greeting, the text, then the signature. */
    private static Mail mail(Account to, String subject, String text, String kind) {
        Locale language = to.language();
        return HtmlMail.of(to.email(), subject, t(language, "greeting", to.displayName()) + "\n\n" + text + "\n" + t(language, "signature"),
                kind, language);
    }

    private String details(Locale language, WorkshopSession session) {
        StringBuilder text = new StringBuilder(t(language, "details.when", longDate(language, session.startsAt()),
                time(language, session.startsAt()), time(language, session.endsAt()))).append('\n');
        if (!session.place().isEmpty()) {
            text.append(t(language, "details.where", session.place() + session.communeName().map(name -> ", " + name).orElse(""))).append('\n');
        }
        if (session.isOnline()) {
            text.append(t(language, "details.online", session.onlineUrl())).append('\n');
        }
        if (!session.trainerName().isEmpty()) {
            text.append(t(language, "details.trainer", session.trainerName())).append('\n');
        }
        return text.toString();
    }

    private String date(Locale language, Instant instant) {
        return when(language, "format.date", instant);
    }

    private String longDate(Locale language, Instant instant) {
        return when(language, "format.longDate", instant);
    }

    private String time(Locale language, Instant instant) {
        return when(language, "format.time", instant);
    }

    /** An instant on the marketplace's calendar, with the pattern the language's bundle gives. */
    private String when(Locale language, String pattern, Instant instant) {
        return DateTimeFormatter.ofPattern(TEXTS.format(language, pattern),
                MailTexts.formatting(language)).format(calendar.localOf(instant));
    }

    private static String t(Locale language, String key, Object... arguments) {
        return TEXTS.format(language, key, arguments);
    }
}
