package io.comptoir.training.privacy;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.plugin.kit.Jdbis;
import io.comptoir.training.TrainingEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The training plugin's part of a person's data: the applications to join the marketplace they made (as the shop's
 * contact, by e-mail, or as the staff account an approval opened), their workshop bookings, the modules they completed
 * and their quiz attempts.
 *
 * <p>On erasure, and once an application is older than the retention period, the application's contact goes: name,
 * e-mail, phone, the free-text message and the reason the territory gave for a rejection; the shop's own particulars
 * (name, SIRET, trade, address) and the decision stay. An application still pending is withdrawn first (rejected by
 * {@value #ACTOR}, {@code training.application_rejected} published), since nobody could be told of its approval. Bookings,
 * completions and attempts hold nothing but the account's id, anonymised with the account.
 */
public final class TrainingPersonalData implements PersonalData {
    static final String SECTION = "training";
    /** Who withdraws an application whose contact erased their data. */
    static final String ACTOR = "system:privacy";

    private static final String APPLICATIONS = """
            SELECT id, shop_name, siret, trade, street, postal_code, commune_insee, contact_name, contact_email, contact_phone,
                   message, status, submitted_at, decided_at, rejection_reason
            FROM training_application WHERE staff_account_id = ? OR contact_email = ? ORDER BY id""";
    private static final String BOOKINGS = """
            SELECT b.id, m.title AS module, s.starts_at, s.place, b.state, b.attendance, b.requested_at
            FROM training_booking b JOIN training_session s ON s.id = b.session_id JOIN training_module m ON m.id = s.module_id
            WHERE b.account_id = ? ORDER BY b.id""";
    private static final String COMPLETIONS = """
            SELECT m.title AS module, c.merchant_id, c.completed_at, c.via
            FROM training_completion c JOIN training_module m ON m.id = c.module_id
            WHERE c.account_id = ? ORDER BY c.completed_at, c.module_id""";
    private static final String ATTEMPTS = """
            SELECT m.title AS module, a.merchant_id, a.correct, a.total, a.passed, a.attempted_at
            FROM training_quiz_attempt a JOIN training_module m ON m.id = a.module_id
            WHERE a.account_id = ? ORDER BY a.id""";

    private final Clock clock;
    private final EventPublisher events;

    public TrainingPersonalData(Clock clock, EventPublisher events) {
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> export(AccountId person, String email, Connection transaction) throws SQLException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (PreparedStatement applications = transaction.prepareStatement(APPLICATIONS)) {
            applications.setLong(1, person.value());
            applications.setString(2, email);
            read(applications, "application", records);
        }
        for (Map.Entry<String, String> part : Map.of("workshop_booking", BOOKINGS, "module_completed", COMPLETIONS,
                "quiz_attempt", ATTEMPTS).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            try (PreparedStatement statement = transaction.prepareStatement(part.getValue())) {
                statement.setLong(1, person.value());
                read(statement, part.getKey(), records);
            }
        }
        return records;
    }

    @Override
    public void erase(AccountId person, String email, Connection transaction) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = transaction.prepareStatement("""
                SELECT id FROM training_application WHERE (staff_account_id = ? OR contact_email = ?) ORDER BY id FOR UPDATE""")) {
            select.setLong(1, person.value());
            select.setString(2, email);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        anonymise(transaction, ids, false);
    }

    @Override
    public int anonymiseBefore(Instant cutoff, int limit, Connection transaction) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = transaction.prepareStatement("""
                SELECT id FROM training_application WHERE anonymised_at IS NULL AND submitted_at < ?
                ORDER BY submitted_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            select.setObject(1, Jdbis.databaseTime(cutoff));
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return anonymise(transaction, ids, true);
    }

    /** Withdraws the pending ones, then replaces the contact of each (already anonymised ones too, unless {@code once}). */
    private int anonymise(Connection transaction, List<Long> ids, boolean once) throws SQLException {
        Instant now = clock.instant();
        int anonymised = 0;
        try (PreparedStatement withdraw = transaction.prepareStatement("""
                UPDATE training_application SET status = 'REJECTED', active_siret = NULL, decided_at = ?, decided_by = ?
                WHERE id = ? AND status = 'PENDING'""");
             PreparedStatement clear = transaction.prepareStatement("""
                     UPDATE training_application SET contact_name = ?, contact_email = ?, contact_phone = '', message = '',
                         rejection_reason = CASE WHEN rejection_reason IS NULL THEN NULL ELSE '' END,
                         anonymised_at = COALESCE(anonymised_at, ?)
                     WHERE id = ?""" + (once ? " AND anonymised_at IS NULL" : ""))) {
            for (long id : ids) {
                withdraw.setObject(1, Jdbis.databaseTime(now));
                withdraw.setString(2, ACTOR);
                withdraw.setLong(3, id);
                if (withdraw.executeUpdate() == 1) {
                    events.publish(transaction, TrainingEvents.APPLICATION_REJECTED.event(Long.toString(id), Map.of(), Actor.parse(ACTOR)));
                }
                clear.setString(1, PersonalDataRights.ERASED_NAME);
                clear.setString(2, "erased-application-" + id + "@" + PersonalDataRights.ERASED_DOMAIN);
                clear.setObject(3, Jdbis.databaseTime(now));
                clear.setLong(4, id);
                anonymised += clear.executeUpdate();
            }
        }
        return anonymised;
    }

    /** Each row as a record of that kind: columns in camel case, instants as ISO-8601 text. */
    private static void read(PreparedStatement statement, String kind, List<Map<String, Object>> records) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("kind", kind);
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    if (value instanceof Timestamp || value instanceof java.time.OffsetDateTime) {
                        value = rows.getTimestamp(i).toInstant().truncatedTo(ChronoUnit.MICROS).toString();
                    }
                    record.put(camel(columns.getColumnLabel(i)), value);
                }
                records.add(record);
            }
        }
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            }
            else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
