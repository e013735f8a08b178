package io.comptoir.vouchers.sale;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(SaleRow.class)
public interface SaleDao {

    @SqlUpdate("""
            INSERT INTO voucher_sale (programme_id, denomination_id, quantity, channel, point_of_sale_id, operator_account_id,
                merchant_order_id, buyer_account_id, buyer_email, buyer_phone, idempotency_scope, idempotency_key, request_hash,
                unit_face, unit_price, unit_top_up, currency, status, sold_at, sale_day)
            VALUES (:programme, :denomination, :quantity, :channel, :pointOfSale, :operator, :merchantOrder, :buyerAccount,
                :buyerEmail, :buyerPhone, :scope, :key, :hash, :face, :price, :topUp, :currency, :status, :at, :day)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("programme") long programme, @Bind("denomination") long denomination, @Bind("quantity") int quantity,
                @Bind("channel") String channel, @Bind("pointOfSale") Long pointOfSale, @Bind("operator") Long operator,
                @Bind("merchantOrder") Long merchantOrder, @Bind("buyerAccount") Long buyerAccount, @Bind("buyerEmail") String buyerEmail,
                @Bind("buyerPhone") String buyerPhone, @Bind("scope") String scope, @Bind("key") String key, @Bind("hash") String hash,
                @Bind("face") long face, @Bind("price") long price, @Bind("topUp") long topUp, @Bind("currency") String currency,
                @Bind("status") String status, @Bind("at") Instant at, @Bind("day") LocalDate day);

    @SqlQuery("SELECT " + SaleRow.COLUMNS + " FROM voucher_sale WHERE idempotency_scope = :scope AND idempotency_key = :key")
    Optional<SaleRow> byKey(@Bind("scope") String scope, @Bind("key") String key);

    @SqlQuery("SELECT " + SaleRow.COLUMNS + " FROM voucher_sale WHERE id = :id")
    Optional<SaleRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + SaleRow.COLUMNS + " FROM voucher_sale WHERE id = :id FOR UPDATE")
    Optional<SaleRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + SaleRow.COLUMNS + " FROM voucher_sale WHERE merchant_order_id = :order ORDER BY id")
    List<SaleRow> ofMerchantOrder(@Bind("order") long order);

    @SqlQuery("SELECT " + SaleRow.COLUMNS + """
             FROM voucher_sale WHERE point_of_sale_id = :pointOfSale AND sale_day = :day
            ORDER BY sold_at DESC, id DESC""")
    List<SaleRow> ofDay(@Bind("pointOfSale") long pointOfSale, @Bind("day") LocalDate day);

    @SqlUpdate("""
            UPDATE voucher_sale SET status = 'CANCELLED', cancelled_at = :at, cancel_reason = :reason
            WHERE id = :id AND status IN ('COMPLETED', 'PENDING')""")
    int cancel(@Bind("id") long id, @Bind("reason") String reason, @Bind("at") Instant at);

    @SqlUpdate("UPDATE voucher_sale SET status = 'COMPLETED', buyer_account_id = :account, buyer_email = :email WHERE id = :id AND status = 'PENDING'")
    int complete(@Bind("id") long id, @Bind("account") long account, @Bind("email") String email);
}
