package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.SessionStatus;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.WorkshopSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Builds sessions from their rows: module titles, trainer and commune names, seats taken and waiting. Call it with no
 * handle open: it borrows its own connections one at a time (holding one while asking for another could starve the pool).
 */
final class SessionAssembler {
    private final Database db;
    private final Courses courses;
    private final AccountDirectory accounts;
    private final Territory territory;

    SessionAssembler(Database db, Courses courses, AccountDirectory accounts, Territory territory) {
        this.db = requireNonNull(db, "db is null");
        this.courses = requireNonNull(courses, "courses is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.territory = requireNonNull(territory, "territory is null");
    }

    List<WorkshopSession> assemble(List<SessionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        db.with(SessionDao.class, dao -> dao.counts(rows.stream().map(SessionRow::id).toList())).forEach(count -> {
            int[] pair = counts.computeIfAbsent(count.sessionId(), k -> new int[2]);
            pair[BookingState.valueOf(count.state()) == BookingState.BOOKED ? 0 : 1] = count.count();
        });
        Map<Long, String> modules = new HashMap<>();
        Map<Long, String> trainers = new HashMap<>();
        Map<String, Optional<String>> communes = new HashMap<>();
        return rows.stream().map(row -> {
            int[] pair = counts.getOrDefault(row.id(), new int[2]);
            Optional<String> commune = Optional.ofNullable(row.communeInsee());
            return new WorkshopSession(new SessionId(row.id()), new ModuleId(row.moduleId()),
                    modules.computeIfAbsent(row.moduleId(), id -> courses.module(new ModuleId(id)).map(TrainingModule::title).orElse("")),
                    row.startsAt(), row.endsAt(), row.place(), commune,
                    commune.flatMap(code -> communes.computeIfAbsent(code, c -> territory.commune(c).map(Commune::name))),
                    row.onlineUrl(), row.capacity(), new AccountId(row.trainerAccountId()),
                    trainers.computeIfAbsent(row.trainerAccountId(), id -> accounts.account(new AccountId(id)).map(Account::displayName).orElse("")),
                    SessionStatus.valueOf(row.status()), Optional.ofNullable(row.cancelReason()), pair[0], pair[1]);
        }).toList();
    }

    WorkshopSession assembleOne(SessionRow row) {
        return assemble(List.of(row)).get(0);
    }

    /** The session as it is now. */
    WorkshopSession load(SessionId id) {
        return assembleOne(db.with(SessionDao.class, dao -> dao.find(id.value())).orElseThrow());
    }
}
