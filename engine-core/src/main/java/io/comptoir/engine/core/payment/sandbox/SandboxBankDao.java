package io.comptoir.engine.core.payment.sandbox;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(SandboxPaymentRow.Mapper.class)
@RegisterConstructorMapper(SandboxOperationRow.class)
@RegisterConstructorMapper(SandboxBankDao.DueWebhook.class)
interface SandboxBankDao {
    String COLUMNS = "reference, idempotency_key, amount, captured, released, refunded, status, card_last4, decline_reason, payment_id";

    @SqlQuery("SELECT " + COLUMNS + " FROM sandbox_card_payment WHERE idempotency_key = :key")
    Optional<SandboxPaymentRow> byKey(@Bind("key") String key);

    @SqlQuery("SELECT " + COLUMNS + " FROM sandbox_card_payment WHERE reference = :reference FOR UPDATE")
    Optional<SandboxPaymentRow> lock(@Bind("reference") String reference);

    @SqlUpdate("""
            INSERT INTO sandbox_card_payment (reference, idempotency_key, payment_id, amount, captured, released, refunded, status,
                                              card_last4, decline_reason, created_at, decide_at)
            VALUES (:reference, :key, :payment, :amount, 0, 0, 0, 'PENDING', :last4, :decline, :now, :decideAt)""")
    void insert(@Bind("reference") String reference, @Bind("key") String key, @Bind("payment") long payment, @Bind("amount") long amount,
                @Bind("last4") String last4, @Bind("decline") String decline, @Bind("now") Instant now, @Bind("decideAt") Instant decideAt);

    @SqlUpdate("""
            UPDATE sandbox_card_payment SET status = :status, captured = captured + :captured, released = released + :released,
                                            refunded = refunded + :refunded
            WHERE reference = :reference""")
    void update(@Bind("reference") String reference, @Bind("status") String status, @Bind("captured") long captured,
                @Bind("released") long released, @Bind("refunded") long refunded);

    /** Pending authorisations the bank should have decided by now. */
    @SqlQuery("SELECT reference FROM sandbox_card_payment WHERE status = 'PENDING' AND decide_at <= :before ORDER BY decide_at LIMIT 50")
    List<String> undecided(@Bind("before") Instant before);

    @SqlQuery("SELECT idempotency_key, reference, kind, amount, outcome, message FROM sandbox_card_operation WHERE idempotency_key = :key")
    Optional<SandboxOperationRow> operation(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO sandbox_card_operation (idempotency_key, reference, kind, amount, outcome, message)
            VALUES (:key, :reference, :kind, :amount, :outcome, :message)""")
    void insertOperation(@Bind("key") String key, @Bind("reference") String reference, @Bind("kind") String kind,
                         @Bind("amount") long amount, @Bind("outcome") String outcome, @Bind("message") String message);

    /** Books a webhook with its first delivery attempt taken, leased until {@code leaseEnd}, by the node that decided it. */
    @SqlUpdate("""
            INSERT INTO sandbox_card_webhook (event_id, reference, body, attempts, next_attempt_at, created_at)
            VALUES (:eventId, :reference, :body, 1, :leaseEnd, :now)""")
    void insertTakenWebhook(@Bind("eventId") String eventId, @Bind("reference") String reference, @Bind("body") String body,
                            @Bind("now") Instant now, @Bind("leaseEnd") Instant leaseEnd);

    /**
     * Takes a webhook's next delivery attempt, the one after {@code attempts}, leased until {@code leaseEnd}; 1 when this
     * node got it (of the nodes that try the same attempt, one wins).
     */
    @SqlUpdate("""
            UPDATE sandbox_card_webhook SET attempts = attempts + 1, next_attempt_at = :leaseEnd
            WHERE event_id = :eventId AND attempts = :attempts AND next_attempt_at IS NOT NULL""")
    int claimWebhook(@Bind("eventId") String eventId, @Bind("attempts") int attempts, @Bind("leaseEnd") Instant leaseEnd);

    @SqlQuery("SELECT body FROM sandbox_card_webhook WHERE event_id = :eventId")
    String webhookBody(@Bind("eventId") String eventId);

    @SqlUpdate("UPDATE sandbox_card_webhook SET delivered_at = :now, next_attempt_at = NULL WHERE event_id = :eventId")
    void delivered(@Bind("eventId") String eventId, @Bind("now") Instant now);

    /** The next attempt, or none ({@code null}: given up). */
    @SqlUpdate("UPDATE sandbox_card_webhook SET next_attempt_at = :next WHERE event_id = :eventId")
    void retryAt(@Bind("eventId") String eventId, @Bind("next") Instant next);

    /** Webhooks whose next attempt (or whose lease) is due, with the attempts made so far. */
    @SqlQuery("SELECT event_id, attempts FROM sandbox_card_webhook WHERE next_attempt_at <= :now ORDER BY next_attempt_at LIMIT 50")
    List<DueWebhook> dueWebhooks(@Bind("now") Instant now);

    record DueWebhook(String eventId, int attempts) {
    }
}
