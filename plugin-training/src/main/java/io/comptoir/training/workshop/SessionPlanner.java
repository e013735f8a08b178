package io.comptoir.training.workshop;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.support.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Plans, changes and calls off sessions (territory admins); tells the people booked what changed. */
final class SessionPlanner {
    private final WorkshopContext context;
    private final SessionValidator validator;
    private final BookingDesk desk;

    SessionPlanner(WorkshopContext context, SessionValidator validator, BookingDesk desk) {
        this.context = requireNonNull(context, "context is null");
        this.validator = requireNonNull(validator, "validator is null");
        this.desk = requireNonNull(desk, "desk is null");
    }

    WorkshopSession schedule(SessionDraft draft, Actor actor) {
        context.permissions().requireAdmin(actor);
        SessionValidator.Valid valid = validator.validate(draft);
        long id = context.db().inTransaction(handle -> {
            long created = handle.attach(SessionDao.class).insert(valid.moduleId(), valid.startsAt(), valid.endsAt(), valid.place(),
                    valid.communeInsee(), valid.onlineUrl(), valid.capacity(), valid.trainer(), context.clock().instant());
            context.events().publish(handle, TrainingEvents.SESSION_SCHEDULED, created,
                    Map.of("module", Long.toString(valid.moduleId()), "startsAt", valid.startsAt().toString()), actor);
            return created;
        });
        return desk.session(new SessionId(id));
    }

    /**
     * Changes a session that has not started. Its module cannot change once someone booked; its capacity cannot drop
     * below the seats taken; more seats go to the waiting list at once. A new time or place is mailed to everyone booked
     * or waiting, and reminders are sent again for the new time.
     */
    WorkshopSession update(SessionId id, SessionDraft draft, Actor actor) {
        requireNonNull(id, "id is null");
        context.permissions().requireAdmin(actor);
        SessionValidator.Valid valid = validator.validate(draft);
        Update update = context.db().inTransaction(handle -> {
            SessionDao sessions = handle.attach(SessionDao.class);
            SessionRow current = sessions.lock(id.value()).orElseThrow(() -> NotFoundException.of("session", id));
            Instant now = context.clock().instant();
            requireChangeable(current, now);
            BookingDao bookings = handle.attach(BookingDao.class);
            List<BookingRow> live = bookings.ofSession(id.value()).stream()
                    .filter(row -> row.bookingState() != BookingState.CANCELLED).toList();
            if (valid.moduleId() != current.moduleId() && !live.isEmpty()) {
                throw new ConflictException("session_has_bookings", "people booked this session: its module stays");
            }
            int booked = bookings.booked(id.value());
            if (valid.capacity() < booked) {
                throw new ConflictException("capacity_below_bookings", booked + " seats are taken: the capacity cannot go below");
            }
            sessions.update(id.value(), valid.moduleId(), valid.startsAt(), valid.endsAt(), valid.place(), valid.communeInsee(),
                    valid.onlineUrl(), valid.capacity(), valid.trainer(), now);
            boolean moved = !valid.startsAt().equals(current.startsAt()) || !valid.endsAt().equals(current.endsAt())
                    || !valid.place().equals(current.place()) || !valid.onlineUrl().equals(current.onlineUrl());
            if (!valid.startsAt().equals(current.startsAt())) {
                bookings.resetReminders(id.value());
            }
            SessionRow changed = sessions.find(id.value()).orElseThrow();
            List<Long> promoted = Seats.fill(handle, changed, now, context.reminderLead());
            context.events().publish(handle, TrainingEvents.SESSION_UPDATED, id.value(),
                    Map.of("capacity", Integer.toString(valid.capacity()), "startsAt", valid.startsAt().toString()), actor);
            return new Update(moved ? live.stream().map(BookingRow::accountId).toList() : List.of(), promoted);
        });
        WorkshopSession session = desk.session(id);
        for (Long account : update.toTell()) {
            context.accounts().account(new AccountId(account)).ifPresent(person ->
                    context.mails().send(context.letters().sessionChanged(person, session)));
        }
        desk.notifyPromoted(session, update.promoted());
        return session;
    }

    private record Update(List<Long> toTell, List<Long> promoted) {
    }

    private static void requireChangeable(SessionRow session, Instant now) {
        if (session.cancelled()) {
            throw new ConflictException("session_cancelled", "session " + session.id() + " is cancelled");
        }
        if (!now.isBefore(session.startsAt())) {
            throw new ConflictException("session_started", "session " + session.id() + " has started");
        }
    }

    /** Calls a session off: every booking is cancelled and its holder told why. Cancelling twice changes nothing. */
    WorkshopSession cancel(SessionId id, String reason, Actor actor) {
        requireNonNull(id, "id is null");
        context.permissions().requireAdmin(actor);
        String why = Texts.line("reason", reason, 1, 1000);
        List<Long> toTell = context.db().inTransaction(handle -> {
            SessionDao sessions = handle.attach(SessionDao.class);
            SessionRow current = sessions.lock(id.value()).orElseThrow(() -> NotFoundException.of("session", id));
            if (current.cancelled()) {
                return List.<Long>of();
            }
            Instant now = context.clock().instant();
            requireChangeable(current, now);
            sessions.cancel(id.value(), why, now);
            BookingDao bookings = handle.attach(BookingDao.class);
            List<BookingRow> live = bookings.ofSession(id.value()).stream()
                    .filter(row -> row.bookingState() != BookingState.CANCELLED).toList();
            live.forEach(row -> bookings.cancel(row.id(), now));
            context.events().publish(handle, TrainingEvents.SESSION_CANCELLED, id.value(), Map.of("reason", why), actor);
            return live.stream().map(BookingRow::accountId).toList();
        });
        WorkshopSession session = desk.session(id);
        for (Long account : toTell) {
            context.accounts().account(new AccountId(account)).ifPresent(person ->
                    context.mails().send(context.letters().sessionCancelled(person, session, why)));
        }
        return session;
    }
}
