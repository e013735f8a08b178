package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/products}: the product search and the products shoppers may see. */
public final class ProductsApi {
    private final Marketplace marketplace;
    private final Links links;

    public ProductsApi(Marketplace marketplace, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/products", this::search, AccessRole.ANYONE);
        routes.get("/api/v1/products/{id}", this::product, AccessRole.ANYONE);
    }

    private void search(Context ctx) {
        ctx.json(ProductJson.ResultPage.of(marketplace.search().search(ApiSearchParameters.read(ctx)), links));
    }

    private void product(Context ctx) {
        ProductId id = new ProductId(PathIds.id(ctx));
        Product product = marketplace.catalogue().visibleProduct(id).orElseThrow(() -> NotFoundException.of("product", id));
        Merchant merchant = marketplace.merchants().require(product.merchantId());
        ctx.json(ProductJson.Detail.of(product, merchant, communeOf(marketplace, merchant),
                marketplace.catalogue().path(product.categoryId()), links));
    }

    static Commune communeOf(Marketplace marketplace, Merchant merchant) {
        String insee = merchant.address().communeInsee();
        return marketplace.territory().commune(insee).orElseThrow(() -> NotFoundException.of("commune", insee));
    }
}
