package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.ImageUpload;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/...}: the merchant back-office as JSON, for a shop's own tools (till, stock spreadsheet,
 * mobile app). Every route names the shop and checks the caller works for it (403 otherwise); things of another shop
 * are 404 under this one.
 */
public final class MerchantApi {
    public static final String ROOT = "/api/v1/merchant";
    static final int DEFAULT_SIZE = 50;

    private final Marketplace marketplace;
    private final Links links;
    private final OrderActions actions;

    public MerchantApi(Marketplace marketplace, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.links = requireNonNull(links, "links is null");
        this.actions = new OrderActions(marketplace.orders());
    }

    public void register(RoutesConfig routes) {
        String shop = ROOT + "/{merchantId}";
        routes.get(ROOT, this::shops, MerchantBackOffice.STAFF);
        routes.get(shop + "/dashboard", this::dashboard, MerchantBackOffice.STAFF);
        routes.get(shop + "/orders", this::orders, MerchantBackOffice.STAFF);
        routes.get(shop + "/orders/{orderId}", this::order, MerchantBackOffice.STAFF);
        routes.post(shop + "/orders/{orderId}/actions", this::act, MerchantBackOffice.STAFF);
        routes.get(shop + "/products", this::products, MerchantBackOffice.STAFF);
        routes.post(shop + "/products", this::createProduct, MerchantBackOffice.STAFF);
        routes.get(shop + "/products/{productId}", this::product, MerchantBackOffice.STAFF);
        routes.put(shop + "/products/{productId}", this::updateProduct, MerchantBackOffice.STAFF);
        routes.put(shop + "/products/{productId}/visibility", this::visibility, MerchantBackOffice.STAFF);
        routes.put(shop + "/products/{productId}/variants/{variantId}/stock", this::stock, MerchantBackOffice.STAFF);
        routes.post(shop + "/images", this::upload, MerchantBackOffice.STAFF);
        routes.get(shop + "/profile", this::profile, MerchantBackOffice.STAFF);
        routes.put(shop + "/profile", this::updateProfile, MerchantBackOffice.STAFF);
        routes.get(shop + "/fulfilment", this::fulfilment, MerchantBackOffice.STAFF);
        routes.put(shop + "/fulfilment", this::updateFulfilment, MerchantBackOffice.STAFF);
        routes.get(shop + "/payment-methods", this::paymentMethods, MerchantBackOffice.STAFF);
        routes.put(shop + "/payment-methods", this::acceptPaymentMethods, MerchantBackOffice.STAFF);
        routes.get(shop + "/payout-account", this::payout, MerchantBackOffice.STAFF);
        routes.put(shop + "/payout-account", this::updatePayout, MerchantBackOffice.STAFF);
    }

    /** The shop of the address, after checking the caller works for it. */
    private Merchant shop(Context ctx) {
        long id = PathParams.positiveId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        return marketplace.merchants().require(new MerchantId(id));
    }

    private void shops(Context ctx) {
        ctx.json(Viewer.of(ctx).shops().stream().map(id -> marketplace.merchants().merchant(new MerchantId(id)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Merchant::name))
                .map(shop -> MerchantApiJson.ShopRef.of(shop, marketplace.orders().countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.PLACED))))
                .toList());
    }

    private void dashboard(Context ctx) {
        ctx.json(MerchantApiJson.Dashboard.of(MerchantDashboard.of(marketplace, shop(ctx))));
    }

    private void orders(Context ctx) {
        Merchant shop = shop(ctx);
        QueryParams params = new QueryParams(ctx);
        Set<MerchantOrderStatus> statuses = params.all("status").stream().map(MerchantApi::status).collect(java.util.stream.Collectors.toSet());
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        int total = marketplace.orders().countMerchantOrders(shop.id(), statuses);
        List<MerchantOrder> items = (long) page * size >= total ? List.of()
                : marketplace.orders().merchantOrdersOf(shop.id(), statuses, page * size, size);
        var actor = Viewer.of(ctx).actor();
        ctx.json(new MerchantApiJson.OrderPage(items.stream().map(order -> MerchantApiJson.OrderJson.of(order, actions.allowed(order, actor))).toList(),
                total, page, size));
    }

    private static MerchantOrderStatus status(String text) {
        try {
            MerchantOrderStatus status = MerchantOrderStatus.valueOf(text);
            if (status != MerchantOrderStatus.PENDING_PAYMENT) {
                return status;
            }
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidInputException.invalid("status", "status must be one of PLACED, ACCEPTED, READY_FOR_PICKUP, OUT_FOR_DELIVERY, "
                + "COLLECTED, DELIVERED, CANCELLED, REFUNDED; got '" + text + "'");
    }

    private MerchantOrder orderOf(Context ctx, Merchant shop) {
        return actions.orderOf(shop.id(), new MerchantOrderId(PathParams.positiveId(ctx, "orderId")));
    }

    private void order(Context ctx) {
        Merchant shop = shop(ctx);
        MerchantOrder order = orderOf(ctx, shop);
        ctx.json(MerchantApiJson.OrderJson.of(order, actions.allowed(order, Viewer.of(ctx).actor())));
    }

    private void act(Context ctx) {
        Merchant shop = shop(ctx);
        MerchantOrder order = orderOf(ctx, shop);
        JsonBody body = JsonBody.of(ctx);
        OrderAction action = body.choice("action", OrderAction.class)
                .orElseThrow(() -> InvalidInputException.invalid("action", "action is required"));
        Optional<Money> amount = body.money("amount", order.total().currency(), Long.MAX_VALUE / 2);
        String note = body.optionalText("note", OrderActions.MAX_NOTE).orElse("");
        var actor = Viewer.of(ctx).actor();
        MerchantOrder moved = actions.act(order, action, amount, note, actor);
        ctx.json(MerchantApiJson.OrderJson.of(moved, actions.allowed(moved, actor)));
    }

    private void products(Context ctx) {
        Merchant shop = shop(ctx);
        QueryParams params = new QueryParams(ctx);
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        int total = marketplace.catalogue().countProductsOf(shop.id(), true);
        List<Product> items = (long) page * size >= total ? List.of() : marketplace.catalogue().productsOf(shop.id(), true, page * size, size);
        ctx.json(new MerchantApiJson.ProductPage(items.stream().map(product -> MerchantApiJson.ProductJson.of(product, links)).toList(),
                total, page, size));
    }

    private Product productOf(Context ctx, Merchant shop) {
        return ProductPages.productOf(marketplace, shop, new ProductId(PathParams.positiveId(ctx, "productId")));
    }

    private void product(Context ctx) {
        Merchant shop = shop(ctx);
        ctx.json(MerchantApiJson.ProductJson.of(productOf(ctx, shop), links));
    }

    private void createProduct(Context ctx) {
        Merchant shop = shop(ctx);
        ProductDraft draft = ApiInputs.product(JsonBody.of(ctx), marketplace.assets(), List.of());
        Product created = marketplace.catalogue().createProduct(shop.id(), draft, Viewer.of(ctx).actor());
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", links.to(ROOT + "/" + shop.id() + "/products/" + created.id()));
        ctx.json(MerchantApiJson.ProductJson.of(created, links));
    }

    private void updateProduct(Context ctx) {
        Merchant shop = shop(ctx);
        Product product = productOf(ctx, shop);
        ProductDraft draft = ApiInputs.product(JsonBody.of(ctx), marketplace.assets(), product.images());
        ctx.json(MerchantApiJson.ProductJson.of(marketplace.catalogue().updateProduct(product.id(), draft, Viewer.of(ctx).actor()), links));
    }

    private void visibility(Context ctx) {
        Merchant shop = shop(ctx);
        Product product = productOf(ctx, shop);
        boolean hidden = JsonBody.of(ctx).bool("hidden");
        ctx.json(MerchantApiJson.ProductJson.of(marketplace.catalogue().setHidden(product.id(), hidden, Viewer.of(ctx).actor()), links));
    }

    private void stock(Context ctx) {
        Merchant shop = shop(ctx);
        Product product = productOf(ctx, shop);
        VariantId variantId = new VariantId(PathParams.positiveId(ctx, "variantId"));
        Variant variant = product.variants().stream().filter(v -> v.id().equals(variantId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("variant", variantId));
        int stock = (int) JsonBody.of(ctx).integer("stock", 0, VariantRules.MAX_STOCK);
        ctx.json(MerchantApiJson.VariantJson.of(marketplace.catalogue().setStock(variant.id(), stock, Viewer.of(ctx).actor())));
    }

    private void upload(Context ctx) {
        shop(ctx);
        ImageUpload upload = ImageUpload.read(ctx, "file");
        String alt = new FormParams(ctx).text("alt", ProductPages.MAX_ALT).strip();
        if (alt.isEmpty()) {
            throw new InvalidInputException("alt", "invalid_alt", "describe the picture for people who cannot see it");
        }
        // the same pipeline as the back-office's: type read from the bytes, limits, metadata dropped, WebP and JPEG sizes
        Image stored = upload.storeThrough(marketplace.images(), alt, "alt");
        String url = links.to(Paths.asset(stored.assetKey()));
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", url);
        ctx.json(new MerchantApiJson.UploadJson(stored.assetKey(), url, stored.altText()));
    }

    private void profile(Context ctx) {
        ctx.json(MerchantApiJson.ProfileJson.of(shop(ctx), links));
    }

    private void updateProfile(Context ctx) {
        Merchant shop = shop(ctx);
        var profile = ApiInputs.profile(JsonBody.of(ctx), shop, marketplace.assets());
        Merchant updated;
        try {
            updated = marketplace.merchants().updateProfile(shop.id(), profile, Viewer.of(ctx).actor());
        }
        catch (InvalidInputException e) {
            throw ApiInputs.profileRefusal(e);
        }
        ctx.json(MerchantApiJson.ProfileJson.of(updated, links));
    }

    private void fulfilment(Context ctx) {
        ctx.json(MerchantApiJson.FulfilmentOptionsJson.of(marketplace.merchants().fulfilment(shop(ctx).id())));
    }

    private void updateFulfilment(Context ctx) {
        Merchant shop = shop(ctx);
        var options = ApiInputs.fulfilment(JsonBody.of(ctx), marketplace.territory());
        ctx.json(MerchantApiJson.FulfilmentOptionsJson.of(marketplace.merchants().updateFulfilment(shop.id(), options, Viewer.of(ctx).actor())));
    }

    private void paymentMethods(Context ctx) {
        ctx.json(MerchantApiJson.PaymentMethodsJson.of(marketplace.payments().paymentMethodsOf(shop(ctx).id())));
    }

    private void acceptPaymentMethods(Context ctx) {
        Merchant shop = shop(ctx);
        List<String> methods = JsonBody.of(ctx).texts("methods", PaymentMethodsPage.MAX_METHODS, 40);
        ctx.json(MerchantApiJson.PaymentMethodsJson.of(marketplace.payments().acceptPaymentMethods(shop.id(), Set.copyOf(methods),
                Viewer.of(ctx).actor())));
    }

    private void payout(Context ctx) {
        ctx.json(MerchantApiJson.PayoutJson.of(marketplace.merchants().payoutAccount(shop(ctx).id())));
    }

    private void updatePayout(Context ctx) {
        Merchant shop = shop(ctx);
        var account = ApiInputs.payout(JsonBody.of(ctx));
        ctx.json(MerchantApiJson.PayoutJson.of(Optional.of(marketplace.merchants().updatePayoutAccount(shop.id(), account, Viewer.of(ctx).actor()))));
    }
}
