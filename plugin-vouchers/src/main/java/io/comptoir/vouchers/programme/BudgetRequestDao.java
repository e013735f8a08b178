package io.comptoir.vouchers.programme;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** {@code voucher_budget_request}: the budget requests by key, inserted once, never changed. */
@RegisterConstructorMapper(BudgetRequestRow.class)
interface BudgetRequestDao {

    @SqlQuery("""
            SELECT kind, amount, granted, committed FROM voucher_budget_request
            WHERE programme_id = :programme AND idempotency_key = :key""")
    Optional<BudgetRequestRow> find(@Bind("programme") long programme, @Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO voucher_budget_request (programme_id, idempotency_key, kind, amount, transaction_id, granted, committed, actor,
                                                requested_at)
            VALUES (:programme, :key, :kind, :amount, :transaction, :granted, :committed, :actor, :at)""")
    void insert(@Bind("programme") long programme, @Bind("key") String key, @Bind("kind") BudgetRequest.Kind kind,
                @Bind("amount") long amount, @Bind("transaction") Long transaction, @Bind("granted") long granted,
                @Bind("committed") long committed, @Bind("actor") String actor, @Bind("at") Instant at);
}
