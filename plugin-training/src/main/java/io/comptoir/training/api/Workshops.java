package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workshops: sessions of a module at a date, a place or an online link, with a capacity and a trainer. Shops' staff
 * book seats; when a session is full they join its waiting list, and each seat freed by a cancellation goes to the first
 * person waiting, at once. Attending (marked by the trainer) completes the module. Reminders go out by mail before
 * the session (job {@value WorkshopReminders#JOB}). Times are wall-clock times of the marketplace's time
 * zone ({@code PluginContext.zone()}).
 *
 * <p>Who may do what: admins plan sessions; a shop's staff (or an admin) book for a person of that shop and cancel
 * the shop's bookings, and each person may cancel their own; the session's trainer or an admin sees its roster and
 * marks attendance. Others get {@link AccessDeniedException}.
 */
public interface Workshops {

    /** Sessions still to come that shops can book (of published courses), soonest first, optionally of one module or commune. */
    List<WorkshopSession> upcoming(Optional<ModuleId> module, Optional<String> communeInsee);

    Optional<WorkshopSession> session(SessionId id);

    /** Every session starting between two days (inclusive), cancelled ones too (admins). */
    List<WorkshopSession> sessions(LocalDate from, LocalDate until, Actor actor);

    /** The acting trainer's sessions from a month ago on. */
    List<WorkshopSession> sessionsOfTrainer(Actor trainer);

    /**
     * @throws InvalidInputException naming the field: module, startsAt (in the future), endsAt, place, onlineUrl,
     *         communeInsee, capacity (1 to 500), trainer (an active account with the trainer role)
     */
    WorkshopSession schedule(SessionDraft draft, Actor actor);

    /**
     * @throws ConflictException {@code session_started}, {@code session_cancelled}, {@code session_has_bookings} (module
     *         change), {@code capacity_below_bookings}
     */
    WorkshopSession update(SessionId id, SessionDraft draft, Actor actor);

    /** @throws InvalidInputException {@code invalid_reason} (1 to 1 000 characters) */
    WorkshopSession cancelSession(SessionId id, String reason, Actor actor);

    /**
     * Books a seat for a person of the shop, or a place on the waiting list when the session is full.
     *
     * @throws InvalidInputException {@code invalid_attendee} when the person is not active staff of the shop
     * @throws ConflictException {@code already_booked}, {@code session_started}, {@code session_cancelled},
     *         {@code prerequisites_not_met} (the shop has not completed the module's prerequisites; titles as details)
     * @throws NotFoundException {@code session_not_found}, {@code merchant_not_found}
     */
    Booking book(SessionId session, MerchantId shop, AccountId attendee, Actor actor);

    /**
     * Cancels a booking; a seat it held goes to the first person waiting. Cancelling a cancelled booking changes nothing.
     *
     * @throws ConflictException {@code session_started}
     */
    Cancellation cancel(BookingId booking, Actor actor);

    /** One booking (its shop's staff, the person booked, admins). */
    Booking booking(BookingId id, Actor actor);

    /** The shop's bookings, latest first, with their sessions. */
    List<ShopBooking> bookingsOf(MerchantId shop, Actor actor);

    /** Who may be booked for the shop: its active staff, by name (its staff and admins may ask). */
    List<Account> attendeesOf(MerchantId shop, Actor actor);

    /** The session's bookings with names (its trainer, admins). */
    SessionRoster roster(SessionId session, Actor actor);

    /**
     * Marks who came, all marks at once or none.
     *
     * @throws InvalidInputException {@code invalid_attendance} for no mark or a booking of another session
     * @throws ConflictException {@code session_not_started}, {@code session_cancelled}, {@code not_booked} (waiting or cancelled)
     */
    List<Booking> recordAttendance(SessionId session, Map<BookingId, Attendance> marks, Actor actor);

    /** Sends the reminders due now (what the job does); returns how many were sent. */
    int sendDueReminders();
}
