package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.CartNotices;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.ReturnPath;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /panier}: the cart grouped by shop, with a form per line to change its quantity or remove it, and the form
 * target of the product page's "add to cart". Forms redirect back (303) — except when the change revealed that
 * something else moved (a price, a stock): then the cart is shown at once, so that notice is not lost.
 */
public final class CartPage {
    static final String PATH = "/panier";
    private static final int LOW_STOCK = 5;

    private final Marketplace marketplace;
    private final CartOwners owners;
    private final PageFactory pages;

    public CartPage(Marketplace marketplace, CartOwners owners, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.owners = requireNonNull(owners, "owners is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::cart, AccessRole.ANYONE);
        routes.post(PATH + "/ajouter", this::add, AccessRole.ANYONE);
        routes.post(PATH + "/lignes/{variantId}", this::update, AccessRole.ANYONE);
        routes.post(PATH + "/lignes/{variantId}/supprimer", this::remove, AccessRole.ANYONE);
    }

    private void cart(Context ctx) {
        Page page = pages.page(ctx);
        Cart cart = owners.current(ctx);
        String added = Optional.ofNullable(ctx.queryParam("ajout")).flatMap(CartPage::parseId)
                .flatMap(id -> cart.lines().stream().filter(line -> line.variantId().value() == id).findFirst())
                .map(CartLine::productName).orElse("");
        String error = Optional.ofNullable(ctx.queryParam("erreur")).map(code -> CartNotices.errorText(page, code)).orElse("");
        render(ctx, cart, added, error);
    }

    private void render(Context ctx, Cart cart, String added, String error) {
        Page page = pages.page(ctx);
        List<CartView.ShopGroup> shops = new ArrayList<>();
        cart.linesByMerchant().forEach((merchantId, lines) -> {
            Merchant merchant = marketplace.merchants().require(merchantId);
            Money subtotal = lines.stream().map(CartLine::total).reduce(Money.zero(cart.total().currency()), Money::plus);
            shops.add(new CartView.ShopGroup(merchantId.value(), merchant.name(), Paths.shop(merchant.id(), merchant.slug()),
                    lines.stream().map(CartPage::line).toList(), subtotal));
        });
        ctx.header("Cache-Control", "private, no-store");
        PageFactory.render(ctx, "shopping/cart.jte", new CartView(page, shops, CartNotices.texts(page, cart.notices()), cart.total(),
                cart.itemCount(), added, error));
    }

    private static CartView.Line line(CartLine line) {
        return new CartView.Line(line.variantId().value(), line.productName(), line.variantLabel(), line.unitPrice(), line.quantity(),
                Math.max(line.quantity(), Math.min(line.available(), CartService.MAX_QUANTITY)), line.total(),
                line.imageKey().map(Paths::asset), "/produits/" + line.productId().value(), line.available() <= LOW_STOCK,
                line.available());
    }

    /** The product page's form: a variant and a quantity. A refusal goes back to the product page, saying why. */
    private void add(Context ctx) {
        String back = ReturnPath.orElse(ctx.formParam(ReturnPath.PARAMETER), PATH);
        Optional<Long> variant = parseId(ctx.formParam("variantId"));
        Optional<Integer> quantity = parseQuantity(ctx.formParam("quantity"), 1);
        if (variant.isEmpty() || quantity.isEmpty()) {
            refuse(ctx, back, variant.isEmpty() ? "variant_not_found" : "invalid_quantity");
            return;
        }
        Cart cart;
        try {
            cart = marketplace.carts().add(owners.forWriting(ctx), new VariantId(variant.get()), quantity.get());
        }
        catch (InvalidInputException | NotFoundException | ConflictException e) {
            refuse(ctx, back, e.code());
            return;
        }
        String addedName = cart.lines().stream().filter(line -> line.variantId().value() == variant.get()).findFirst()
                .map(CartLine::productName).orElse("");
        done(ctx, cart, PATH + "?ajout=" + variant.get(), addedName);
    }

    private void update(Context ctx) {
        VariantId variant = new VariantId(PathParams.positiveId(ctx, "variantId"));
        Optional<Integer> quantity = parseQuantity(ctx.formParam("quantity"), 0);
        if (quantity.isEmpty()) {
            refuse(ctx, PATH, "invalid_quantity");
            return;
        }
        change(ctx, variant, quantity.get());
    }

    private void remove(Context ctx) {
        change(ctx, new VariantId(PathParams.positiveId(ctx, "variantId")), 0);
    }

    private void change(Context ctx, VariantId variant, int quantity) {
        if (owners.existing(ctx).isEmpty()) {
            ctx.redirect(PATH, HttpStatus.SEE_OTHER);
            return;
        }
        try {
            Cart cart = quantity == 0 ? marketplace.carts().remove(owners.forWriting(ctx), variant)
                    : marketplace.carts().setQuantity(owners.forWriting(ctx), variant, quantity);
            done(ctx, cart, PATH, "");
        }
        catch (InvalidInputException | NotFoundException | ConflictException e) {
            refuse(ctx, PATH, e.code());
        }
    }

    private void done(Context ctx, Cart cart, String next, String addedName) {
        if (cart.notices().isEmpty()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        owners.remember(ctx, cart);
        render(ctx, cart, addedName, "");
    }

    private static void refuse(Context ctx, String back, String code) {
        String separator = back.contains("?") ? "&" : "?";
        String parameter = back.startsWith(PATH) ? "erreur" : "panier";
        ctx.redirect(back + separator + parameter + "=" + Paths.encodeQuery(code) + (back.startsWith(PATH) ? "" : "#ajout"), HttpStatus.SEE_OTHER);
    }

    /** What a refused change means for people; unknown codes get the general message. */
    private static Optional<Long> parseId(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseQuantity(String text, int minimum) {
        try {
            int quantity = Integer.parseInt(text == null ? "" : text.strip());
            return quantity >= minimum && quantity <= CartService.MAX_QUANTITY ? Optional.of(quantity) : Optional.empty();
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
