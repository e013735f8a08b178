package io.comptoir.engine.core.catalogue;

/** A row of {@code product_image}. */
public record ImageRow(long productId, int position, String assetKey, String altText) {
}
