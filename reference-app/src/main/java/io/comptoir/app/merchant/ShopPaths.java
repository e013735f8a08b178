package io.comptoir.app.merchant;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.MerchantOrderId;

/** The addresses of the merchant back-office. */
public final class ShopPaths {
    public static final String ROOT = "/espace-commercant";

    private ShopPaths() {
    }

    public static String dashboard(MerchantId shop) {
        return ROOT + "/" + shop.value();
    }

    public static String orders(MerchantId shop) {
        return dashboard(shop) + "/commandes";
    }

    public static String order(MerchantId shop, MerchantOrderId order) {
        return orders(shop) + "/" + order.value();
    }

    public static String products(MerchantId shop) {
        return dashboard(shop) + "/produits";
    }

    public static String newProduct(MerchantId shop) {
        return products(shop) + "/nouveau";
    }

    /** Where a shop's staff import its products from a spreadsheet. */
    public static String productImport(MerchantId shop) {
        return dashboard(shop) + "/import-produits";
    }

    public static String product(MerchantId shop, ProductId product) {
        return products(shop) + "/" + product.value();
    }

    public static String stock(MerchantId shop, ProductId product, VariantId variant) {
        return product(shop, product) + "/variantes/" + variant.value() + "/stock";
    }

    public static String profile(MerchantId shop) {
        return dashboard(shop) + "/profil";
    }

    public static String fulfilment(MerchantId shop) {
        return dashboard(shop) + "/retrait-livraison";
    }

    public static String paymentMethods(MerchantId shop) {
        return dashboard(shop) + "/moyens-de-paiement";
    }

    public static String bank(MerchantId shop) {
        return dashboard(shop) + "/banque";
    }
}
