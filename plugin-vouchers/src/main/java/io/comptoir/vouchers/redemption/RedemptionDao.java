package io.comptoir.vouchers.redemption;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(RedemptionRow.class)
@RegisterConstructorMapper(HoldRow.class)
public interface RedemptionDao {
    String FROM = " FROM voucher_redemption r JOIN voucher v ON v.id = r.voucher_id ";

    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM + "WHERE r.idempotency_scope = :scope AND r.idempotency_key = :key")
    Optional<RedemptionRow> byKey(@Bind("scope") String scope, @Bind("key") String key);

    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM + "WHERE r.id = :id")
    Optional<RedemptionRow> find(@Bind("id") long id);

    /** The redemption and every refund of it. */
    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM + "WHERE r.id = :id OR r.refund_of = :id ORDER BY r.id")
    List<RedemptionRow> withRefunds(@Bind("id") long id);

    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM + "WHERE r.voucher_id = :voucher ORDER BY r.id")
    List<RedemptionRow> ofVoucher(@Bind("voucher") long voucher);

    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM
            + "WHERE r.merchant_id = :merchant AND r.occurred_at >= :from AND r.occurred_at < :to ORDER BY r.occurred_at DESC, r.id DESC")
    List<RedemptionRow> ofMerchant(@Bind("merchant") long merchant, @Bind("from") Instant from, @Bind("to") Instant to);

    /** Online captures of a hold for one merchant order, oldest first. */
    @SqlQuery("SELECT " + RedemptionRow.COLUMNS + FROM
            + "WHERE r.hold_id = :hold AND r.merchant_order_id = :order AND r.refund_of IS NULL ORDER BY r.id")
    List<RedemptionRow> capturesOf(@Bind("hold") long hold, @Bind("order") long order);

    @SqlUpdate("""
            INSERT INTO voucher_hold (voucher_id, idempotency_key, payment_id, order_number, amount, captured, released, created_at)
            VALUES (:voucher, :key, :payment, :order, :amount, 0, 0, :at)""")
    @GetGeneratedKeys("id")
    long insertHold(@Bind("voucher") long voucher, @Bind("key") String key, @Bind("payment") long payment,
                    @Bind("order") String orderNumber, @Bind("amount") long amount, @Bind("at") Instant at);

    @SqlQuery("SELECT id, voucher_id, idempotency_key, amount, captured, released FROM voucher_hold WHERE idempotency_key = :key")
    Optional<HoldRow> holdByKey(@Bind("key") String key);

    @SqlQuery("SELECT id, voucher_id, idempotency_key, amount, captured, released FROM voucher_hold WHERE id = :id")
    Optional<HoldRow> hold(@Bind("id") long id);

    @SqlQuery("SELECT id, voucher_id, idempotency_key, amount, captured, released FROM voucher_hold WHERE id = :id FOR UPDATE")
    Optional<HoldRow> lockHold(@Bind("id") long id);

    @SqlUpdate("""
            UPDATE voucher_hold SET captured = captured + :captured, released = released + :released
            WHERE id = :id AND captured + released + :captured + :released <= amount""")
    int settleHold(@Bind("id") long id, @Bind("captured") long captured, @Bind("released") long released);
}
