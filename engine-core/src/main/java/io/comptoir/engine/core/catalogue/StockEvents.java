package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.event.EngineEvents.Products;

/** The event of a product's stock moving, as the catalogue and orders write it and the search index reads it. */
public final class StockEvents {
    public static final String STOCK_CHANGED = Products.STOCK_CHANGED.name();
    /**
     * Event data key: {@value #AVAILABILITY_UNCHANGED} when the product was in stock before the move and still is, so the
     * search index (which knows only whether a product is in stock) has nothing to update.
     */
    public static final String AVAILABILITY = Products.AVAILABILITY;
    public static final String AVAILABILITY_UNCHANGED = "unchanged";
    public static final String AVAILABILITY_MAY_CHANGE = "may_change";

    private StockEvents() {
    }
}
