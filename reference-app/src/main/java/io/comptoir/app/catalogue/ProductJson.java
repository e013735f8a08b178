package io.comptoir.app.catalogue;

import io.comptoir.app.catalogue.Refs.CategoryLink;
import io.comptoir.app.catalogue.Refs.CategoryRef;
import io.comptoir.app.catalogue.Refs.CommuneRef;
import io.comptoir.app.catalogue.Refs.ImageJson;
import io.comptoir.app.catalogue.Refs.MerchantRef;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.territory.Commune;

import java.time.Instant;
import java.util.List;

/** The API's product documents. */
public final class ProductJson {

    private ProductJson() {
    }

    /** A product in a list of results. */
    public record Summary(long id, String slug, String name, MerchantRef merchant, CommuneRef commune, CategoryRef category,
                          Money minPrice, Money maxPrice, boolean inStock, String image, String url) {

        static Summary of(SearchDocument doc, Links links) {
            return new Summary(doc.productId().value(), doc.slug(), doc.name(),
                    new MerchantRef(doc.merchantId().value(), doc.merchantName(), doc.merchantSlug(),
                            links.to(Paths.shop(doc.merchantId(), doc.merchantSlug()))),
                    new CommuneRef(doc.communeInsee(), doc.communeName()),
                    new CategoryRef(doc.categoryId().value(), doc.categoryName()),
                    doc.minPrice(), doc.maxPrice(), doc.inStock(),
                    doc.imageKey().map(key -> links.to(Paths.asset(key))).orElse(null),
                    links.to(Paths.product(doc.productId(), doc.slug())));
        }
    }

    public record FacetJson(String name, List<FacetValueJson> values) {
        static FacetJson of(Facet facet) {
            return new FacetJson(facet.name(), facet.values().stream().map(FacetValueJson::of).toList());
        }
    }

    public record FacetValueJson(String value, String label, long count) {
        static FacetValueJson of(FacetValue value) {
            return new FacetValueJson(value.value(), value.label(), value.count());
        }
    }

    /** A page of search results. */
    public record ResultPage(List<Summary> items, long total, int page, int size, List<FacetJson> facets) {
        static ResultPage of(SearchResult result, Links links) {
            return new ResultPage(result.items().stream().map(doc -> Summary.of(doc, links)).toList(), result.total(),
                    result.page(), result.size(), result.facets().stream().map(FacetJson::of).toList());
        }
    }

    public record OptionJson(String name, String value) {
        static OptionJson of(VariantOption option) {
            return new OptionJson(option.name(), option.value());
        }
    }

    public record VariantJson(long id, String sku, String label, List<OptionJson> options, Money price, int stock, boolean inStock) {
        static VariantJson of(Variant variant) {
            return new VariantJson(variant.id().value(), variant.sku(), variant.label(),
                    variant.options().stream().map(OptionJson::of).toList(), variant.price(), variant.stock(), variant.inStock());
        }
    }

    /** A product with everything its page shows. */
    public record Detail(long id, String slug, String name, String description, String url, MerchantRef merchant,
                         CommuneRef commune, CategoryLink category, List<CategoryLink> categoryPath, Money minPrice,
                         Money maxPrice, boolean inStock, List<ImageJson> images, List<VariantJson> variants,
                         Instant createdAt, Instant updatedAt) {

        static Detail of(Product product, Merchant merchant, Commune commune, List<Category> path, Links links) {
            Category category = path.get(path.size() - 1);
            return new Detail(product.id().value(), product.slug(), product.name(), product.description(),
                    links.to(Paths.product(product.id(), product.slug())),
                    new MerchantRef(merchant.id().value(), merchant.name(), merchant.slug(),
                            links.to(Paths.shop(merchant.id(), merchant.slug()))),
                    CommuneRef.of(commune), CategoryLink.of(category), path.stream().map(CategoryLink::of).toList(),
                    product.minPrice(), product.maxPrice(), product.inStock(),
                    product.images().stream().map(image -> new ImageJson(links.to(Paths.asset(image.assetKey())), image.altText())).toList(),
                    product.variants().stream().map(VariantJson::of).toList(), product.createdAt(), product.updatedAt());
        }
    }
}
