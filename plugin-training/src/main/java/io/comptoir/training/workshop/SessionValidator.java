package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.support.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** Checks a session an admin plans; names the first field at fault. */
final class SessionValidator {
    static final int MAX_CAPACITY = 500;
    static final Duration MAX_LENGTH = Duration.ofHours(12);

    private final Courses courses;
    private final AccountDirectory accounts;
    private final Territory territory;
    private final Clock clock;
    private final MarketCalendar calendar;

    SessionValidator(Courses courses, AccountDirectory accounts, Territory territory, Clock clock, MarketCalendar calendar) {
        this.courses = requireNonNull(courses, "courses is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** A session that passed the checks, its times as instants. */
    record Valid(long moduleId, Instant startsAt, Instant endsAt, String place, String communeInsee, String onlineUrl, int capacity,
                 long trainer) {
    }

    Valid validate(SessionDraft draft) {
        requireNonNull(draft, "draft is null");
        if (courses.module(draft.module()).isEmpty()) {
            throw InvalidInputException.invalid("module", "no module " + draft.module());
        }
        Instant startsAt = calendar.instantOf(draft.startsAt());
        Instant endsAt = calendar.instantOf(draft.endsAt());
        if (!startsAt.isAfter(clock.instant())) {
            throw InvalidInputException.invalid("startsAt", "a session is planned in the future");
        }
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw InvalidInputException.invalid("endsAt", "a session ends after it starts, within 12 hours");
        }
        String place = Texts.line("place", draft.place(), 0, 300);
        String onlineUrl = Texts.line("onlineUrl", draft.onlineUrl(), 0, 500);
        if (!onlineUrl.isEmpty() && !onlineUrl.matches("https://[^\\s<>\"]+")) {
            throw InvalidInputException.invalid("onlineUrl", "an online link starts with https://");
        }
        if (place.isEmpty() && onlineUrl.isEmpty()) {
            throw InvalidInputException.invalid("place", "a session needs a place, an online link, or both");
        }
        String commune = draft.communeInsee().map(String::strip).filter(code -> !code.isEmpty()).orElse(null);
        if (commune != null && territory.commune(commune).isEmpty()) {
            throw InvalidInputException.invalid("communeInsee", "no commune " + commune + " in the territory");
        }
        if (draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
            throw InvalidInputException.invalid("capacity", "a session has 1 to " + MAX_CAPACITY + " seats");
        }
        boolean trainer = accounts.account(draft.trainer()).filter(Account::active).map(account -> account.hasRole(TrainingRoles.TRAINER)).orElse(false);
        if (!trainer) {
            throw InvalidInputException.invalid("trainer", "account " + draft.trainer() + " is not an active trainer");
        }
        return new Valid(draft.module().value(), startsAt, endsAt, place, commune, onlineUrl, draft.capacity(), draft.trainer().value());
    }
}
