package io.comptoir.training.workshop;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.course.ModuleId;
import io.comptoir.training.progress.CompletionDao;
import io.comptoir.training.progress.CompletionVia;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Attendance, marked by the session's trainer or an admin once the session has started. Present completes the module
 * for the person and their shop (unless they had already completed it); marking absent afterwards takes back the
 * completion that this workshop gave, and only that one.
 */
final class AttendanceRegister {
    private final WorkshopContext context;

    AttendanceRegister(WorkshopContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    List<Booking> record(SessionId sessionId, Map<BookingId, Attendance> marks, Actor actor) {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(marks, "marks is null");
        SessionRow session = context.jdbi().withExtension(SessionDao.class, dao -> dao.find(sessionId.value()))
                .orElseThrow(() -> NotFoundException.of("session", sessionId));
        context.permissions().requireTrainerOrAdmin(actor, new AccountId(session.trainerAccountId()));
        if (marks.isEmpty()) {
            throw InvalidInputException.invalid("attendance", "mark at least one booking");
        }
        return context.jdbi().inTransaction(handle -> {
            SessionRow locked = handle.attach(SessionDao.class).lock(sessionId.value()).orElseThrow();
            Instant now = context.clock().instant();
            if (locked.cancelled()) {
                throw new ConflictException("session_cancelled", "session " + sessionId + " is cancelled");
            }
            if (now.isBefore(locked.startsAt())) {
                throw new ConflictException("session_not_started", "attendance is marked once the session has started");
            }
            BookingDao bookings = handle.attach(BookingDao.class);
            Map<Long, BookingRow> rows = new HashMap<>();
            for (Map.Entry<BookingId, Attendance> mark : marks.entrySet()) {
                requireNonNull(mark.getValue(), "attendance is null");
                BookingRow row = bookings.find(mark.getKey().value()).filter(found -> found.sessionId() == sessionId.value())
                        .orElseThrow(() -> InvalidInputException.invalid("attendance", "booking " + mark.getKey() + " is not of this session"));
                if (row.bookingState() != BookingState.BOOKED) {
                    throw new ConflictException("not_booked", "booking " + mark.getKey() + " holds no seat");
                }
                rows.put(row.id(), row);
            }
            for (Map.Entry<BookingId, Attendance> mark : marks.entrySet()) {
                BookingRow row = rows.get(mark.getKey().value());
                bookings.markAttendance(row.id(), mark.getValue().name(), actor.toString(), now);
                if (mark.getValue() == Attendance.PRESENT) {
                    context.completions().record(handle, new ModuleId(locked.moduleId()), row.accountId(), new MerchantId(row.merchantId()),
                            CompletionVia.WORKSHOP, row.id(), now, actor);
                }
                else {
                    handle.attach(CompletionDao.class).deleteByBooking(row.id());
                }
                context.events().publish(handle, TrainingEvents.ATTENDANCE_MARKED, row.id(),
                        Map.of("session", sessionId.toString(), "attendance", mark.getValue().name()), actor);
            }
            return marks.keySet().stream().map(id -> BookingReader.read(handle, id.value())).toList();
        });
    }
}
