package io.comptoir.stripe.book;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The card tenders, their shops' parts and their movements. Locks are taken payment first, then its parts. */
@RegisterConstructorMapper(PaymentRow.class)
@RegisterConstructorMapper(PartRow.class)
@RegisterConstructorMapper(MovementRow.class)
public interface PaymentDao {

    @SqlUpdate("""
            INSERT INTO stripe_payment (payment_id, customer_order_id, order_number, session_id, session_url, state, amount, currency,
                                        captured, commission_bp, created_at, updated_at)
            VALUES (:paymentId, :orderId, :orderNumber, :sessionId, :sessionUrl, 'OPEN', :amount, :currency, 0, :commissionBp, :now, :now)
            """)
    void insertPayment(@Bind("paymentId") long paymentId, @Bind("orderId") long orderId, @Bind("orderNumber") String orderNumber,
                       @Bind("sessionId") String sessionId, @Bind("sessionUrl") String sessionUrl, @Bind("amount") long amount,
                       @Bind("currency") String currency, @Bind("commissionBp") int commissionBp, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO stripe_part (payment_id, merchant_id, amount, decision, reduced, captured, refunded, fulfilled, transferred,
                                     commission, transfer_refusals, updated_at)
            VALUES (:paymentId, :merchantId, :amount, 'PENDING', 0, 0, 0, FALSE, 0, 0, 0, :now)
            """)
    void insertPart(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("amount") long amount,
                    @Bind("now") Instant now);

    @SqlQuery("SELECT * FROM stripe_payment WHERE payment_id = :paymentId")
    Optional<PaymentRow> payment(@Bind("paymentId") long paymentId);

    @SqlQuery("SELECT * FROM stripe_payment WHERE payment_id = :paymentId FOR UPDATE")
    Optional<PaymentRow> lockPayment(@Bind("paymentId") long paymentId);

    @SqlQuery("SELECT * FROM stripe_payment WHERE session_id = :sessionId")
    Optional<PaymentRow> paymentBySession(@Bind("sessionId") String sessionId);

    @SqlQuery("SELECT * FROM stripe_payment WHERE payment_intent_id = :intentId")
    Optional<PaymentRow> paymentByIntent(@Bind("intentId") String intentId);

    @SqlQuery("SELECT * FROM stripe_payment WHERE customer_order_id = :orderId ORDER BY payment_id")
    List<PaymentRow> paymentsOfOrder(@Bind("orderId") long orderId);

    @SqlQuery("SELECT * FROM stripe_part WHERE payment_id = :paymentId ORDER BY merchant_id")
    List<PartRow> parts(@Bind("paymentId") long paymentId);

    @SqlQuery("SELECT * FROM stripe_part WHERE payment_id = :paymentId ORDER BY merchant_id FOR UPDATE")
    List<PartRow> lockParts(@Bind("paymentId") long paymentId);

    @SqlQuery("SELECT * FROM stripe_part WHERE payment_id = :paymentId AND merchant_id = :merchantId FOR UPDATE")
    Optional<PartRow> lockPart(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId);

    @SqlQuery("""
            SELECT p.* FROM stripe_part p JOIN stripe_payment s ON s.payment_id = p.payment_id
            WHERE s.customer_order_id = :orderId AND p.merchant_id = :merchantId ORDER BY p.payment_id
            """)
    List<PartRow> partsOfShopOrder(@Bind("orderId") long orderId, @Bind("merchantId") long merchantId);

    @SqlUpdate("""
            UPDATE stripe_payment SET state = 'AUTHORISED', payment_intent_id = :intentId, charge_id = :chargeId,
                   capture_before = :captureBefore, decline_message = NULL, updated_at = :now
            WHERE payment_id = :paymentId AND state = 'OPEN'
            """)
    int authorised(@Bind("paymentId") long paymentId, @Bind("intentId") String intentId, @Bind("chargeId") String chargeId,
                   @Bind("captureBefore") Instant captureBefore, @Bind("now") Instant now);

    /** Records the intent of a session that is no longer open (cancelled or expired by the plugin while the shopper paid). */
    @SqlUpdate("""
            UPDATE stripe_payment SET payment_intent_id = :intentId, charge_id = :chargeId, updated_at = :now
            WHERE payment_id = :paymentId AND payment_intent_id IS NULL
            """)
    int intentKnown(@Bind("paymentId") long paymentId, @Bind("intentId") String intentId, @Bind("chargeId") String chargeId,
                    @Bind("now") Instant now);

    @SqlUpdate("UPDATE stripe_payment SET state = :to, updated_at = :now WHERE payment_id = :paymentId AND state = :from")
    int move(@Bind("paymentId") long paymentId, @Bind("from") String from, @Bind("to") String to, @Bind("now") Instant now);

    @SqlUpdate("UPDATE stripe_payment SET decline_message = :message, updated_at = :now WHERE payment_id = :paymentId AND state = 'OPEN'")
    int declined(@Bind("paymentId") long paymentId, @Bind("message") String message, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_payment SET state = 'CAPTURED', captured = :captured, stripe_fee = :fee, updated_at = :now
            WHERE payment_id = :paymentId AND state = 'AUTHORISED'
            """)
    int captured(@Bind("paymentId") long paymentId, @Bind("captured") long captured, @Bind("fee") Long fee, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET decision = :decision, merchant_order_id = :merchantOrderId, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId AND decision = 'PENDING'
            """)
    int decide(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("merchantOrderId") Long merchantOrderId,
               @Bind("decision") String decision, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET reduced = reduced + :amount, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId AND decision = 'ACCEPTED' AND captured = 0
              AND reduced + :amount <= amount
            """)
    int reduce(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("amount") long amount, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET captured = amount - reduced, commission = :commission, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId AND decision = 'ACCEPTED' AND captured = 0
            """)
    int partCaptured(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("commission") long commission,
                     @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET refunded = refunded + :amount, commission = :commission, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId AND refunded + :amount <= captured
            """)
    int refunded(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("amount") long amount,
                 @Bind("commission") long commission, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET fulfilled = TRUE, merchant_order_id = COALESCE(merchant_order_id, :merchantOrderId), updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId AND fulfilled = FALSE
            """)
    int fulfilled(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("merchantOrderId") long merchantOrderId,
                  @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_part SET transferred = :transferred, transfer_error = NULL, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId
            """)
    int paid(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("transferred") long transferred,
             @Bind("now") Instant now);

    /** Records why a transfer or reversal did not happen; a refusal by Stripe also moves the part to its next idempotency key. */
    @SqlUpdate("""
            UPDATE stripe_part SET transferred = :transferred, transfer_error = :error,
                   transfer_refusals = transfer_refusals + CASE WHEN :refused THEN 1 ELSE 0 END, updated_at = :now
            WHERE payment_id = :paymentId AND merchant_id = :merchantId
            """)
    int notPaid(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId, @Bind("transferred") long transferred,
                @Bind("error") String error, @Bind("refused") boolean refused, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO stripe_movement (operation_key, payment_id, merchant_id, kind, amount, commission, stripe_id, transfer_id, at)
            VALUES (:key, :paymentId, :merchantId, :kind, :amount, :commission, :stripeId, :transferId, :at)
            """)
    void insertMovement(@Bind("key") String key, @Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId,
                        @Bind("kind") String kind, @Bind("amount") long amount, @Bind("commission") long commission,
                        @Bind("stripeId") String stripeId, @Bind("transferId") String transferId, @Bind("at") Instant at);

    @SqlQuery("SELECT COUNT(*) FROM stripe_movement WHERE operation_key = :key")
    int movementsWithKey(@Bind("key") String key);

    @SqlQuery("SELECT * FROM stripe_movement WHERE payment_id = :paymentId AND merchant_id = :merchantId ORDER BY id")
    List<MovementRow> movementsOfPart(@Bind("paymentId") long paymentId, @Bind("merchantId") long merchantId);

    /**
     * Tenders whose capture (or release) is due: authorised with no shop left to decide, or close to the end of the card
     * hold; and tenders still open whose every part was released (their session must be closed).
     */
    @SqlQuery("""
            SELECT s.* FROM stripe_payment s
            WHERE (s.state = 'AUTHORISED' AND NOT EXISTS (SELECT 1 FROM stripe_part p WHERE p.payment_id = s.payment_id AND p.decision = 'PENDING'))
               OR (s.state = 'AUTHORISED' AND s.capture_before <= :holdEndsBefore
                       AND EXISTS (SELECT 1 FROM stripe_part p WHERE p.payment_id = s.payment_id AND p.decision = 'ACCEPTED'))
               OR (s.state = 'OPEN' AND NOT EXISTS (SELECT 1 FROM stripe_part p WHERE p.payment_id = s.payment_id AND p.decision <> 'RELEASED'))
            ORDER BY s.payment_id
            """)
    List<PaymentRow> settlementsDue(@Bind("holdEndsBefore") Instant holdEndsBefore);

    /** Parts whose shop is owed a transfer or a reversal (fulfilled, and not paid exactly its due). */
    @SqlQuery("""
            SELECT * FROM stripe_part WHERE fulfilled = TRUE AND transferred <> captured - refunded - commission
            ORDER BY payment_id, merchant_id
            """)
    List<PartRow> transfersDue();
}
