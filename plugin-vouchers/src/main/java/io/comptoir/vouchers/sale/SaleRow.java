package io.comptoir.vouchers.sale;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import java.time.Instant;
import java.time.LocalDate;

public record SaleRow(long id, @ColumnName("programme_id") long programmeId, @ColumnName("denomination_id") long denominationId,
                      int quantity, String channel, @ColumnName("point_of_sale_id") Long pointOfSaleId,
                      @ColumnName("operator_account_id") Long operatorAccountId, @ColumnName("merchant_order_id") Long merchantOrderId,
                      @ColumnName("buyer_account_id") Long buyerAccountId, @ColumnName("buyer_email") String buyerEmail,
                      @ColumnName("buyer_phone") String buyerPhone, @ColumnName("request_hash") String requestHash,
                      @ColumnName("unit_face") long unitFace, @ColumnName("unit_price") long unitPrice,
                      @ColumnName("unit_top_up") long unitTopUp, String currency, String status, @ColumnName("sold_at") Instant soldAt,
                      @ColumnName("sale_day") LocalDate saleDay, @ColumnName("cancelled_at") Instant cancelledAt,
                      @ColumnName("cancel_reason") String cancelReason) {

    public static final String COLUMNS = """
            id, programme_id, denomination_id, quantity, channel, point_of_sale_id, operator_account_id, merchant_order_id,
            buyer_account_id, buyer_email, buyer_phone, request_hash, unit_face, unit_price, unit_top_up, currency, status, sold_at,
            sale_day, cancelled_at, cancel_reason""";

    public long moneySource() {
        return pointOfSaleId == null ? 0 : pointOfSaleId;
    }
}
