package io.comptoir.engine.core.payment;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(PaymentRow.Mapper.class)
@RegisterRowMapper(TenderShareRow.Mapper.class)
@RegisterConstructorMapper(TransactionRow.class)
public interface PaymentDao {
    String COLUMNS = """
            id, customer_order_id, position, provider, label, details, status, amount, captured, released, refunded, currency,
            provider_reference, failure_reason, created_at""";

    @SqlUpdate("""
            INSERT INTO payment (customer_order_id, position, provider, label, details, status, amount, captured, released,
                                 refunded, currency, created_at, updated_at)
            VALUES (:orderId, :position, :provider, :label, :details, 'PENDING', :amount, 0, 0, 0, :currency, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("orderId") long customerOrderId, @Bind("position") int position, @Bind("provider") String provider,
                @Bind("label") String label, @Bind("details") String details, @Bind("amount") long amount,
                @Bind("currency") String currency, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO tender_share (payment_id, merchant_order_id, amount, captured, released, refunded)
            VALUES (:paymentId, :merchantOrderId, :amount, 0, 0, 0)""")
    void insertShare(@Bind("paymentId") long paymentId, @Bind("merchantOrderId") long merchantOrderId, @Bind("amount") long amount);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE id = :id")
    Optional<PaymentRow> payment(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE customer_order_id IN (<orders>) ORDER BY customer_order_id, position")
    List<PaymentRow> paymentsOf(@BindList("orders") Collection<Long> customerOrderIds);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE provider = :provider AND provider_reference = :reference")
    Optional<PaymentRow> byReference(@Bind("provider") String provider, @Bind("reference") String reference);

    @SqlUpdate("""
            UPDATE payment SET status = :status, provider_reference = COALESCE(:reference, provider_reference),
                               failure_reason = :reason, updated_at = :now
            WHERE id = :id""")
    void setState(@Bind("id") long id, @Bind("status") String status, @Bind("reference") String reference,
                  @Bind("reason") String reason, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT s.payment_id, s.merchant_order_id, p.provider, p.position, s.amount, s.captured, s.released, s.refunded, p.currency
            FROM tender_share s JOIN payment p ON p.id = s.payment_id
            WHERE s.merchant_order_id IN (<orders>) ORDER BY s.merchant_order_id, p.position""")
    List<TenderShareRow> sharesOf(@BindList("orders") Collection<Long> merchantOrderIds);

    @SqlQuery("""
            SELECT s.payment_id, s.merchant_order_id, p.provider, p.position, s.amount, s.captured, s.released, s.refunded, p.currency
            FROM tender_share s JOIN payment p ON p.id = s.payment_id
            WHERE s.payment_id = :paymentId ORDER BY s.merchant_order_id""")
    List<TenderShareRow> sharesOfPayment(@Bind("paymentId") long paymentId);

    /** Guarded: a share never captures or releases beyond its amount. */
    @SqlUpdate("""
            UPDATE tender_share SET captured = captured + :captured, released = released + :released, refunded = refunded + :refunded
            WHERE payment_id = :paymentId AND merchant_order_id = :merchantOrderId
              AND captured + :captured + released + :released <= amount AND refunded + :refunded <= captured + :captured""")
    int moveShare(@Bind("paymentId") long paymentId, @Bind("merchantOrderId") long merchantOrderId,
                  @Bind("captured") long captured, @Bind("released") long released, @Bind("refunded") long refunded);

    @SqlUpdate("""
            UPDATE payment SET captured = captured + :captured, released = released + :released, refunded = refunded + :refunded,
                               updated_at = :now
            WHERE id = :paymentId AND captured + :captured + released + :released <= amount
              AND refunded + :refunded <= captured + :captured""")
    int movePayment(@Bind("paymentId") long paymentId, @Bind("captured") long captured, @Bind("released") long released,
                    @Bind("refunded") long refunded, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO payment_transaction (payment_id, kind, amount, idempotency_key, outcome, message, at)
            VALUES (:paymentId, :kind, :amount, :key, :outcome, :message, :at)""")
    void insertTransaction(@Bind("paymentId") long paymentId, @Bind("kind") String kind, @Bind("amount") long amount,
                           @Bind("key") String idempotencyKey, @Bind("outcome") String outcome, @Bind("message") String message,
                           @Bind("at") Instant at);

    @SqlQuery("""
            SELECT id, payment_id, kind, amount, idempotency_key, outcome, message, at
            FROM payment_transaction WHERE payment_id = :paymentId ORDER BY id""")
    List<TransactionRow> transactionsOf(@Bind("paymentId") long paymentId);

    @SqlQuery("SELECT COUNT(*) FROM payment_webhook WHERE provider = :provider AND event_id = :eventId")
    int webhookSeen(@Bind("provider") String provider, @Bind("eventId") String eventId);

    @SqlUpdate("INSERT INTO payment_webhook (provider, event_id, received_at) VALUES (:provider, :eventId, :now)")
    void recordWebhook(@Bind("provider") String provider, @Bind("eventId") String eventId, @Bind("now") Instant now);
}
