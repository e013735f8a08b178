package io.comptoir.app.training;

import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.Cancellation;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/merchant/{merchantId}/training/...}: workshops to come, the shop's bookings, booking and cancelling. */
final class BookingsApi {
    static final String ROOT = MerchantTrainingApi.ROOT;

    private final ShopTraining training;

    BookingsApi(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT + "/workshops", this::workshops, ShopTraining.STAFF);
        routes.get(ROOT + "/bookings", this::bookings, ShopTraining.STAFF);
        routes.post(ROOT + "/bookings", this::book, ShopTraining.STAFF);
        routes.post(ROOT + "/bookings/{bookingId}/cancel", this::cancel, ShopTraining.STAFF);
    }

    private void workshops(Context ctx) {
        training.apiShop(ctx);
        QueryParams params = new QueryParams(ctx);
        Optional<ModuleId> module = params.text("moduleId").map(text -> new ModuleId(positive("moduleId", text)));
        Optional<String> commune = params.text("communeInsee", 5);
        ctx.json(training.service(Workshops.class).upcoming(module, commune).stream().map(TrainingJson.Session::of).toList());
    }

    private static long positive(String name, String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(name, name + " must be a positive id, got '" + text + "'");
    }

    private void bookings(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        ctx.json(training.service(Workshops.class).bookingsOf(shop.id(), Viewer.of(ctx).actor()).stream()
                .map(b -> new TrainingJson.ShopBookingJson(TrainingJson.BookingJson.of(b.booking()), TrainingJson.Session.of(b.session())))
                .toList());
    }

    private void book(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        JsonBody body = JsonBody.of(ctx);
        SessionId session = new SessionId(body.integer("sessionId", 1, Long.MAX_VALUE));
        AccountId attendee = new AccountId(body.integer("attendeeId", 1, Long.MAX_VALUE));
        Booking booking;
        try {
            booking = training.service(Workshops.class).book(session, shop.id(), attendee, Viewer.of(ctx).actor());
        }
        catch (InvalidInputException e) {
            // the plugin names the person "attendee"; the request, attendeeId
            throw e.field().filter("attendee"::equals).isPresent() ? new InvalidInputException("attendeeId", e.code(), e.getMessage()) : e;
        }
        ctx.status(HttpStatus.CREATED).json(TrainingJson.BookingJson.of(booking));
    }

    private void cancel(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        BookingId id = new BookingId(PathParams.positiveId(ctx, "bookingId"));
        Workshops workshops = training.service(Workshops.class);
        Actor actor = Viewer.of(ctx).actor();
        if (!workshops.booking(id, actor).shop().equals(shop.id())) {
            throw new NotFoundException("booking_not_found", "no booking " + id + " for this shop");
        }
        Cancellation cancellation = workshops.cancel(id, actor);
        ctx.json(new TrainingJson.CancellationJson(TrainingJson.BookingJson.of(cancellation.cancelled()),
                cancellation.promoted().map(TrainingJson.BookingJson::of).orElse(null)));
    }
}
