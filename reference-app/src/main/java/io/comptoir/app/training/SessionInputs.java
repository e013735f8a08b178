package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionDraft;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A workshop session as the API ({@code startsAt} as {@code 2026-12-10T14:00}, in the marketplace's time zone) and the form (a date, a
 * start and an end time) send it.
 */
final class SessionInputs {
    static final int MAX_PLACE = 300;
    static final int MAX_URL = 500;

    private SessionInputs() {
    }

    static SessionDraft session(JsonBody body) {
        ModuleId module = new ModuleId(body.integer("module", 1, Long.MAX_VALUE));
        LocalDateTime startsAt = dateTime("startsAt", body.text("startsAt", 30));
        LocalDateTime endsAt = dateTime("endsAt", body.text("endsAt", 30));
        return new SessionDraft(module, startsAt, endsAt, body.optionalText("place", MAX_PLACE).orElse(""),
                body.optionalText("communeInsee", 10).filter(code -> !code.isBlank()), body.optionalText("onlineUrl", MAX_URL).orElse(""),
                (int) body.integer("capacity", 1, 500), new AccountId(body.integer("trainer", 1, Long.MAX_VALUE)));
    }

    static SessionDraft session(FormParams form) {
        ModuleId module = new ModuleId(form.id("module"));
        LocalDate day = date("date", form.raw("date"));
        LocalDateTime startsAt = day.atTime(time("startsAt", form.raw("startsAt")));
        LocalDateTime endsAt = day.atTime(time("endsAt", form.raw("endsAt")));
        return new SessionDraft(module, startsAt, endsAt, form.text("place", MAX_PLACE), form.text("communeInsee"),
                form.text("onlineUrl", MAX_URL), form.integer("capacity", 1, 500), new AccountId(form.id("trainer")));
    }

    static LocalDateTime dateTime(String field, String text) {
        try {
            return LocalDateTime.parse(text);
        }
        catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a local date and time such as 2026-12-10T14:00");
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a date such as 2026-12-10");
        }
    }

    static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text);
        }
        catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a time such as 14:00");
        }
    }
}
