package io.comptoir.engine.core.payment;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** A payment joined with one of its shares (none: a payment that pays no shop yet). */
public record PaymentWithShare(PaymentRow payment, Optional<TenderShareRow> share) {

    /** Reads {@link PaymentDao#QUALIFIED_COLUMNS} and the share's columns, named {@code share_*}. */
    public static final class Mapper implements RowMapper<PaymentWithShare> {
        private final PaymentRow.Mapper payments = new PaymentRow.Mapper();

        @Override
        public PaymentWithShare map(ResultSet rs, StatementContext ctx) throws SQLException {
            PaymentRow payment = payments.map(rs, ctx);
            long merchantOrder = rs.getLong("share_merchant_order_id");
            if (rs.wasNull()) {
                return new PaymentWithShare(payment, Optional.empty());
            }
            return new PaymentWithShare(payment, Optional.of(new TenderShareRow(payment.id(), merchantOrder, payment.provider(),
                    payment.position(), rs.getLong("share_amount"), rs.getLong("share_captured"), rs.getLong("share_released"),
                    rs.getLong("share_refunded"), payment.currency())));
        }
    }
}
