package io.comptoir.vouchers.expiry;

import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.voucher.VoucherEvents;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Reminds holders known by e-mail, 30 and 7 days before their vouchers' deadline, one mail per holder and reminder
 * listing their vouchers. Each reminder is recorded per voucher (a primary key), in the transaction that publishes the
 * mail's event, so that it goes out once. A voucher already within 7 days when first seen gets the 7-day reminder only.
 */
public final class Reminders {
    static final List<Integer> DAYS_BEFORE = List.of(7, 30);
    private static final int BATCH = 500;

    private final Database db;
    private final Clock clock;
    private final VoucherEvents events;

    public Reminders(Database db, Clock clock, VoucherEvents events) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
    }

    private record Due(long voucherId, String email) {
    }

    /** Sends every reminder due now; returns how many mails were asked for. */
    public int sendDue() {
        int mails = 0;
        for (int days : DAYS_BEFORE) {
            while (true) {
                Instant now = clock.instant();
                List<Due> due = db.withHandle(handle -> handle.createQuery("""
                                SELECT v.id, v.holder_email FROM voucher v
                                WHERE v.status = 'ACTIVE' AND v.holder_email IS NOT NULL AND v.expires_at > :now AND v.expires_at <= :horizon
                                  AND NOT EXISTS (SELECT 1 FROM voucher_reminder r WHERE r.voucher_id = v.id AND r.days_before = :days)
                                ORDER BY v.id LIMIT :limit""")
                        .bind("now", now).bind("horizon", now.plus(Duration.ofDays(days))).bind("days", days).bind("limit", BATCH)
                        .map((rs, ctx) -> new Due(rs.getLong(1), rs.getString(2))).list());
                if (due.isEmpty()) {
                    break;
                }
                mails += db.inTransaction(handle -> remind(handle, due, days, now));
            }
        }
        return mails;
    }

    private int remind(Handle handle, List<Due> due, int days, Instant now) {
        Map<String, List<Long>> byHolder = new LinkedHashMap<>();
        for (Due voucher : due) {
            for (int threshold : DAYS_BEFORE) {
                if (threshold >= days) {
                    handle.createUpdate("""
                                    INSERT INTO voucher_reminder (voucher_id, days_before, sent_at) VALUES (:voucher, :days, :at)
                                    ON CONFLICT DO NOTHING""")
                            .bind("voucher", voucher.voucherId()).bind("days", threshold).bind("at", now).execute();
                }
            }
            byHolder.computeIfAbsent(voucher.email(), email -> new ArrayList<>()).add(voucher.voucherId());
        }
        byHolder.forEach((email, vouchers) -> events.expiryReminder(handle, email, days, vouchers));
        return byHolder.size();
    }
}
