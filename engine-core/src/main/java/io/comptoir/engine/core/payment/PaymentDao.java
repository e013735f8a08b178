package io.comptoir.engine.core.payment;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(PaymentRow.Mapper.class)
@RegisterRowMapper(TenderShareRow.Mapper.class)
@RegisterRowMapper(PaymentWithShare.Mapper.class)
@RegisterConstructorMapper(TransactionRow.class)
public interface PaymentDao {
    String COLUMNS = """
            id, customer_order_id, position, provider, label, details, status, amount, captured, released, refunded, currency,
            provider_reference, failure_reason, created_at""";
    String QUALIFIED_COLUMNS = """
            p.id, p.customer_order_id, p.position, p.provider, p.label, p.details, p.status, p.amount, p.captured, p.released,
            p.refunded, p.currency, p.provider_reference, p.failure_reason, p.created_at""";

    @SqlUpdate("""
            INSERT INTO payment (customer_order_id, position, provider, label, details, status, amount, captured, released,
                                 refunded, currency, created_at, updated_at)
            VALUES (:orderId, :position, :provider, :label, :details, 'PENDING', :amount, 0, 0, 0, :currency, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("orderId") long customerOrderId, @Bind("position") int position, @Bind("provider") String provider,
                @Bind("label") String label, @Bind("details") String details, @Bind("amount") long amount,
                @Bind("currency") String currency, @Bind("now") Instant now);

    /** Inserts a tender's shares, one per merchant order it pays, in one round trip. */
    @SqlBatch("""
            INSERT INTO tender_share (payment_id, merchant_order_id, amount, captured, released, refunded)
            VALUES (:paymentId, :merchantOrderId, :amount, 0, 0, 0)""")
    void insertShares(@Bind("paymentId") long paymentId, @Bind("merchantOrderId") List<Long> merchantOrderIds,
                      @Bind("amount") List<Long> amounts);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE id = :id")
    Optional<PaymentRow> payment(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE customer_order_id = ANY(:orders) ORDER BY customer_order_id, position")
    List<PaymentRow> paymentsOf(@Bind("orders") Collection<Long> customerOrderIds);

    /** The payments of these orders with their shares, in one round trip: a row per share. */
    @SqlQuery("SELECT " + QUALIFIED_COLUMNS + """
            , s.merchant_order_id AS share_merchant_order_id, s.amount AS share_amount, s.captured AS share_captured,
              s.released AS share_released, s.refunded AS share_refunded
            FROM payment p LEFT JOIN tender_share s ON s.payment_id = p.id
            WHERE p.customer_order_id = ANY(:orders) ORDER BY p.customer_order_id, p.position, s.merchant_order_id""")
    List<PaymentWithShare> paymentsWithSharesOf(@Bind("orders") Collection<Long> customerOrderIds);

    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE provider = :provider AND provider_reference = :reference")
    Optional<PaymentRow> byReference(@Bind("provider") String provider, @Bind("reference") String reference);

    /**
     * Settles a tender still pending, and only then: a webhook, a reconciliation and the checkout may each learn its outcome,
     * and the first one decides. 1 when this call did.
     */
    @SqlUpdate("""
            UPDATE payment SET status = :status, provider_reference = COALESCE(:reference, provider_reference), failure_reason = :reason,
                               updated_at = :now
            WHERE id = :id AND status = 'PENDING'""")
    int settlePending(@Bind("id") long id, @Bind("status") String status, @Bind("reference") String reference,
                      @Bind("reason") String reason, @Bind("now") Instant now);

    /**
     * Tenders of pending orders whose outcome the engine has not learnt: an authorisation with no answer recorded while the
     * order has not moved since {@code quietSince} (the node that asked died, or its call hangs), or one the provider
     * accepted for processing before {@code lateBefore} and whose webhook has not come.
     */
    @SqlQuery("SELECT " + QUALIFIED_COLUMNS + """
             FROM payment p JOIN customer_order o ON o.id = p.customer_order_id
            WHERE p.status = 'PENDING' AND o.status = 'PENDING_PAYMENT'
              AND ((p.provider_reference IS NULL
                    AND NOT EXISTS (SELECT 1 FROM payment q WHERE q.customer_order_id = p.customer_order_id AND q.updated_at >= :quietSince))
                   OR (p.provider_reference IS NOT NULL AND p.updated_at < :lateBefore))
            ORDER BY p.customer_order_id, p.position LIMIT 100""")
    List<PaymentRow> unresolved(@Bind("quietSince") Instant quietSince, @Bind("lateBefore") Instant lateBefore);

    /** Whether the tender is authorised and its order not given up: still in play, whoever authorised it. */
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM payment p JOIN customer_order o ON o.id = p.customer_order_id
            WHERE p.id = :id AND p.status = 'AUTHORISED' AND o.status <> 'PAYMENT_FAILED'""")
    boolean authorisedForLiveOrder(@Bind("id") long id);

    /** Tenders given up that their provider may still hold money for, last checked before {@code before}. */
    @SqlQuery("SELECT " + COLUMNS + " FROM payment WHERE void_check AND updated_at < :before ORDER BY id LIMIT 100")
    List<PaymentRow> toVoid(@Bind("before") Instant before);

    /** Marks (or clears) a tender whose provider may hold money for an order that failed. */
    @SqlUpdate("UPDATE payment SET void_check = :check, updated_at = :now WHERE id = :id")
    void voidCheck(@Bind("id") long id, @Bind("check") boolean check, @Bind("now") Instant now);

    /** Notes that the provider was asked, so that the next question waits its turn. */
    @SqlUpdate("UPDATE payment SET updated_at = :now WHERE id = :id")
    void touch(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT s.payment_id, s.merchant_order_id, p.provider, p.position, s.amount, s.captured, s.released, s.refunded, p.currency
            FROM tender_share s JOIN payment p ON p.id = s.payment_id
            WHERE s.merchant_order_id = ANY(:orders) ORDER BY s.merchant_order_id, p.position""")
    List<TenderShareRow> sharesOf(@Bind("orders") Collection<Long> merchantOrderIds);

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

    /** Notes a provider's notification as applied: 1, or 0 when it already was (a duplicate, to acknowledge and ignore). */
    @SqlUpdate("INSERT INTO payment_webhook (provider, event_id, received_at) VALUES (:provider, :eventId, :now) ON CONFLICT DO NOTHING")
    int recordWebhook(@Bind("provider") String provider, @Bind("eventId") String eventId, @Bind("now") Instant now);
}
