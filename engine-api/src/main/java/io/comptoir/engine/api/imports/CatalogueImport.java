package io.comptoir.engine.api.imports;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;
import java.util.Optional;

/**
 * Brings in a territory's shops and products from its own files (the spreadsheets territories keep), matched by the
 * territory's references so that a second import updates what the first created. <strong>All lines or none</strong>:
 * every line is checked first, in one transaction; if one is wrong, nothing is stored and the report lists every
 * problem by line and field. A dry run checks the same way and stores nothing.
 *
 * <p>Shops are matched by {@link ShopLine#ref()}; a new shop takes the line's status ({@code LIVE} or
 * {@code ONBOARDING}) as is, an existing one keeps its status (its life cycle goes through the back-office). Products
 * are matched by their shop and {@link ProductLine#ref()}, which is the SKU of the product's variant: a product created
 * by an import has one variant; updating a product with several changes the variant of that SKU and leaves the others.
 */
public interface CatalogueImport {

    /** References and SKUs: 1 to 64 letters, digits, dots, dashes or underscores. */
    String REF_PATTERN = "[A-Za-z0-9._-]{1,64}";

    /** Checks the lines, then (with {@link ImportMode#STORE} and no problem) creates or updates the shops. */
    ImportReport importShops(List<ShopLine> lines, ImportMode mode, Actor actor);

    /**
     * Checks the lines, then (with {@link ImportMode#STORE} and no problem) creates or updates the products.
     *
     * @param onlyShop when a shop's staff imports: every line must be of that shop (a blank shop reference means it)
     */
    ImportReport importProducts(Optional<MerchantId> onlyShop, List<ProductLine> lines, ImportMode mode, Actor actor);

    /** The shop an import created under that reference. */
    Optional<MerchantId> shopByRef(String ref);

    /** The reference a shop was imported under, if it was. */
    Optional<String> refOf(MerchantId shop);
}
