package io.comptoir.vouchers.ledger;

import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.LedgerAudit;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The {@link LedgerAudit}: a handful of aggregate queries in one read-only transaction, then the holds that no live payment
 * of the engine owns.
 */
public final class LedgerAuditService implements LedgerAudit {
    private static final int SHOWN = 20;

    private final Database db;
    private final Supplier<List<String>> strandedHolds;

    /** @param strandedHolds the holds no live payment owns, described (see {@code HoldRecovery}) */
    public LedgerAuditService(Database db, Supplier<List<String>> strandedHolds) {
        this.db = requireNonNull(db, "db is null");
        this.strandedHolds = requireNonNull(strandedHolds, "strandedHolds is null");
    }

    @Override
    public AuditReport verify() {
        AuditReport books = db.inTransaction(this::verifyBooks);
        List<String> problems = new ArrayList<>(books.problems());
        strandedHolds.get().stream().limit(SHOWN).forEach(problems::add);
        return new AuditReport(books.transactions(), books.entries(), books.vouchers(), problems);
    }

    private AuditReport verifyBooks(Handle handle) {
        List<String> problems = new ArrayList<>();
        long total = one(handle, "SELECT COALESCE(SUM(amount), 0) FROM voucher_ledger_entry");
        if (total != 0) {
            problems.add("the ledger sums to " + total + ", not 0");
        }
        handle.createQuery("""
                        SELECT transaction_id, SUM(amount) AS total FROM voucher_ledger_entry GROUP BY transaction_id HAVING SUM(amount) <> 0
                        ORDER BY transaction_id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "transaction " + rs.getLong(1) + " sums to " + rs.getLong(2)).forEach(problems::add);
        handle.createQuery("""
                        SELECT t.id FROM voucher_ledger_transaction t
                        WHERE NOT EXISTS (SELECT 1 FROM voucher_ledger_entry e WHERE e.transaction_id = t.id) ORDER BY t.id LIMIT :shown""")
                .bind("shown", SHOWN).mapTo(Long.class).forEach(id -> problems.add("transaction " + id + " has no entries"));
        handle.createQuery("""
                        SELECT v.id, v.balance, COALESCE(-e.total, 0) AS ledger FROM voucher v
                        LEFT JOIN (SELECT owner_id, SUM(amount) AS total FROM voucher_ledger_entry WHERE account_kind = 'VOUCHER' GROUP BY owner_id) e
                          ON e.owner_id = v.id
                        WHERE v.balance <> COALESCE(-e.total, 0) ORDER BY v.id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "voucher " + rs.getLong(1) + " balance " + rs.getLong(2) + " but ledger " + rs.getLong(3))
                .forEach(problems::add);
        handle.createQuery("""
                        SELECT v.id, v.balance_parts, COALESCE(l.parts, '') AS ledger FROM voucher v
                        LEFT JOIN (SELECT owner_id, STRING_AGG(CAST(part_id AS VARCHAR(20)) || ':' || CAST(held AS VARCHAR(20)), ','
                                                               ORDER BY part_id) AS parts
                                   FROM (SELECT owner_id, part_id, -SUM(amount) AS held FROM voucher_ledger_entry
                                         WHERE account_kind = 'VOUCHER' GROUP BY owner_id, part_id) s
                                   WHERE held <> 0 GROUP BY owner_id) l
                          ON l.owner_id = v.id
                        WHERE v.balance_parts <> COALESCE(l.parts, '') ORDER BY v.id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "voucher " + rs.getLong(1) + " holds parts [" + rs.getString(2) + "] but ledger [" + rs.getString(3) + "]")
                .forEach(problems::add);
        handle.createQuery("""
                        SELECT owner_id, part_id, SUM(amount) FROM voucher_ledger_entry WHERE account_kind IN ('VOUCHER', 'HOLD')
                        GROUP BY account_kind, owner_id, part_id HAVING SUM(amount) > 0 ORDER BY owner_id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "account of " + rs.getLong(1) + " part " + rs.getLong(2) + " is overdrawn by " + rs.getLong(3))
                .forEach(problems::add);
        handle.createQuery("""
                        SELECT p.id, p.subsidy_budget, COALESCE(s.allotted, 0) AS allotted, COALESCE(s.committed, 0) AS committed,
                               COALESCE(b.total, 0) AS ledger, COALESCE(g.granted, 0) AS granted
                        FROM voucher_programme p
                        LEFT JOIN (SELECT programme_id, SUM(allotted) AS allotted, SUM(committed) AS committed FROM voucher_budget_slice
                                   GROUP BY programme_id) s
                          ON s.programme_id = p.id
                        LEFT JOIN (SELECT owner_id, SUM(amount) AS total FROM voucher_ledger_entry WHERE account_kind = 'BUDGET' GROUP BY owner_id) b
                          ON b.owner_id = p.id
                        LEFT JOIN (SELECT owner_id, -SUM(amount) AS granted FROM voucher_ledger_entry
                                   WHERE account_kind = 'BUDGET' AND transaction_kind IN ('GRANT', 'BUDGET_CUT') GROUP BY owner_id) g
                          ON g.owner_id = p.id
                        WHERE COALESCE(s.committed, 0) - COALESCE(s.allotted, 0) <> COALESCE(b.total, 0)
                           OR COALESCE(s.allotted, 0) <> COALESCE(g.granted, 0) OR p.subsidy_budget <> COALESCE(s.allotted, 0)
                           OR COALESCE(s.committed, 0) > COALESCE(s.allotted, 0)""")
                .map((rs, ctx) -> "programme " + rs.getLong(1) + " budget " + rs.getLong(2) + " allotted " + rs.getLong(3) + " committed "
                        + rs.getLong(4) + " but ledger budget balance " + rs.getLong(5) + " granted " + rs.getLong(6)).forEach(problems::add);
        handle.createQuery("""
                        SELECT h.id, h.amount - h.captured - h.released AS held, COALESCE(-e.total, 0) AS ledger FROM voucher_hold h
                        LEFT JOIN (SELECT owner_id, SUM(amount) AS total FROM voucher_ledger_entry WHERE account_kind = 'HOLD' GROUP BY owner_id) e
                          ON e.owner_id = h.id
                        WHERE h.amount - h.captured - h.released <> COALESCE(-e.total, 0) ORDER BY h.id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "hold " + rs.getLong(1) + " holds " + rs.getLong(2) + " but ledger " + rs.getLong(3)).forEach(problems::add);
        handle.createQuery("""
                        SELECT r.programme_id, r.total, COALESCE(-e.total, 0) AS ledger
                        FROM (SELECT programme_id, SUM(amount) AS total FROM voucher_redemption GROUP BY programme_id) r
                        LEFT JOIN (SELECT programme_id, SUM(amount) AS total FROM voucher_ledger_entry
                                   WHERE account_kind IN ('MERCHANT_BUYER', 'MERCHANT_SUBSIDY')
                                     AND transaction_kind IN ('REDEMPTION', 'CAPTURE', 'REFUND') GROUP BY programme_id) e
                          ON e.programme_id = r.programme_id
                        WHERE r.total <> COALESCE(-e.total, 0)""")
                .map((rs, ctx) -> "programme " + rs.getLong(1) + " redemptions total " + rs.getLong(2) + " but shops were credited "
                        + rs.getLong(3)).forEach(problems::add);
        handle.createQuery("""
                        SELECT s.id, s.total, COALESCE(l.total, 0) FROM voucher_statement s
                        LEFT JOIN (SELECT statement_id, SUM(amount) AS total FROM voucher_statement_line GROUP BY statement_id) l
                          ON l.statement_id = s.id
                        WHERE s.total <> COALESCE(l.total, 0) ORDER BY s.id LIMIT :shown""").bind("shown", SHOWN)
                .map((rs, ctx) -> "statement " + rs.getLong(1) + " total " + rs.getLong(2) + " but lines " + rs.getLong(3))
                .forEach(problems::add);
        return new AuditReport(one(handle, "SELECT COUNT(*) FROM voucher_ledger_transaction"),
                one(handle, "SELECT COUNT(*) FROM voucher_ledger_entry"), one(handle, "SELECT COUNT(*) FROM voucher"), problems);
    }

    private static long one(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }
}
