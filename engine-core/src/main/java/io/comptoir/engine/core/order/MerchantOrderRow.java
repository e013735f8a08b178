package io.comptoir.engine.core.order;

import io.comptoir.engine.core.persistence.RowInstants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code merchant_order}, with the shop's name and the shopper's account id. */
public record MerchantOrderRow(long id, long customerOrderId, String number, long merchantId, String merchantName, String status,
                               String fulfilment, String recipient, String street, String postalCode, String communeInsee,
                               String phone, String instructions, long subtotal, long deliveryFee, long total, long refunded,
                               String currency, Instant createdAt, long shopperId) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<MerchantOrderRow> {
        @Override
        public MerchantOrderRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MerchantOrderRow(rs.getLong("id"), rs.getLong("customer_order_id"), rs.getString("number"),
                    rs.getLong("merchant_id"), rs.getString("merchant_name"), rs.getString("status"), rs.getString("fulfilment"),
                    rs.getString("recipient"), rs.getString("street"), rs.getString("postal_code"),
                    rs.getString("commune_insee"), rs.getString("phone"), rs.getString("instructions"), rs.getLong("subtotal"),
                    rs.getLong("delivery_fee"), rs.getLong("total"), rs.getLong("refunded"), rs.getString("currency"),
                    RowInstants.read(rs, "created_at"), rs.getLong("shopper_id"));
        }
    }
}
