package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleChannel;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Sale}s from their rows and their vouchers'. */
public final class SaleAssembler {
    private SaleAssembler() {
    }

    public static List<Sale> sales(Handle handle, List<SaleRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Voucher>> vouchers = new LinkedHashMap<>();
        for (VoucherRow row : handle.attach(VoucherDao.class).ofSales(rows.stream().map(SaleRow::id).toList())) {
            vouchers.computeIfAbsent(row.saleId(), id -> new ArrayList<>()).add(row.toVoucher());
        }
        return rows.stream().map(row -> sale(row, vouchers.getOrDefault(row.id(), List.of()))).toList();
    }

    public static Sale sale(Handle handle, SaleRow row) {
        return sales(handle, List.of(row)).get(0);
    }

    public static Sale sale(SaleRow row, List<Voucher> vouchers) {
        Currency currency = Currency.getInstance(row.currency());
        return new Sale(row.id(), row.programmeId(), row.denominationId(), row.quantity(), SaleChannel.valueOf(row.channel()),
                Optional.ofNullable(row.pointOfSaleId()), Optional.ofNullable(row.operatorAccountId()).map(AccountId::new),
                Optional.ofNullable(row.merchantOrderId()).map(MerchantOrderId::new), new Money(row.unitFace(), currency),
                new Money(row.unitPrice(), currency), new Money(row.unitPrice() * row.quantity(), currency),
                new Money(row.unitTopUp() * row.quantity(), currency), SaleStatus.valueOf(row.status()), row.soldAt(),
                Optional.ofNullable(row.cancelledAt()), Optional.ofNullable(row.cancelReason()), vouchers);
    }
}
