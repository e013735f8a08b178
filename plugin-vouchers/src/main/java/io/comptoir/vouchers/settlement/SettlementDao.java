package io.comptoir.vouchers.settlement;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Statements: inserted once, then only their payment is set, once (guarded). */
@RegisterConstructorMapper(StatementRow.class)
@RegisterConstructorMapper(StatementLineRow.class)
interface SettlementDao {

    @SqlUpdate("""
            INSERT INTO voucher_settlement_period (programme_id, period_start, period_end, issued_at)
            VALUES (:programme, :start, :end, :at) ON CONFLICT DO NOTHING""")
    int claimPeriod(@Bind("programme") long programme, @Bind("start") LocalDate start, @Bind("end") LocalDate end, @Bind("at") Instant at);

    @SqlQuery("SELECT MAX(period_start) FROM voucher_settlement_period WHERE programme_id = :programme")
    Optional<LocalDate> lastIssuedPeriod(@Bind("programme") long programme);

    @SqlUpdate("""
            INSERT INTO voucher_statement (programme_id, kind, party_id, period_start, period_end, total, item_count, currency, issued_at)
            VALUES (:programme, :kind, :party, :start, :end, :total, :count, :currency, :at)""")
    @GetGeneratedKeys("id")
    long insertStatement(@Bind("programme") long programme, @Bind("kind") String kind, @Bind("party") long party,
                         @Bind("start") LocalDate start, @Bind("end") LocalDate end, @Bind("total") long total, @Bind("count") int count,
                         @Bind("currency") String currency, @Bind("at") Instant at);

    @SqlBatch("INSERT INTO voucher_statement_line (statement_id, source_kind, source_id, amount) VALUES (:statement, :kind, :source, :amount)")
    void insertLines(@Bind("statement") long statement, @Bind("kind") List<String> kinds, @Bind("source") List<Long> sources,
                     @Bind("amount") List<Long> amounts);

    @SqlQuery("SELECT " + StatementRow.COLUMNS + " FROM voucher_statement WHERE id = :id")
    Optional<StatementRow> statement(@Bind("id") long id);

    @SqlQuery("SELECT " + StatementRow.COLUMNS + " FROM voucher_statement WHERE id = :id FOR UPDATE")
    Optional<StatementRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + StatementRow.COLUMNS + " FROM voucher_statement WHERE programme_id = :programme AND period_start = :start"
            + " ORDER BY kind, party_id")
    List<StatementRow> ofPeriod(@Bind("programme") long programme, @Bind("start") LocalDate start);

    @SqlQuery("SELECT " + StatementRow.COLUMNS + """
             FROM voucher_statement WHERE programme_id = :programme AND (CAST(:kind AS VARCHAR(16)) IS NULL OR kind = :kind)
               AND (CAST(:party AS BIGINT) IS NULL OR party_id = :party)
            ORDER BY period_start DESC, kind, party_id""")
    List<StatementRow> find(@Bind("programme") long programme, @Bind("kind") String kind, @Bind("party") Long party);

    @SqlQuery("SELECT " + StatementRow.COLUMNS + " FROM voucher_statement WHERE kind = :kind AND party_id = :party"
            + " ORDER BY period_start DESC, programme_id")
    List<StatementRow> ofParty(@Bind("kind") String kind, @Bind("party") long party);

    @SqlQuery("SELECT statement_id, source_kind, source_id, amount FROM voucher_statement_line WHERE statement_id = ANY(:ids) ORDER BY statement_id, source_kind, source_id")
    List<StatementLineRow> lines(@Bind("ids") List<Long> ids);

    @SqlUpdate("""
            UPDATE voucher_statement SET paid_at = :at, payment_reference = :reference, payment_transaction_id = :transaction
            WHERE id = :id AND paid_at IS NULL""")
    int markPaid(@Bind("id") long id, @Bind("reference") String reference, @Bind("transaction") Long transaction, @Bind("at") Instant at);
}
