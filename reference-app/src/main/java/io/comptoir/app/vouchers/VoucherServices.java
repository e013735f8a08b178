package io.comptoir.app.vouchers;

import io.comptoir.app.Marketplace;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.ledger.LedgerAudit;
import io.comptoir.vouchers.pos.PointsOfSale;
import io.comptoir.vouchers.programme.Programmes;
import io.comptoir.vouchers.redemption.StoreRedemptions;
import io.comptoir.vouchers.report.VoucherReports;
import io.comptoir.vouchers.settlement.Settlements;
import io.comptoir.vouchers.stock.VoucherStock;
import io.comptoir.vouchers.voucher.Vouchers;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers plugin's services the back-offices use. Found per request: when the plugin does not run, its pages and
 * API answer 404 like any address that does not exist.
 */
public record VoucherServices(Programmes programmes, PointsOfSale pointsOfSale, VoucherStock stock, Vouchers vouchers,
                              StoreRedemptions store, Settlements settlements, VoucherReports reports, LedgerAudit audit) {
    public VoucherServices {
        requireNonNull(programmes, "programmes is null");
        requireNonNull(pointsOfSale, "pointsOfSale is null");
        requireNonNull(stock, "stock is null");
        requireNonNull(vouchers, "vouchers is null");
        requireNonNull(store, "store is null");
        requireNonNull(settlements, "settlements is null");
        requireNonNull(reports, "reports is null");
        requireNonNull(audit, "audit is null");
    }

    /** @throws NotFoundException when the vouchers plugin does not run */
    public static VoucherServices of(Marketplace marketplace) {
        return new VoucherServices(find(marketplace, Programmes.class), find(marketplace, PointsOfSale.class),
                find(marketplace, VoucherStock.class), find(marketplace, Vouchers.class), find(marketplace, StoreRedemptions.class),
                find(marketplace, Settlements.class), find(marketplace, VoucherReports.class), find(marketplace, LedgerAudit.class));
    }

    private static <T> T find(Marketplace marketplace, Class<T> type) {
        return marketplace.plugin(type).orElseThrow(() -> new NotFoundException("not_found", "vouchers are not offered on this marketplace"));
    }
}
