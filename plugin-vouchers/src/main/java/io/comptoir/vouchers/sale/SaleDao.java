package io.comptoir.vouchers.sale;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(SaleRow.class)
public interface SaleDao {

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
