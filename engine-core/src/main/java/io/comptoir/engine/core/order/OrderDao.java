package io.comptoir.engine.core.order;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(CustomerOrderRow.Mapper.class)
@RegisterRowMapper(MerchantOrderRow.Mapper.class)
@RegisterRowMapper(OrderLineRow.Mapper.class)
@RegisterRowMapper(HistoryRow.Mapper.class)
@RegisterRowMapper(MerchantOrderWithLine.Mapper.class)
// registered rather than named on its method (@UseRowMapper): JDBI makes a named mapper anew for each call
@RegisterRowMapper(OrderDao.NewCustomerOrder.Mapper.class)
public interface OrderDao {
    String CUSTOMER_COLUMNS = """
            id, number, shopper_id, shopper_name, shopper_email, status, total, currency, failure_reason, idempotency_key,
            request_hash, created_at, updated_at""";
    String MERCHANT_COLUMNS = """
            mo.id, mo.customer_order_id, mo.number, mo.merchant_id, m.name AS merchant_name, mo.status, mo.fulfilment,
            mo.recipient, mo.street, mo.postal_code, mo.commune_insee, mo.phone, mo.instructions, mo.subtotal,
            mo.delivery_fee, mo.total, mo.refunded, mo.currency, mo.created_at,
            (SELECT co.shopper_id FROM customer_order co WHERE co.id = mo.customer_order_id) AS shopper_id""";
    String LINE_COLUMNS = "l.merchant_order_id, l.position, l.variant_id, l.product_id, l.product_name, l.variant_label, l.sku, l.unit_price, l.quantity";

    /**
     * Inserts a customer order numbered from the {@code customer_order_number} sequence ({@code C-000042}, six digits at
     * least), in the same statement; its id and number.
     */
    @SqlUpdate("""
            INSERT INTO customer_order (number, shopper_id, shopper_name, shopper_email, status, total, currency, idempotency_key,
                                        request_hash, created_at, updated_at)
            VALUES ((SELECT 'C-' || LPAD(n, GREATEST(6, LENGTH(n)), '0')
                     FROM (SELECT CAST(nextval('customer_order_number') AS VARCHAR(20)) AS n) next_number),
                    :shopperId, :shopperName, :shopperEmail, 'PENDING_PAYMENT', :total, :currency, :key, :hash, :now, :now)""")
    @GetGeneratedKeys({"id", "number"})
    NewCustomerOrder insertCustomerOrder(@Bind("shopperId") long shopperId, @Bind("shopperName") String shopperName,
                             @Bind("shopperEmail") String shopperEmail, @Bind("total") long total, @Bind("currency") String currency,
                             @Bind("key") String idempotencyKey, @Bind("hash") String requestHash, @Bind("now") Instant now);

    @SqlQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer_order WHERE id = :id")
    Optional<CustomerOrderRow> customerOrder(@Bind("id") long id);

    @SqlQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer_order WHERE id = ANY(:ids)")
    List<CustomerOrderRow> customerOrders(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer_order WHERE id = :id FOR UPDATE")
    Optional<CustomerOrderRow> lockCustomerOrder(@Bind("id") long id);

    @SqlQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer_order WHERE shopper_id = :shopperId AND idempotency_key = :key")
    Optional<CustomerOrderRow> byIdempotencyKey(@Bind("shopperId") long shopperId, @Bind("key") String key);

    @SqlQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer_order WHERE shopper_id = :shopperId ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<CustomerOrderRow> customerOrdersOf(@Bind("shopperId") long shopperId, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT id FROM customer_order WHERE status = 'PENDING_PAYMENT' AND created_at < :before ORDER BY id LIMIT 100")
    List<Long> stalePending(@Bind("before") Instant before);

    /**
     * Pending orders none of whose tenders is pending any more, and whose payments have not moved since {@code quietSince}:
     * the node that was settling them died between its last tender's answer and the settlement.
     */
    @SqlQuery("""
            SELECT o.id FROM customer_order o
            WHERE o.status = 'PENDING_PAYMENT' AND o.created_at < :quietSince
              AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.customer_order_id = o.id AND (p.status = 'PENDING' OR p.updated_at >= :quietSince))
            ORDER BY o.id LIMIT 100""")
    List<Long> unsettled(@Bind("quietSince") Instant quietSince);

    @SqlUpdate("UPDATE customer_order SET status = :to, failure_reason = :reason, updated_at = :now WHERE id = :id AND status = :from")
    int moveCustomerOrder(@Bind("id") long id, @Bind("from") String from, @Bind("to") String to, @Bind("reason") String reason,
                          @Bind("now") Instant now);

    /** A customer order just inserted. */
    record NewCustomerOrder(long id, String number) {
        /** Reads the generated keys of {@link #insertCustomerOrder}. */
        public static final class Mapper implements RowMapper<NewCustomerOrder> {
            @Override
            public NewCustomerOrder map(ResultSet rs, StatementContext ctx) throws SQLException {
                return new NewCustomerOrder(rs.getLong("id"), rs.getString("number"));
            }
        }
    }

    /** A merchant order to insert (its shop's part of a customer order), with its delivery address when delivered. */
    record NewMerchantOrder(long customerOrderId, String number, long merchantId, String fulfilment, String recipient, String street,
                            String postalCode, String communeInsee, String phone, String instructions, long subtotal,
                            long deliveryFee, long total, String currency, Instant now) {
    }

    /** Inserts a customer order's merchant orders in one round trip; their ids in list order. */
    @SqlBatch("""
            INSERT INTO merchant_order (customer_order_id, number, merchant_id, status, fulfilment, recipient, street,
                                        postal_code, commune_insee, phone, instructions, subtotal, delivery_fee, total,
                                        refunded, currency, created_at, updated_at)
            VALUES (:customerOrderId, :number, :merchantId, 'PENDING_PAYMENT', :fulfilment, :recipient, :street, :postalCode,
                    :communeInsee, :phone, :instructions, :subtotal, :deliveryFee, :total, 0, :currency, :now, :now)""")
    @GetGeneratedKeys("id")
    long[] insertMerchantOrders(@BindMethods List<NewMerchantOrder> merchantOrders);

    @SqlQuery("SELECT " + MERCHANT_COLUMNS + " FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id WHERE mo.id = :id")
    Optional<MerchantOrderRow> merchantOrder(@Bind("id") long id);


    @SqlQuery("SELECT id FROM merchant_order WHERE id = :id FOR UPDATE")
    Optional<Long> lockMerchantOrder(@Bind("id") long id);

    @SqlQuery("SELECT " + MERCHANT_COLUMNS + " FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id WHERE mo.customer_order_id = ANY(:ids) ORDER BY mo.id")
    List<MerchantOrderRow> merchantOrdersOf(@Bind("ids") Collection<Long> customerOrderIds);

    /** The merchant orders of these customer orders with their lines, in one round trip: a row per line. */
    @SqlQuery("SELECT " + MERCHANT_COLUMNS + ", " + LINE_COLUMNS + """
             FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id
            LEFT JOIN order_line l ON l.merchant_order_id = mo.id
            WHERE mo.customer_order_id = ANY(:ids) ORDER BY mo.id, l.position""")
    List<MerchantOrderWithLine> merchantOrdersWithLinesOf(@Bind("ids") Collection<Long> customerOrderIds);

    @SqlQuery("SELECT " + MERCHANT_COLUMNS + """
             FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id
            WHERE mo.merchant_id = :merchantId AND mo.status = ANY(:statuses)
            ORDER BY mo.created_at DESC, mo.id DESC LIMIT :limit OFFSET :offset""")
    List<MerchantOrderRow> merchantOrdersOfShop(@Bind("merchantId") long merchantId, @Bind("statuses") Collection<String> statuses,
                                                @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM merchant_order WHERE merchant_id = :merchantId AND status = ANY(:statuses)")
    int countMerchantOrdersOfShop(@Bind("merchantId") long merchantId, @Bind("statuses") Collection<String> statuses);

    @SqlQuery("SELECT " + MERCHANT_COLUMNS + """
             FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id
            WHERE mo.status <> 'PENDING_PAYMENT'
            ORDER BY mo.created_at DESC, mo.id DESC LIMIT :limit OFFSET :offset""")
    List<MerchantOrderRow> recentMerchantOrders(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlUpdate("UPDATE merchant_order SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
    int moveMerchantOrder(@Bind("id") long id, @Bind("from") String from, @Bind("to") String to, @Bind("now") Instant now);

    /** {@link #moveMerchantOrder} for several merchant orders in one round trip, in list order. */
    @SqlBatch("UPDATE merchant_order SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
    int[] moveMerchantOrders(@Bind("id") List<Long> ids, @Bind("from") String from, @Bind("to") String to, @Bind("now") Instant now);

    @SqlUpdate("UPDATE merchant_order SET refunded = refunded + :amount, updated_at = :now WHERE id = :id AND refunded + :amount <= total")
    int addRefund(@Bind("id") long id, @Bind("amount") long amount, @Bind("now") Instant now);

    /** A line of a merchant order to insert: what the shopper buys, as the cart showed it. */
    record NewOrderLine(long merchantOrderId, int position, long variantId, long productId, String productName, String variantLabel,
                        String sku, long unitPrice, int quantity) {
    }

    /** Inserts an order's lines in one round trip. */
    @SqlBatch("""
            INSERT INTO order_line (merchant_order_id, position, variant_id, product_id, product_name, variant_label, sku,
                                    unit_price, quantity)
            VALUES (:merchantOrderId, :position, :variantId, :productId, :productName, :variantLabel, :sku, :unitPrice, :quantity)""")
    void insertLines(@BindMethods List<NewOrderLine> lines);

    @SqlQuery("SELECT " + LINE_COLUMNS + " FROM order_line l WHERE l.merchant_order_id = ANY(:ids) ORDER BY l.merchant_order_id, l.position")
    List<OrderLineRow> lines(@Bind("ids") Collection<Long> merchantOrderIds);

    /** Records the same move of several merchant orders in their history, in one round trip. */
    @SqlBatch("""
            INSERT INTO merchant_order_history (merchant_order_id, from_status, to_status, action, actor, note, at)
            VALUES (:merchantOrderId, :from, :to, :action, :actor, :note, :at)""")
    void insertHistories(@Bind("merchantOrderId") List<Long> merchantOrderIds, @Bind("from") String from, @Bind("to") String to,
                         @Bind("action") String action, @Bind("actor") String actor, @Bind("note") String note, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT merchant_order_id, from_status, to_status, action, actor, note, at
            FROM merchant_order_history WHERE merchant_order_id = ANY(:ids) ORDER BY merchant_order_id, id""")
    List<HistoryRow> history(@Bind("ids") Collection<Long> merchantOrderIds);
}
