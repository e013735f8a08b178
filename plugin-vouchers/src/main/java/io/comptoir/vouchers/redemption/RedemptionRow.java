package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.RedemptionChannel;
import io.comptoir.vouchers.api.VoucherCode;
import org.jdbi.v3.core.mapper.reflect.ColumnName;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

public record RedemptionRow(long id, @ColumnName("request_hash") String requestHash, @ColumnName("voucher_id") long voucherId,
                            String code, @ColumnName("programme_id") long programmeId, @ColumnName("merchant_id") long merchantId,
                            long amount, @ColumnName("buyer_part") long buyerPart, @ColumnName("subsidy_part") long subsidyPart,
                            String currency, String channel, @ColumnName("hold_id") Long holdId,
                            @ColumnName("merchant_order_id") Long merchantOrderId, @ColumnName("refund_of") Long refundOf,
                            @ColumnName("credit_voucher_id") Long creditVoucherId, @ColumnName("occurred_at") Instant occurredAt,
                            @ColumnName("transaction_id") long transactionId) {

    public static final String COLUMNS = """
            r.id, r.request_hash, r.voucher_id, v.code, r.programme_id, r.merchant_id, r.amount, r.buyer_part, r.subsidy_part, r.currency,
            r.channel, r.hold_id, r.merchant_order_id, r.refund_of, r.credit_voucher_id, r.occurred_at, r.transaction_id""";

    public Redemption toRedemption() {
        Currency money = Currency.getInstance(currency);
        return new Redemption(id, voucherId, VoucherCode.of(code).masked(), programmeId, new MerchantId(merchantId),
                new Money(amount, money), new Money(buyerPart, money), new Money(subsidyPart, money), RedemptionChannel.valueOf(channel),
                Optional.ofNullable(refundOf), Optional.ofNullable(merchantOrderId).map(MerchantOrderId::new),
                Optional.ofNullable(creditVoucherId), occurredAt);
    }
}
