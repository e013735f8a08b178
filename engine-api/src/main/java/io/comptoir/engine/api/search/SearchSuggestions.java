package io.comptoir.engine.api.search;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a search box proposes while the shopper types: products, shops and categories whose names begin with the
 * words typed so far (the last one perhaps unfinished), or, when none does, whose names are within a typo of them.
 *
 * @param text the text the suggestions are for
 * @param products distinct product names, best first; identical products of several shops are one suggestion
 * @param shops shops by name
 * @param categories categories by name
 */
public record SearchSuggestions(String text, List<ProductSuggestion> products, List<ShopSuggestion> shops,
                                List<CategorySuggestion> categories) {

    /** The most suggestions of each kind a caller may ask for. */
    public static final int MAX_LIMIT = 20;

    public SearchSuggestions {
        requireNonNull(text, "text is null");
        products = List.copyOf(requireNonNull(products, "products is null"));
        shops = List.copyOf(requireNonNull(shops, "shops is null"));
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
    }

    /** No suggestion. */
    public static SearchSuggestions none(String text) {
        return new SearchSuggestions(text, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return products.isEmpty() && shops.isEmpty() && categories.isEmpty();
    }

    /**
     * A product to suggest: the best of the identical products of several shops.
     *
     * @param otherShops how many other shops sell an identical product
     */
    public record ProductSuggestion(ProductId productId, String slug, String name, MerchantId merchantId, String merchantName,
                                    int otherShops) {
        public ProductSuggestion {
            requireNonNull(productId, "productId is null");
            requireNonNull(slug, "slug is null");
            requireNonNull(name, "name is null");
            requireNonNull(merchantId, "merchantId is null");
            requireNonNull(merchantName, "merchantName is null");
            if (otherShops < 0) {
                throw new IllegalArgumentException("negative otherShops");
            }
        }
    }

    /** A shop to suggest, with the commune it is in. */
    public record ShopSuggestion(MerchantId merchantId, String name, String slug, String communeName) {
        public ShopSuggestion {
            requireNonNull(merchantId, "merchantId is null");
            requireNonNull(name, "name is null");
            requireNonNull(slug, "slug is null");
            requireNonNull(communeName, "communeName is null");
        }
    }

    /** A category to suggest (its slug is the catalogue's, by id). */
    public record CategorySuggestion(CategoryId categoryId, String name) {
        public CategorySuggestion {
            requireNonNull(categoryId, "categoryId is null");
            requireNonNull(name, "name is null");
        }
    }
}
