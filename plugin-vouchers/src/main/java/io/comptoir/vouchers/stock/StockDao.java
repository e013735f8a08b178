package io.comptoir.vouchers.stock;

import io.comptoir.vouchers.voucher.VoucherRow;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(BatchRow.class)
@RegisterConstructorMapper(BatchKeyRow.class)
@RegisterRowMapper(VoucherRow.Mapper.class)
interface StockDao {
    String BATCH = """
            SELECT b.id, b.programme_id, b.denomination_id, d.face, p.currency, b.size,
                   (SELECT COUNT(*) FROM voucher v WHERE v.batch_id = b.id AND v.status = 'STOCK' AND v.point_of_sale_id IS NULL) AS unassigned,
                   (SELECT COUNT(*) FROM voucher v WHERE v.batch_id = b.id AND v.status = 'STOCK' AND v.point_of_sale_id IS NOT NULL) AS in_stock,
                   (SELECT COUNT(*) FROM voucher v WHERE v.batch_id = b.id AND v.status NOT IN ('STOCK', 'VOID')) AS sold,
                   (SELECT COUNT(*) FROM voucher v WHERE v.batch_id = b.id AND v.status = 'VOID') AS voided,
                   b.created_at
            FROM voucher_batch b JOIN voucher_denomination d ON d.id = b.denomination_id JOIN voucher_programme p ON p.id = b.programme_id
            """;

    @SqlUpdate("""
            INSERT INTO voucher_batch (programme_id, denomination_id, size, created_by, created_at, idempotency_key, request_hash)
            VALUES (:programme, :denomination, :size, :by, :at, :key, :hash)""")
    @GetGeneratedKeys("id")
    long insertBatch(@Bind("programme") long programme, @Bind("denomination") long denomination, @Bind("size") int size,
                     @Bind("by") String by, @Bind("at") Instant at, @Bind("key") String key, @Bind("hash") String hash);

    @SqlQuery("SELECT id, request_hash FROM voucher_batch WHERE created_by = :by AND idempotency_key = :key")
    Optional<BatchKeyRow> byKey(@Bind("by") String by, @Bind("key") String key);

    @SqlQuery(BATCH + "WHERE b.id = :id")
    Optional<BatchRow> batch(@Bind("id") long id);

    @SqlQuery(BATCH + "WHERE b.programme_id = :programme ORDER BY b.id")
    List<BatchRow> batches(@Bind("programme") long programme);

    @SqlUpdate("""
            UPDATE voucher SET point_of_sale_id = :pointOfSale, updated_at = :at
            WHERE batch_id = :batch AND batch_number BETWEEN :from AND :to AND status = 'STOCK'""")
    int assign(@Bind("batch") long batch, @Bind("from") int from, @Bind("to") int to, @Bind("pointOfSale") long pointOfSale,
               @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE voucher SET status = 'VOID', updated_at = :at
            WHERE batch_id = :batch AND batch_number BETWEEN :from AND :to AND status = 'STOCK' AND point_of_sale_id = :pointOfSale""")
    int voidStock(@Bind("batch") long batch, @Bind("from") int from, @Bind("to") int to, @Bind("pointOfSale") long pointOfSale,
                  @Bind("at") Instant at);

    @SqlQuery("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE batch_id = :batch AND batch_number BETWEEN :from AND :to"
            + " ORDER BY batch_number")
    List<VoucherRow> range(@Bind("batch") long batch, @Bind("from") int from, @Bind("to") int to);
}
