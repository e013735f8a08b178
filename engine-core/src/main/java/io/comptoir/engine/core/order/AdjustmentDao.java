package io.comptoir.engine.core.order;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Collection;
import java.util.List;

/** The adjustments checkout hooks made to merchant orders. */
@RegisterRowMapper(AdjustmentRow.Mapper.class)
public interface AdjustmentDao {

    @SqlUpdate("""
            INSERT INTO merchant_order_adjustment (merchant_order_id, position, label, amount, source)
            VALUES (:merchantOrderId, :position, :label, :amount, :source)""")
    void insert(@Bind("merchantOrderId") long merchantOrderId, @Bind("position") int position, @Bind("label") String label,
                @Bind("amount") long amount, @Bind("source") String source);

    @SqlQuery("""
            SELECT merchant_order_id, position, label, amount, source FROM merchant_order_adjustment
            WHERE merchant_order_id = ANY(:ids) ORDER BY merchant_order_id, position""")
    List<AdjustmentRow> of(@Bind("ids") Collection<Long> merchantOrderIds);
}
