package io.comptoir.app.stripe;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.stripe.api.StripeReports;
import io.comptoir.stripe.api.TerritoryReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import static java.util.Objects.requireNonNull;

/**
 * The territory's card payments report ({@code /admin/paiements-carte?du=…&au=…}, days of the marketplace's zone, both included, this month
 * by default): per shop what was captured, refunded, kept as commission, transferred and is still owed, with the number
 * of charges and Stripe's fees; as CSV for the accountant, and the movements CSV (one line per Stripe object) to match
 * with Stripe's balance transactions. A malformed or reversed period is a 400 naming the field.
 */
final class TerritoryCardReport {
    static final long MAX_DAYS = 366;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final BackOffices backOffices;

    TerritoryCardReport(Marketplace marketplace, PageFactory pages, BackOffices backOffices) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
        routes.get(CardPaths.ADMIN, this::show, AccessRole.TERRITORY_ADMIN);
        routes.get(CardPaths.ADMIN_CSV, this::csv, AccessRole.TERRITORY_ADMIN);
        routes.get(CardPaths.ADMIN_MOVEMENTS_CSV, this::movementsCsv, AccessRole.TERRITORY_ADMIN);
    }

    private void show(Context ctx) {
        Period period = period(ctx);
        Page page = pages.page(ctx);
        TerritoryReport report = reports().territory(period.from(), period.to());
        PageFactory.render(ctx, "stripe/report.jte", TerritoryCardView.of(backOffices.frame(ctx, CardPaths.ADMIN_NAV, 0), page, report,
                period.query()));
    }

    private void csv(Context ctx) {
        Period period = period(ctx);
        StringBuilder out = new StringBuilder();
        reports().writeTerritoryCsv(period.from(), period.to(), out);
        send(ctx, "paiements-carte-" + period.from() + "-" + period.to() + ".csv", out);
    }

    private void movementsCsv(Context ctx) {
        Period period = period(ctx);
        StringBuilder out = new StringBuilder();
        reports().writeMovementsCsv(period.from(), period.to(), out);
        send(ctx, "mouvements-stripe-" + period.from() + "-" + period.to() + ".csv", out);
    }

    private static void send(Context ctx, String fileName, StringBuilder csv) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private StripeReports reports() {
        return marketplace.requirePlugin(StripeReports.class);
    }

    private Period period(Context ctx) {
        LocalDate today = marketplace.today();
        LocalDate from = date(ctx, "du", today.withDayOfMonth(1));
        LocalDate to = date(ctx, "au", today);
        if (to.isBefore(from)) {
            throw new InvalidInputException("au", "period_reversed", "the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("au", "period_too_long", "a report covers at most " + MAX_DAYS + " days");
        }
        return new Period(from, to);
    }

    private static LocalDate date(Context ctx, String name, LocalDate otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "invalid_date", "a date is written YYYY-MM-DD");
        }
    }

    private record Period(LocalDate from, LocalDate to) {
        String query() {
            return "?du=" + from + "&au=" + to;
        }
    }
}
