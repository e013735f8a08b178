package io.comptoir.app.vouchers;

/** The addresses of the point-of-sale back-office. */
public final class PosPaths {
    public static final String ROOT = "/point-de-vente";

    private PosPaths() {
    }

    /** The till: sell vouchers. */
    public static String till(long pointOfSale) {
        return ROOT + "/" + pointOfSale;
    }

    public static String sales(long pointOfSale) {
        return till(pointOfSale) + "/ventes";
    }

    public static String sale(long pointOfSale, long sale) {
        return sales(pointOfSale) + "/" + sale;
    }

    public static String printout(long pointOfSale, long sale) {
        return sale(pointOfSale, sale) + "/bons.pdf";
    }

    public static String cancel(long pointOfSale, long sale) {
        return sale(pointOfSale, sale) + "/annulation";
    }

    public static String stock(long pointOfSale) {
        return till(pointOfSale) + "/stock";
    }

    public static String day(long pointOfSale) {
        return till(pointOfSale) + "/journee";
    }
}
