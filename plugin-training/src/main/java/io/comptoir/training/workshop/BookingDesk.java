package io.comptoir.training.workshop;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.Cancellation;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Books and cancels seats. Every change to a session's bookings happens with the session row locked ({@code SELECT …
 * FOR UPDATE}), so concurrent requests are served one at a time in the order they get the lock: that order is the
 * arrival order, numbered per session; the first {@code capacity} arrivals get seats, the others wait in that order,
 * and each seat freed by a cancellation goes to exactly one waiting person.
 */
final class BookingDesk {
    private final WorkshopContext context;

    BookingDesk(WorkshopContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    Booking book(SessionId sessionId, MerchantId shop, AccountId attendee, Actor actor) {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(shop, "shop is null");
        requireNonNull(attendee, "attendee is null");
        context.merchants().require(shop);
        context.permissions().requireShopAccess(actor, shop);
        if (!context.permissions().isActiveStaff(attendee, shop)) {
            throw InvalidInputException.invalid("attendee", "account " + attendee + " does not work for shop " + shop);
        }
        SessionRow session = context.db().with(SessionDao.class, dao -> dao.find(sessionId.value()))
                .orElseThrow(() -> NotFoundException.of("session", sessionId));
        TrainingModule module = context.courses().requireModule(new ModuleId(session.moduleId()));
        if (!context.courses().requireCourse(module.courseId()).published()) {
            throw NotFoundException.of("session", sessionId);
        }
        Set<ModuleId> done = context.completions().completedModules(shop);
        List<String> missing = module.prerequisites().stream().filter(prerequisite -> !done.contains(prerequisite))
                .map(prerequisite -> context.courses().module(prerequisite).map(TrainingModule::title).orElse("module " + prerequisite))
                .toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("prerequisites_not_met", "complete first: " + String.join(", ", missing), missing);
        }
        Booking booking;
        try {
            booking = context.db().inTransaction(handle -> {
                SessionRow locked = handle.attach(SessionDao.class).lock(sessionId.value()).orElseThrow();
                Instant now = context.clock().instant();
                requireOpen(locked, now);
                BookingDao dao = handle.attach(BookingDao.class);
                if (dao.liveBookingOf(sessionId.value(), attendee.value()).isPresent()) {
                    throw new ConflictException("already_booked", "account " + attendee + " already booked this session");
                }
                boolean seat = dao.booked(sessionId.value()) < locked.capacity();
                int seq = dao.nextSeq(sessionId.value());
                long id = dao.insert(sessionId.value(), shop.value(), attendee.value(), seq,
                        (seat ? BookingState.BOOKED : BookingState.WAITING).name(), now, seat ? now : null,
                        seat ? Seats.reminderCoveredBy(locked, now, context.reminderLead()) : null);
                context.events().publish(handle, TrainingEvents.BOOKING_CREATED, id,
                        Map.of("session", sessionId.toString(), "merchant", shop.toString(), "account", attendee.toString(),
                                "state", seat ? "BOOKED" : "WAITING", "arrival", Integer.toString(seq)), actor);
                return BookingReader.read(handle, id);
            });
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("already_booked", "account " + attendee + " already booked this session");
            }
            throw e;
        }
        WorkshopSession current = session(sessionId);
        context.accounts().account(attendee).ifPresent(person -> context.mails().send(booking.state() == BookingState.BOOKED
                ? context.letters().confirmed(person, current)
                : context.letters().waiting(person, current, booking.waitingPosition().orElse(0))));
        return booking;
    }

    private static void requireOpen(SessionRow session, Instant now) {
        if (session.cancelled()) {
            throw new ConflictException("session_cancelled", "session " + session.id() + " is cancelled");
        }
        if (!now.isBefore(session.startsAt())) {
            throw new ConflictException("session_started", "session " + session.id() + " has started: bookings are closed");
        }
    }

    Cancellation cancel(BookingId bookingId, Actor actor) {
        requireNonNull(bookingId, "bookingId is null");
        BookingRow row = context.db().with(BookingDao.class, dao -> dao.find(bookingId.value()))
                .orElseThrow(() -> NotFoundException.of("booking", bookingId));
        boolean attendeeThemselves = context.permissions().account(actor).map(a -> a.id().value() == row.accountId()).orElse(false);
        if (!attendeeThemselves) {
            context.permissions().requireShopAccess(actor, new MerchantId(row.merchantId()));
        }
        Outcome outcome = context.db().inTransaction(handle -> {
            SessionRow session = handle.attach(SessionDao.class).lock(row.sessionId()).orElseThrow();
            BookingDao dao = handle.attach(BookingDao.class);
            BookingRow current = dao.find(bookingId.value()).orElseThrow();
            if (current.bookingState() == BookingState.CANCELLED) {
                return new Outcome(new Cancellation(BookingReader.read(handle, current), Optional.empty()), false, List.of());
            }
            Instant now = context.clock().instant();
            if (!now.isBefore(session.startsAt())) {
                throw new ConflictException("session_started", "session " + session.id() + " has started: it is too late to cancel");
            }
            dao.cancel(bookingId.value(), now);
            context.events().publish(handle, TrainingEvents.BOOKING_CANCELLED, bookingId.value(),
                    Map.of("session", Long.toString(row.sessionId()), "was", current.state()), actor);
            List<Long> promoted = current.bookingState() == BookingState.BOOKED && !session.cancelled()
                    ? Seats.fill(handle, session, now, context.reminderLead()) : List.of();
            for (Long id : promoted) {
                context.events().publish(handle, TrainingEvents.BOOKING_PROMOTED, id,
                        Map.of("session", Long.toString(row.sessionId())), actor);
            }
            return new Outcome(new Cancellation(BookingReader.read(handle, bookingId.value()),
                    promoted.stream().findFirst().map(id -> BookingReader.read(handle, id))), true, promoted);
        });
        if (outcome.changed()) {
            WorkshopSession session = session(new SessionId(row.sessionId()));
            context.accounts().account(new AccountId(row.accountId())).ifPresent(person ->
                    context.mails().send(context.letters().cancelled(person, session)));
            notifyPromoted(session, outcome.promoted());
        }
        return outcome.cancellation();
    }

    private record Outcome(Cancellation cancellation, boolean changed, List<Long> promoted) {
    }

    /** Tells each promoted person their seat is confirmed. */
    void notifyPromoted(WorkshopSession session, List<Long> promoted) {
        for (Long id : promoted) {
            context.db().with(BookingDao.class, dao -> dao.find(id)).ifPresent(booking ->
                    context.accounts().account(new AccountId(booking.accountId())).ifPresent(person ->
                            context.mails().send(context.letters().promoted(person, session))));
        }
    }

    WorkshopSession session(SessionId id) {
        return context.sessions().load(id);
    }
}
