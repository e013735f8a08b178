package io.comptoir.engine.api.catalogue;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;
import java.util.Optional;

/**
 * Categories, products, variants and stock.
 *
 * <p>Reads named {@code visible...} apply the shopper's view: only products that are not hidden, of merchants that
 * are {@link io.comptoir.engine.api.merchant.MerchantStatus#LIVE live}. The others see everything and serve the
 * back-offices. Every write is recorded as a domain event ({@code product.*}) in the same transaction, and the
 * search index follows it.
 */
public interface Catalogue {

    /** All categories, roots first, then by position and name. */
    List<Category> categories();

    Optional<Category> category(CategoryId id);

    Optional<Category> categoryBySlug(String slug);

    /** The category and all its descendants' ids. */
    List<CategoryId> subtree(CategoryId id);

    /** The path from the root down to the category, inclusive. */
    List<Category> path(CategoryId id);

    /**
     * Creates a category.
     *
     * @throws InvalidInputException when the name is blank or the parent does not exist
     */
    Category createCategory(Optional<CategoryId> parent, String name, Actor actor);

    /**
     * Creates a product for a merchant.
     *
     * @throws InvalidInputException naming the field at fault (blank name, no variant, negative price or stock,
     *         duplicate SKU, unknown category)
     * @throws NotFoundException when the merchant does not exist
     */
    Product createProduct(MerchantId merchant, ProductDraft draft, Actor actor);

    /**
     * Brings in a product with its original creation time, for imports (the demo seeds, a migration from another
     * platform); otherwise as {@link #createProduct}.
     */
    Product importProduct(MerchantId merchant, ProductDraft draft, java.time.Instant createdAt, Actor actor);

    /** Replaces a product's content; variants are matched by SKU (see {@link VariantDraft}). */
    Product updateProduct(ProductId id, ProductDraft draft, Actor actor);

    /** Hides a product from shoppers, or shows it again. */
    Product setHidden(ProductId id, boolean hidden, Actor actor);

    /**
     * Sets the stock of a variant to an absolute count (an inventory).
     *
     * @throws InvalidInputException when the count is negative
     */
    Variant setStock(VariantId id, int stock, Actor actor);

    /**
     * Adds {@code delta} units to the stock of a variant (negative to remove), atomically.
     *
     * @throws ConflictException {@code insufficient_stock} when the stock would go negative; nothing changes
     */
    Variant adjustStock(VariantId id, int delta, Actor actor);

    Optional<Product> product(ProductId id);

    /** @throws NotFoundException when there is no such product */
    default Product requireProduct(ProductId id) {
        return product(id).orElseThrow(() -> NotFoundException.of("product", id));
    }

    /** The product as a shopper may see it: empty when hidden or when its merchant is not live. */
    Optional<Product> visibleProduct(ProductId id);

    Optional<Variant> variant(VariantId id);

    /** A merchant's products, newest first, optionally with the hidden ones. */
    List<Product> productsOf(MerchantId merchant, boolean includeHidden, int offset, int limit);

    int countProductsOf(MerchantId merchant, boolean includeHidden);

    /** Number of products shoppers can see. */
    int countVisibleProducts();
}
