package io.comptoir.app.vouchers;

import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.engine.api.merchant.MerchantId;

/** The addresses of the vouchers part of the merchant back-office: redeeming at the counter, redemptions, statements. */
public final class VoucherShopPaths {

    private VoucherShopPaths() {
    }

    public static String counter(MerchantId shop) {
        return ShopPaths.dashboard(shop) + "/bons";
    }

    public static String check(MerchantId shop) {
        return counter(shop) + "/verifier";
    }

    public static String redeem(MerchantId shop) {
        return counter(shop) + "/encaisser";
    }

    public static String redemptions(MerchantId shop) {
        return counter(shop) + "/encaissements";
    }

    public static String redemption(MerchantId shop, long redemptionId) {
        return redemptions(shop) + "/" + redemptionId;
    }

    public static String statements(MerchantId shop) {
        return counter(shop) + "/releves";
    }

    public static String statement(MerchantId shop, long statementId) {
        return statements(shop) + "/" + statementId;
    }
}
