package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.ImageUpload;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/produits}: the shop's products, hidden ones included, with their stock
 * editable in place; the product form (variants, category, pictures); hide and show.
 */
final class ProductPages {
    static final int PER_PAGE = 20;
    static final int MAX_ALT = 300;

    private final MerchantBackOffice office;
    private final Marketplace marketplace;

    ProductPages(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String products = ShopPaths.ROOT + "/{merchantId}/produits";
        routes.get(products, this::list, MerchantBackOffice.STAFF);
        routes.get(products + "/nouveau", this::newForm, MerchantBackOffice.STAFF);
        routes.post(products, this::create, MerchantBackOffice.STAFF);
        routes.get(products + "/{productId}", this::editForm, MerchantBackOffice.STAFF);
        routes.post(products + "/{productId}", this::update, MerchantBackOffice.STAFF);
        routes.post(products + "/{productId}/visibilite", this::visibility, MerchantBackOffice.STAFF);
        routes.post(products + "/{productId}/images", this::addImage, MerchantBackOffice.STAFF);
        routes.post(products + "/{productId}/images/retirer", this::removeImage, MerchantBackOffice.STAFF);
        routes.post(products + "/{productId}/variantes/{variantId}/stock", this::stock, MerchantBackOffice.STAFF);
    }

    /** The shop's product; 404 when unknown or another shop's. */
    static Product productOf(Marketplace marketplace, Merchant shop, ProductId id) {
        return marketplace.catalogue().product(id).filter(product -> product.merchantId().equals(shop.id()))
                .orElseThrow(() -> NotFoundException.of("product", id));
    }

    private void list(Context ctx) {
        Merchant shop = office.shop(ctx);
        int pageNumber = new QueryParams(ctx).integer("page", 1, 1, 10_000);
        renderList(ctx, shop, pageNumber, Notice.none(), 200);
    }

    private void renderList(Context ctx, Merchant shop, int pageNumber, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.PRODUCTS).withNotice(notice);
        Page page = frame.page();
        int total = marketplace.catalogue().countProductsOf(shop.id(), true);
        int pageCount = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        List<Product> products = (pageNumber - 1) * PER_PAGE >= total ? List.of()
                : marketplace.catalogue().productsOf(shop.id(), true, (pageNumber - 1) * PER_PAGE, PER_PAGE);
        Map<CategoryId, String> categories = new HashMap<>();
        marketplace.catalogue().categories().forEach(category -> categories.put(category.id(), category.name()));
        List<ProductListView.Item> items = products.stream().map(product -> new ProductListView.Item(product.id().value(),
                product.name(), ShopPaths.product(shop.id(), product.id()),
                product.images().stream().findFirst().map(image -> Paths.asset(image.assetKey())),
                product.images().stream().findFirst().map(Image::altText).orElse(""),
                categories.getOrDefault(product.categoryId(), ""), product.hidden(), priceRange(page, product),
                ShopPaths.product(shop.id(), product.id()) + "/visibilite",
                product.variants().stream().map(variant -> new ProductListView.Stock(variant.id().value(),
                        variant.label().isEmpty() ? page.t("bo.product.singleVariant") : variant.label(), variant.sku(), variant.stock(),
                        ShopPaths.stock(shop.id(), product.id(), variant.id()))).toList())).toList();
        ctx.status(status);
        PageFactory.render(ctx, "merchant/products.jte", new ProductListView(frame, total, items, pageNumber,
                Pager.of(pageNumber, pageCount, number -> ShopPaths.products(shop.id()) + "?page=" + number),
                ShopPaths.newProduct(shop.id()), ShopPaths.productImport(shop.id())));
    }

    private static String priceRange(Page page, Product product) {
        Money min = product.minPrice();
        Money max = product.maxPrice();
        return min.equals(max) ? page.money(min) : page.t("bo.product.priceRange", page.money(min), page.money(max));
    }

    private void newForm(Context ctx) {
        Merchant shop = office.shop(ctx);
        renderForm(ctx, shop, Optional.empty(), ProductForm.blank(), Notice.none(), 200);
    }

    private void editForm(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        renderForm(ctx, shop, Optional.of(product), ProductForm.of(product, office.page(ctx)), Notice.none(), 200);
    }

    private void create(Context ctx) {
        Merchant shop = office.shop(ctx);
        save(ctx, shop, Optional.empty());
    }

    private void update(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        save(ctx, shop, Optional.of(product));
    }

    private void save(Context ctx, Merchant shop, Optional<Product> existing) {
        ProductForm form = ProductForm.read(new FormParams(ctx));
        String todo = new FormParams(ctx).raw("_do");
        if (todo.equals("add-variant")) {
            renderForm(ctx, shop, existing, form.withRow(), Notice.none(), 200);
            return;
        }
        if (todo.equals("add-option")) {
            renderForm(ctx, shop, existing, form.withOptionColumn(), Notice.none(), 200);
            return;
        }
        Problems problems = new Problems(office.page(ctx));
        try {
            ProductDraft draft = form.toDraft(existing.map(Product::images).orElse(List.of()), Money.EUR);
            if (marketplace.catalogue().category(draft.categoryId()).isEmpty()) {
                throw new InvalidInputException("category", "invalid_category", "no such category");
            }
            Product saved = existing.isPresent()
                    ? marketplace.catalogue().updateProduct(existing.get().id(), draft, Viewer.of(ctx).actor())
                    : marketplace.catalogue().createProduct(shop.id(), draft, Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.product(shop.id(), saved.id()), existing.isPresent() ? "saved" : "product-created");
        }
        catch (InvalidInputException e) {
            renderForm(ctx, shop, existing, form, Optional.of(problems.of(e)), 400);
        }
        catch (ConflictException e) {
            renderForm(ctx, shop, existing, form, Optional.of(problems.of(e)), 409);
        }
    }

    private void renderForm(Context ctx, Merchant shop, Optional<Product> product, ProductForm form, Optional<Notice> notice, int status) {
        renderForm(ctx, shop, product, form, notice, status, "");
    }

    private void renderForm(Context ctx, Merchant shop, Optional<Product> product, ProductForm form, Optional<Notice> notice, int status,
                            String alt) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.PRODUCTS).withNotice(notice);
        Page page = frame.page();
        List<ProductFormView.CategoryChoice> categories = new ArrayList<>();
        Map<CategoryId, Integer> depth = new HashMap<>();
        for (Category category : marketplace.catalogue().categories()) {
            int level = category.parentId().map(parent -> depth.getOrDefault(parent, 0) + 1).orElse(0);
            depth.put(category.id(), level);
        }
        addInTreeOrder(marketplace.catalogue().categories(), Optional.empty(), depth, form.category(), categories);
        String action = product.map(p -> ShopPaths.product(shop.id(), p.id())).orElse(ShopPaths.products(shop.id()));
        ctx.status(status);
        PageFactory.render(ctx, "merchant/product.jte", new ProductFormView(frame, product.isPresent(), form, categories, action,
                product.map(p -> p.images().stream().map(image -> new ProductFormView.Picture(Paths.asset(image.assetKey()),
                        image.altText(), image.assetKey())).toList()).orElse(List.of()),
                product.map(p -> ShopPaths.product(shop.id(), p.id()) + "/images").orElse(""),
                product.map(Product::hidden).orElse(false),
                product.map(p -> ShopPaths.product(shop.id(), p.id()) + "/visibilite").orElse(""),
                product.filter(p -> !p.hidden() && shop.isVisibleToShoppers()).map(p -> Paths.product(p.id(), p.slug())),
                ShopPaths.products(shop.id()), alt));
    }

    private static void addInTreeOrder(List<Category> all, Optional<CategoryId> parent, Map<CategoryId, Integer> depth,
                                       String selected, List<ProductFormView.CategoryChoice> out) {
        for (Category category : all) {
            if (category.parentId().equals(parent)) {
                out.add(new ProductFormView.CategoryChoice(category.id().toString(), category.name(),
                        depth.getOrDefault(category.id(), 0), category.id().toString().equals(selected)));
                addInTreeOrder(all, Optional.of(category.id()), depth, selected, out);
            }
        }
    }

    private void visibility(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        FormParams form = new FormParams(ctx);
        boolean hidden = form.bool("hidden");
        marketplace.catalogue().setHidden(product.id(), hidden, Viewer.of(ctx).actor());
        String back = form.raw("from").equals("list")
                ? ShopPaths.products(shop.id()) + "?page=" + pageOf(form) + "#produit-" + product.id()
                : ShopPaths.product(shop.id(), product.id());
        MerchantBackOffice.redirectDone(ctx, back, hidden ? "product-hidden" : "product-shown");
    }

    private static int pageOf(FormParams form) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(form.raw("page"))));
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

    private void addImage(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        Page page = office.page(ctx);
        Problems problems = new Problems(page);
        try {
            ImageUpload upload = ImageUpload.read(ctx, "file");
            String alt = new FormParams(ctx).text("alt", MAX_ALT);
            if (alt.isBlank()) {
                throw new InvalidInputException("alt", "invalid_alt", "describe the picture for people who cannot see it");
            }
            if (product.images().size() >= 10) {
                throw new InvalidInputException("file", "too_many_images", "a product has at most 10 pictures");
            }
            Image stored = upload.storeThrough(marketplace.images(), alt, "alt");
            List<Image> images = new ArrayList<>(product.images());
            images.add(stored);
            ProductDraft draft = ProductDraft.of(product);
            marketplace.catalogue().updateProduct(product.id(), new ProductDraft(draft.name(), draft.description(), draft.categoryId(),
                    images, draft.variants()), Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.product(shop.id(), product.id()) + "#photos", "image-added");
        }
        catch (InvalidInputException e) {
            renderForm(ctx, shop, Optional.of(product), ProductForm.of(product, page), Optional.of(problems.of(e)), 400, altTyped(ctx));
        }
        catch (ContentTooLargeResponse e) {
            renderForm(ctx, shop, Optional.of(product), ProductForm.of(product, page),
                    Optional.of(new Notice(false, page.t("bo.error.image_too_large"), List.of(), Map.of("file", page.t("bo.error.image_too_large")))),
                    413, altTyped(ctx));
        }
    }

    private static String altTyped(Context ctx) {
        String alt = new FormParams(ctx).raw("alt");
        return alt.length() > MAX_ALT ? alt.substring(0, MAX_ALT) : alt;
    }

    private void removeImage(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        String key = new FormParams(ctx).required("key", 300);
        List<Image> images = product.images().stream().filter(image -> !image.assetKey().equals(key)).toList();
        if (images.size() == product.images().size()) {
            throw new NotFoundException("image_not_found", "the product has no picture " + key);
        }
        ProductDraft draft = ProductDraft.of(product);
        marketplace.catalogue().updateProduct(product.id(), new ProductDraft(draft.name(), draft.description(), draft.categoryId(),
                images, draft.variants()), Viewer.of(ctx).actor());
        MerchantBackOffice.redirectDone(ctx, ShopPaths.product(shop.id(), product.id()) + "#photos", "image-removed");
    }

    private void stock(Context ctx) {
        Merchant shop = office.shop(ctx);
        Product product = productOf(marketplace, shop, new ProductId(PathParams.pageId(ctx, "productId")));
        VariantId variantId = new VariantId(PathParams.pageId(ctx, "variantId"));
        Variant variant = product.variants().stream().filter(v -> v.id().equals(variantId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("variant", variantId));
        FormParams form = new FormParams(ctx);
        int pageNumber = pageOf(form);
        try {
            int stock = ProductForm.parseStock("stock-" + variant.id(), form.raw("stock"));
            marketplace.catalogue().setStock(variant.id(), stock, Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.products(shop.id()) + "?page=" + pageNumber + "#produit-" + product.id(), "stock-saved");
        }
        catch (InvalidInputException e) {
            renderList(ctx, shop, pageNumber, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
    }
}
