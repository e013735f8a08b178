package io.comptoir.training.workshop;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.Permissions;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.Cancellation;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.RosterEntry;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.ShopBooking;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;
import io.comptoir.training.progress.CompletionStore;
import io.comptoir.training.progress.ShopStaff;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Mails;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link Workshops} on the database: reads here, changes in {@link SessionPlanner}, {@link BookingDesk}, {@link AttendanceRegister}. */
public final class WorkshopService implements Workshops {
    private static final int UPCOMING_LIMIT = 500;

    private final WorkshopContext context;
    private final SessionPlanner planner;
    private final BookingDesk desk;
    private final AttendanceRegister attendance;
    private final WorkshopReminders reminders;

    public WorkshopService(Database db, Clock clock, MarketCalendar calendar, Events events, Permissions permissions,
            MerchantDirectory merchants,
                           AccountDirectory accounts, Territory territory, Courses courses, CompletionStore completions, Mails mails,
                           Duration reminderLead) {
        this.context = new WorkshopContext(db, clock, events, permissions, merchants, accounts, courses, completions,
                new SessionAssembler(db, courses, accounts, territory), mails, new WorkshopMails(calendar), calendar, reminderLead);
        this.desk = new BookingDesk(context);
        this.planner = new SessionPlanner(context, new SessionValidator(courses, accounts, territory, clock, calendar), desk);
        this.attendance = new AttendanceRegister(context);
        this.reminders = new WorkshopReminders(context);
    }

    /** The job that sends reminders. */
    public Runnable reminderJob() {
        return reminders;
    }

    @Override
    public List<WorkshopSession> upcoming(Optional<ModuleId> module, Optional<String> communeInsee) {
        requireNonNull(module, "module is null");
        requireNonNull(communeInsee, "communeInsee is null");
        Map<Long, Boolean> published = new HashMap<>();
        List<SessionRow> rows = context.db().with(SessionDao.class, dao -> dao.upcoming(context.clock().instant(), UPCOMING_LIMIT));
        return context.sessions().assemble(rows.stream()
                .filter(row -> module.map(id -> id.value() == row.moduleId()).orElse(true))
                .filter(row -> communeInsee.map(code -> code.equals(row.communeInsee())).orElse(true))
                .filter(row -> published.computeIfAbsent(row.moduleId(), this::isPublished))
                .toList());
    }

    private boolean isPublished(long moduleId) {
        return context.courses().module(new ModuleId(moduleId)).map(TrainingModule::courseId)
                .flatMap(context.courses()::course).map(Course::published).orElse(false);
    }

    @Override
    public Optional<WorkshopSession> session(SessionId id) {
        requireNonNull(id, "id is null");
        return context.db().with(SessionDao.class, dao -> dao.find(id.value())).map(context.sessions()::assembleOne);
    }

    @Override
    public List<WorkshopSession> sessions(LocalDate from, LocalDate until, Actor actor) {
        requireNonNull(from, "from is null");
        requireNonNull(until, "until is null");
        context.permissions().requireAdmin(actor);
        if (until.isBefore(from) || until.isAfter(from.plusYears(2))) {
            throw InvalidInputException.invalid("until", "a period of at most two years, ending on or after its start");
        }
        List<SessionRow> rows = context.db().with(SessionDao.class,
                dao -> dao.between(context.calendar().startOf(from), context.calendar().startOf(until.plusDays(1))));
        return context.sessions().assemble(rows);
    }

    @Override
    public List<WorkshopSession> sessionsOfTrainer(Actor trainer) {
        Account person = context.permissions().person(trainer);
        List<SessionRow> rows = context.db().with(SessionDao.class,
                dao -> dao.ofTrainer(person.id().value(),
                        context.calendar().startOf(context.calendar().today(context.clock()).minusDays(30))));
        return context.sessions().assemble(rows);
    }

    @Override
    public WorkshopSession schedule(SessionDraft draft, Actor actor) {
        return planner.schedule(draft, actor);
    }

    @Override
    public WorkshopSession update(SessionId id, SessionDraft draft, Actor actor) {
        return planner.update(id, draft, actor);
    }

    @Override
    public WorkshopSession cancelSession(SessionId id, String reason, Actor actor) {
        return planner.cancel(id, reason, actor);
    }

    @Override
    public Booking book(SessionId session, MerchantId shop, AccountId attendee, Actor actor) {
        return desk.book(session, shop, attendee, actor);
    }

    @Override
    public Cancellation cancel(BookingId booking, Actor actor) {
        return desk.cancel(booking, actor);
    }

    @Override
    public Booking booking(BookingId id, Actor actor) {
        requireNonNull(id, "id is null");
        Booking booking = context.db().withHandle(handle -> handle.attach(BookingDao.class).find(id.value())
                .map(row -> BookingReader.read(handle, row))).orElseThrow(() -> NotFoundException.of("booking", id));
        boolean own = context.permissions().account(actor).map(account -> account.id().equals(booking.attendee())).orElse(false);
        if (!own) {
            context.permissions().requireShopAccess(actor, booking.shop());
        }
        return booking;
    }

    @Override
    public List<Account> attendeesOf(MerchantId shop, Actor actor) {
        context.merchants().require(requireNonNull(shop, "shop is null"));
        context.permissions().requireShopAccess(actor, shop);
        return new ShopStaff(context.accounts()).of(shop);
    }

    @Override
    public List<ShopBooking> bookingsOf(MerchantId shop, Actor actor) {
        context.merchants().require(requireNonNull(shop, "shop is null"));
        context.permissions().requireShopAccess(actor, shop);
        record Read(List<Booking> bookings, List<SessionRow> sessions) {
        }
        Read read = context.db().withHandle(handle -> {
            List<BookingRow> rows = handle.attach(BookingDao.class).ofMerchant(shop.value());
            List<SessionRow> sessions = rows.isEmpty() ? List.of()
                    : handle.attach(SessionDao.class).withIds(rows.stream().map(BookingRow::sessionId).distinct().toList());
            return new Read(rows.stream().map(row -> BookingReader.read(handle, row)).toList(), sessions);
        });
        Map<SessionId, WorkshopSession> sessions = new HashMap<>();
        context.sessions().assemble(read.sessions()).forEach(session -> sessions.put(session.id(), session));
        return read.bookings().stream().map(booking -> new ShopBooking(booking, sessions.get(booking.session()))).toList();
    }

    @Override
    public SessionRoster roster(SessionId id, Actor actor) {
        requireNonNull(id, "id is null");
        WorkshopSession session = session(id).orElseThrow(() -> NotFoundException.of("session", id));
        context.permissions().requireTrainerOrAdmin(actor, session.trainer());
        List<RosterEntry> booked = new ArrayList<>();
        List<RosterEntry> waiting = new ArrayList<>();
        List<RosterEntry> cancelled = new ArrayList<>();
        Map<Long, String> shops = new HashMap<>();
        List<Booking> bookings = context.db().withHandle(handle -> handle.attach(BookingDao.class).ofSession(id.value()).stream()
                .map(row -> BookingReader.read(handle, row)).toList());
        for (Booking booking : bookings) {
            Optional<Account> person = context.accounts().account(booking.attendee());
            RosterEntry entry = new RosterEntry(booking, person.map(Account::displayName).orElse(""), person.map(Account::email).orElse(""),
                    shops.computeIfAbsent(booking.shop().value(), merchant -> context.merchants().merchant(booking.shop()).map(Merchant::name).orElse("")));
            switch (booking.state()) {
                case BOOKED -> booked.add(entry);
                case WAITING -> waiting.add(entry);
                case CANCELLED -> cancelled.add(entry);
            }
        }
        return new SessionRoster(session, booked, waiting, cancelled);
    }

    @Override
    public List<Booking> recordAttendance(SessionId session, Map<BookingId, Attendance> marks, Actor actor) {
        return attendance.record(session, marks, actor);
    }

    @Override
    public int sendDueReminders() {
        return reminders.sendDue();
    }

    /** How many seats or waiting places the shop holds in sessions to come (for reports). */
    public int upcomingBookings(MerchantId shop) {
        return context.db().with(BookingDao.class, dao -> dao.upcomingOf(shop.value(), context.clock().instant()));
    }

    /** Whether anyone of the shop attended a workshop (for the checklist). */
    public boolean attendedBy(MerchantId shop) {
        return context.db().with(BookingDao.class, dao -> dao.attendedBy(shop.value())) > 0;
    }
}
