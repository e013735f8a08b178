package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.LedgerAudit;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.Settlements;
import io.comptoir.vouchers.api.StoreRedemptions;
import io.comptoir.vouchers.api.VoucherReports;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.Vouchers;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers plugin's services the feature's handlers use, found per request.
 */
public record VoucherServices(Programmes programmes, PointsOfSale pointsOfSale, PointOfSaleDesk desk, VoucherStock stock,
                              Vouchers vouchers, StoreRedemptions store, Settlements settlements, VoucherReports reports,
                              LedgerAudit audit) {
    public VoucherServices {
        requireNonNull(programmes, "programmes is null");
        requireNonNull(pointsOfSale, "pointsOfSale is null");
        requireNonNull(desk, "desk is null");
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
                find(marketplace, PointOfSaleDesk.class), find(marketplace, VoucherStock.class), find(marketplace, Vouchers.class),
                find(marketplace, StoreRedemptions.class), find(marketplace, Settlements.class), find(marketplace, VoucherReports.class),
                find(marketplace, LedgerAudit.class));
    }

    private static <T> T find(Marketplace marketplace, Class<T> type) {
        return marketplace.requirePlugin(type);
    }
}
