package io.comptoir.engine.core.payment.sandbox;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(SandboxPaymentRow.class)
@RegisterConstructorMapper(SandboxOperationRow.class)
interface SandboxBankDao {
    String COLUMNS = "reference, idempotency_key, amount, captured, released, refunded, status, card_last4, decline_reason";

    @SqlQuery("SELECT " + COLUMNS + " FROM sandbox_card_payment WHERE idempotency_key = :key")
    Optional<SandboxPaymentRow> byKey(@Bind("key") String key);

    @SqlQuery("SELECT " + COLUMNS + " FROM sandbox_card_payment WHERE reference = :reference FOR UPDATE")
    Optional<SandboxPaymentRow> lock(@Bind("reference") String reference);

    @SqlUpdate("""
            INSERT INTO sandbox_card_payment (reference, idempotency_key, amount, captured, released, refunded, status, card_last4,
                                              decline_reason, created_at)
            VALUES (:reference, :key, :amount, 0, 0, 0, 'PENDING', :last4, :decline, :now)""")
    void insert(@Bind("reference") String reference, @Bind("key") String key, @Bind("amount") long amount,
                @Bind("last4") String last4, @Bind("decline") String decline, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE sandbox_card_payment SET status = :status, captured = captured + :captured, released = released + :released,
                                            refunded = refunded + :refunded
            WHERE reference = :reference""")
    void update(@Bind("reference") String reference, @Bind("status") String status, @Bind("captured") long captured,
                @Bind("released") long released, @Bind("refunded") long refunded);

    @SqlQuery("SELECT idempotency_key, reference, kind, amount, outcome, message FROM sandbox_card_operation WHERE idempotency_key = :key")
    Optional<SandboxOperationRow> operation(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO sandbox_card_operation (idempotency_key, reference, kind, amount, outcome, message)
            VALUES (:key, :reference, :kind, :amount, :outcome, :message)""")
    void insertOperation(@Bind("key") String key, @Bind("reference") String reference, @Bind("kind") String kind,
                         @Bind("amount") long amount, @Bind("outcome") String outcome, @Bind("message") String message);
}
