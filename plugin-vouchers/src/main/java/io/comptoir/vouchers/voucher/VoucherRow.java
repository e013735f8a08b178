package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Instants;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/** A stored voucher. */
public record VoucherRow(long id, String code, @ColumnName("programme_id") long programmeId,
                         @ColumnName("denomination_id") Long denominationId, long face, String currency, long balance, String status,
                         String origin, @ColumnName("point_of_sale_id") Long pointOfSaleId, @ColumnName("sale_id") Long saleId,
                         @ColumnName("batch_id") Long batchId, @ColumnName("batch_number") Integer batchNumber,
                         @ColumnName("holder_account_id") Long holderAccountId, @ColumnName("holder_email") String holderEmail,
                         @ColumnName("replaces_voucher_id") Long replacesVoucherId, @ColumnName("issued_at") Instant issuedAt,
                         @ColumnName("expires_at") Instant expiresAt, @ColumnName("balance_parts") String balanceParts) {

    public static final String COLUMNS = """
            id, code, programme_id, denomination_id, face, currency, balance, status, origin, point_of_sale_id, sale_id, batch_id,
            batch_number, holder_account_id, holder_email, replaces_voucher_id, issued_at, expires_at, balance_parts""";

    /**
     * Maps a row whose first columns are {@link #COLUMNS}, in that order, by position. Written out by hand: JDBI's
     * constructor mapper inspects the record's constructor by reflection for every query, which was half of the JVM's
     * time on a redemption.
     */
    public static final class Mapper implements RowMapper<VoucherRow> {
        @Override
        public VoucherRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VoucherRow(rs.getLong(1), rs.getString(2), rs.getLong(3), nullableLong(rs, 4), rs.getLong(5), rs.getString(6),
                    rs.getLong(7), rs.getString(8), rs.getString(9), nullableLong(rs, 10), nullableLong(rs, 11), nullableLong(rs, 12),
                    nullableInt(rs, 13), nullableLong(rs, 14), rs.getString(15), nullableLong(rs, 16), Instants.read(rs, 17), Instants.read(rs, 18),
                    rs.getString(19));
        }

        private static Long nullableLong(ResultSet rs, int column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }

        private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }

    }

    /** What the voucher holds by source (buyer money, each funder's subsidy): the cached parts of its balance. */
    public Parts parts() {
        return Parts.decode(Currency.getInstance(currency), balanceParts);
    }

    public VoucherStatus voucherStatus() {
        return VoucherStatus.valueOf(status);
    }

    /** The point of sale whose buyer money the voucher holds (0: online), for the ledger's MERCHANT_BUYER accounts. */
    public long moneySource() {
        return pointOfSaleId == null ? 0 : pointOfSaleId;
    }

    public Voucher toVoucher() {
        Currency money = Currency.getInstance(currency);
        return new Voucher(id, VoucherCode.of(code), programmeId, Optional.ofNullable(denominationId), new Money(face, money),
                new Money(balance, money), voucherStatus(), VoucherOrigin.valueOf(origin), Optional.ofNullable(pointOfSaleId),
                Optional.ofNullable(saleId), Optional.ofNullable(batchId), Optional.ofNullable(batchNumber),
                Optional.ofNullable(holderAccountId).map(AccountId::new), Optional.ofNullable(holderEmail),
                Optional.ofNullable(replacesVoucherId), Optional.ofNullable(issuedAt), Optional.ofNullable(expiresAt));
    }
}
