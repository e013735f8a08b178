package io.comptoir.vouchers.voucher;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The voucher table (its hot statements are in {@link VoucherStatements}).
 */
@RegisterRowMapper(VoucherRow.Mapper.class)
public interface VoucherDao {

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE id = :id")
    Optional<VoucherRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE code = :code FOR UPDATE")
    Optional<VoucherRow> lockByCode(@Bind("code") String code);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
    List<VoucherRow> lockAll(@Bind("ids") List<Long> ids);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE sale_id = :sale ORDER BY id")
    List<VoucherRow> ofSale(@Bind("sale") long sale);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE sale_id = ANY(:sales) ORDER BY id")
    List<VoucherRow> ofSales(@Bind("sales") List<Long> sales);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + """
             FROM voucher WHERE holder_account_id = :account AND status NOT IN ('STOCK', 'PENDING', 'CANCELLED', 'VOID')
            ORDER BY issued_at DESC, id DESC""")
    List<VoucherRow> ofHolder(@Bind("account") long account);

    /** Takes the whole balance off (expiry, cancellation, block) and sets the status, from one of the expected statuses. */
    @SqlUpdate("""
            UPDATE voucher SET balance = 0, balance_parts = '', status = :status, updated_at = :at
            WHERE id = :id AND balance = :balance AND status = ANY(:from)""")
    int close(@Bind("id") long id, @Bind("balance") long balance, @Bind("status") String status,
              @Bind("from") List<String> from, @Bind("at") Instant at);

    @SqlUpdate("UPDATE voucher SET status = :status, updated_at = :at WHERE id = :id AND status = :from")
    int move(@Bind("id") long id, @Bind("from") String from, @Bind("status") String status, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE voucher SET status = 'ACTIVE', balance = face, balance_parts = :parts, point_of_sale_id = :pointOfSale, sale_id = :sale,
                holder_email = :holderEmail, issued_at = :at, expires_at = :expiresAt, updated_at = :at
            WHERE id = :id AND status = 'STOCK'""")
    int activateStock(@Bind("id") long id, @Bind("parts") String parts, @Bind("pointOfSale") long pointOfSale, @Bind("sale") long sale,
                      @Bind("holderEmail") String holderEmail, @Bind("expiresAt") Instant expiresAt, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE voucher SET status = 'ACTIVE', holder_account_id = :account, holder_email = :email, updated_at = :at
            WHERE sale_id = :sale AND status = 'PENDING'""")
    int deliver(@Bind("sale") long sale, @Bind("account") long account, @Bind("email") String email, @Bind("at") Instant at);

    /** A stock voucher whose sale was cancelled goes back to its point of sale's stock, worth nothing again. */
    @SqlUpdate("""
            UPDATE voucher SET status = 'STOCK', balance = 0, balance_parts = '', sale_id = NULL, holder_email = NULL, issued_at = NULL, expires_at = NULL,
                updated_at = :at
            WHERE id = :id AND status = 'ACTIVE' AND origin = 'STOCK' AND balance = face""")
    int returnToStock(@Bind("id") long id, @Bind("at") Instant at);
}
