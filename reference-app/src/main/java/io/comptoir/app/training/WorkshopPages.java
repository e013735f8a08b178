package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.ShopBooking;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/ateliers}: workshops to come with the seats left; booking a seat for a person of
 * the shop (or a place on the waiting list), cancelling, and the shop's bookings with their place on the waiting list.
 */
final class WorkshopPages {
    private final ShopTraining training;

    WorkshopPages(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        String root = BackOffice.MERCHANT.root() + "/{merchantId}/ateliers";
        routes.get(root, this::show, ShopTraining.STAFF);
        routes.post(root + "/reserver", this::book, ShopTraining.STAFF);
        routes.post(root + "/reservations/{bookingId}/annuler", this::cancel, ShopTraining.STAFF);
    }

    private void show(Context ctx) {
        render(ctx, training.shop(ctx), Notice.none(), 200);
    }

    private void book(Context ctx) {
        Merchant shop = training.shop(ctx);
        FormParams form = new FormParams(ctx);
        try {
            SessionId session = new SessionId(form.id("session"));
            AccountId attendee = new AccountId(form.id("attendee"));
            Booking booking = training.service(Workshops.class).book(session, shop.id(), attendee, ShopTraining.actor(ctx));
            ShopTraining.redirectDone(ctx, TrainingPaths.workshops(shop.id()),
                    booking.state() == BookingState.WAITING ? "workshop-waiting" : "workshop-booked");
        }
        catch (InvalidInputException | NotFoundException e) {
            Page page = training.frame(ctx, shop, TrainingNav.WORKSHOPS).page();
            Notice notice = e instanceof InvalidInputException invalid ? new Problems(page).of(invalid)
                    : Notice.problem(page.t("training.workshops.unknownSession"));
            render(ctx, shop, Optional.of(notice), e instanceof InvalidInputException ? 400 : 404);
        }
        catch (ConflictException e) {
            render(ctx, shop, Optional.of(new Problems(training.frame(ctx, shop, TrainingNav.WORKSHOPS).page()).of(e)), 409);
        }
    }

    private void cancel(Context ctx) {
        Merchant shop = training.shop(ctx);
        BookingId id = new BookingId(PathParams.pageId(ctx, "bookingId"));
        Workshops workshops = training.service(Workshops.class);
        Booking booking = workshops.booking(id, ShopTraining.actor(ctx));
        if (!booking.shop().equals(shop.id())) {
            throw new NotFoundException("booking_not_found", "no booking " + id + " for this shop");
        }
        try {
            workshops.cancel(id, ShopTraining.actor(ctx));
            ShopTraining.redirectDone(ctx, TrainingPaths.workshops(shop.id()), "workshop-cancelled");
        }
        catch (ConflictException e) {
            render(ctx, shop, Optional.of(new Problems(training.frame(ctx, shop, TrainingNav.WORKSHOPS).page()).of(e)), 409);
        }
    }

    private void render(Context ctx, Merchant shop, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = training.frame(ctx, shop, TrainingNav.WORKSHOPS).withNotice(notice);
        Page page = frame.page();
        Workshops workshops = training.service(Workshops.class);
        long me = Viewer.of(ctx).requireAccount().id().value();
        List<Account> staff = workshops.attendeesOf(shop.id(), ShopTraining.actor(ctx));
        Map<AccountId, String> names = staff.stream().collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
        List<WorkshopsView.Person> people = staff.stream().map(a -> new WorkshopsView.Person(a.id().value(), a.displayName(), a.id().value() == me))
                .sorted((a, b) -> Boolean.compare(b.me(), a.me())).toList();
        List<WorkshopsView.SessionCard> sessions = workshops.upcoming(Optional.empty(), Optional.empty()).stream()
                .map(session -> card(page, session)).toList();
        Instant now = training.marketplace().clock().instant();
        List<WorkshopsView.BookingRow> bookings = workshops.bookingsOf(shop.id(), ShopTraining.actor(ctx)).stream()
                .map(booking -> row(page, shop, booking, names, now)).toList();
        ctx.status(status);
        PageFactory.render(ctx, "training/workshops.jte", new WorkshopsView(frame, sessions, people, bookings,
                TrainingPaths.workshops(shop.id()) + "/reserver"));
    }

    static WorkshopsView.SessionCard card(Page page, WorkshopSession session) {
        return new WorkshopsView.SessionCard(session.id().value(), session.moduleTitle(), Formats.dateTime(page, session.startsAt()),
                Formats.iso(page, session.startsAt()), where(page, session), session.trainerName(), session.capacity(), session.seatsLeft(),
                session.waiting());
    }

    static String where(Page page, WorkshopSession session) {
        String place = session.place() + session.communeName().map(name -> session.place().isEmpty() ? name : ", " + name).orElse("");
        if (session.isOnline()) {
            return place.isEmpty() ? page.t("training.workshops.online") : place + " · " + page.t("training.workshops.online");
        }
        return place;
    }

    private static WorkshopsView.BookingRow row(Page page, Merchant shop, ShopBooking shopBooking, Map<AccountId, String> names, Instant now) {
        Booking booking = shopBooking.booking();
        WorkshopSession session = shopBooking.session();
        String position = booking.waitingPosition().map(p -> page.t("training.booking.position", p)).orElse("");
        boolean cancellable = booking.state() != BookingState.CANCELLED && now.isBefore(session.startsAt());
        return new WorkshopsView.BookingRow(session.moduleTitle(), Formats.dateTime(page, session.startsAt()),
                names.getOrDefault(booking.attendee(), page.t("training.courses.formerStaff")), TrainingLabels.booking(page, booking.state()),
                position, cancellable ? TrainingPaths.workshops(shop.id()) + "/reservations/" + booking.id().value() + "/annuler" : "");
    }
}
