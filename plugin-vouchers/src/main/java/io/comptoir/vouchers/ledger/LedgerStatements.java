package io.comptoir.vouchers.ledger;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.List;

/**
 * The ledger's statements on the hot paths (every sale, redemption and hold), run with the fluent API: attaching a
 * SqlObject to a handle prepares every method of the interface, which costs more than the statement itself.
 */
public final class LedgerStatements {
    private LedgerStatements() {
    }

    static long insertTransaction(Handle handle, Booking booking, Instant at) {
        return handle.createUpdate("""
                        INSERT INTO voucher_ledger_transaction (idempotency_key, kind, programme_id, voucher_id, reference, reverses_id, actor, occurred_at)
                        VALUES (:key, :kind, :programme, :voucher, :reference, :reverses, :actor, :at)""")
                .bind("key", booking.key()).bind("kind", booking.kind().name()).bind("programme", booking.programme())
                .bind("voucher", booking.voucherId() == 0 ? null : booking.voucherId()).bind("reference", booking.reference())
                .bind("reverses", booking.reverses().orElse(null)).bind("actor", booking.actor().toString()).bind("at", at)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void insertEntries(Handle handle, long transaction, Booking booking, List<Entry> entries, Instant at) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO voucher_ledger_entry (transaction_id, line, account_kind, owner_id, part_id, programme_id, voucher_id,
                                                  transaction_kind, amount, occurred_at)
                VALUES (:transaction, :line, :kind, :owner, :part, :programme, :voucher, :transactionKind, :amount, :at)""");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            batch.bind("transaction", transaction).bind("line", i + 1).bind("kind", entry.account().kind().name())
                    .bind("owner", entry.account().owner()).bind("part", entry.account().part()).bind("programme", booking.programme())
                    .bind("voucher", entry.voucherId() == 0 ? null : entry.voucherId()).bind("transactionKind", booking.kind().name())
                    .bind("amount", entry.amount()).bind("at", at).add();
        }
        batch.execute();
    }

    /** Balances of one owner's accounts of a kind, by part (debit positive). */
    public static List<PartBalance> balancesByPart(Handle handle, AccountKind kind, long owner) {
        return handle.createQuery("""
                        SELECT part_id, SUM(amount) AS balance FROM voucher_ledger_entry
                        WHERE account_kind = :kind AND owner_id = :owner GROUP BY part_id ORDER BY part_id""")
                .bind("kind", kind.name()).bind("owner", owner)
                .map((rs, ctx) -> new PartBalance(rs.getLong("part_id"), rs.getLong("balance"))).list();
    }
}
