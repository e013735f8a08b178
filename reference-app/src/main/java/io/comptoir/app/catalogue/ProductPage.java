package io.comptoir.app.catalogue;

import io.comptoir.app.catalogue.ProductView.ShopBlock;
import io.comptoir.app.catalogue.ProductView.VariantLine;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.CartNotices;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /produits/{id}-{slug}}: a product as shoppers see it, with its shop. */
public final class ProductPage {
    private static final int RELATED = 4;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;

    public ProductPage(Marketplace marketplace, PageFactory pages, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/produits/{ref}", this::product, AccessRole.ANYONE);
    }

    private void product(Context ctx) {
        String text = ctx.pathParam("ref");
        PageRef ref = PageRef.parse(text).orElseThrow(() -> NotFoundException.of("product", text));
        Product product = marketplace.catalogue().visibleProduct(new ProductId(ref.id()))
                .orElseThrow(() -> NotFoundException.of("product", ref.id()));
        String canonical = Paths.product(product.id(), product.slug());
        if (!ref.slug().equals(product.slug())) {
            ctx.redirect(canonical + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Page page = pages.page(ctx);
        Merchant merchant = marketplace.merchants().require(product.merchantId());
        List<Category> all = marketplace.catalogue().categories();
        CategoryTones tones = CategoryTones.of(all);
        List<Category> path = marketplace.catalogue().path(product.categoryId());
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(new Crumb(page.t("nav.home"), "/"));
        path.forEach(step -> breadcrumb.add(new Crumb(step.name(), Paths.category(step.slug()))));
        breadcrumb.add(new Crumb(product.name(), canonical));
        PageFactory.render(ctx, "catalogue/product.jte", new ProductView(page, product.name(), paragraphs(product.description()),
                product.images().stream().map(pictures::of).toList(),
                tones.of(product.categoryId()), path.get(path.size() - 1).name(), product.minPrice(), product.maxPrice(), product.inStock(),
                product.variants().stream().map(variant -> new VariantLine(variant.id().value(), label(variant, page), variant.sku(), variant.price(),
                        variant.stock(), StockLevel.of(variant.stock()))).toList(),
                shopBlock(merchant), breadcrumb, page.absolute(canonical), related(product, tones), canonical,
                Optional.ofNullable(ctx.queryParam("panier")).map(code -> CartNotices.errorText(page, code)).orElse("")));
    }

    private ShopBlock shopBlock(Merchant merchant) {
        Commune commune = marketplace.territory().commune(merchant.address().communeInsee())
                .orElseThrow(() -> NotFoundException.of("commune", merchant.address().communeInsee()));
        return new ShopBlock(merchant.name(), merchant.trade(), Paths.shop(merchant.id(), merchant.slug()),
                merchant.address().street(), merchant.address().postalCode(), commune.name(), Paths.commune(commune.inseeCode()),
                merchant.openingHours().isOpenAt(marketplace.localNow()), !merchant.openingHours().isEmpty());
    }

    /** Other products of the same shop. */
    private List<ProductCard> related(Product product, CategoryTones tones) {
        SearchQuery query = SearchQuery.all().withMerchants(Set.of(product.merchantId())).withSort(SortOrder.NEWEST)
                .withPage(0, RELATED + 1).withFacets(false);
        return marketplace.search().search(query).items().stream()
                .filter(doc -> !doc.productId().equals(product.id())).limit(RELATED)
                .map(doc -> ProductCard.of(doc, tones, pictures)).toList();
    }

    /** The options as people of the page's language write them: "Pointure : 42, Couleur : bleu" in French. */
    private static String label(Variant variant, Page page) {
        return variant.options().stream().map(option -> option.name() + page.t("product.option.separator") + option.value())
                .collect(Collectors.joining(", "));
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
