package io.comptoir.app.catalogue;

/** How a variant's stock reads to shoppers: "En stock", "Plus que 2", "Épuisé". */
public enum StockLevel {
    IN_STOCK, LOW, SOLD_OUT;

    /** At or below this many units, shoppers are told how many are left. */
    static final int LOW_THRESHOLD = 3;

    public static StockLevel of(int stock) {
        if (stock <= 0) {
            return SOLD_OUT;
        }
        return stock <= LOW_THRESHOLD ? LOW : IN_STOCK;
    }
}
