package io.comptoir.vouchers.ledger;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;
import java.util.Optional;

/** The ledger's tables: inserts and reads only (append-only). */
@RegisterConstructorMapper(EntryRow.class)
@RegisterConstructorMapper(PartBalance.class)
public interface LedgerDao {

    @SqlQuery("SELECT id FROM voucher_ledger_transaction WHERE idempotency_key = :key")
    Optional<Long> transactionByKey(@Bind("key") String key);

    @SqlQuery("""
            SELECT account_kind, owner_id, part_id, amount, voucher_id FROM voucher_ledger_entry
            WHERE transaction_id = :transaction ORDER BY line""")
    List<EntryRow> entriesOf(@Bind("transaction") long transaction);

    @SqlQuery("""
            SELECT COALESCE(SUM(amount), 0) FROM voucher_ledger_entry
            WHERE account_kind = :kind AND owner_id = :owner AND part_id = :part""")
    long balance(@Bind("kind") String kind, @Bind("owner") long owner, @Bind("part") long part);

    /** Balance of accounts of a kind and owner, for one programme's entries. */
    @SqlQuery("""
            SELECT COALESCE(SUM(amount), 0) FROM voucher_ledger_entry
            WHERE account_kind = ANY(:kinds) AND owner_id = :owner AND programme_id = :programme""")
    long programmeBalance(@Bind("kinds") List<String> kinds, @Bind("owner") long owner, @Bind("programme") long programme);

    /** Sum of entries on accounts of some kinds in transactions listed. */
    @SqlQuery("""
            SELECT account_kind, owner_id, part_id, SUM(amount) AS amount, 0 AS voucher_id FROM voucher_ledger_entry
            WHERE transaction_id = ANY(:transactions) AND account_kind = ANY(:kinds)
            GROUP BY account_kind, owner_id, part_id ORDER BY account_kind, owner_id, part_id""")
    List<EntryRow> sumsOver(@Bind("transactions") List<Long> transactions, @Bind("kinds") List<String> kinds);
}
