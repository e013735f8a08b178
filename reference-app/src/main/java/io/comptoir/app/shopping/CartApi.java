package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PathParams;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/cart}: the caller's cart — the signed-in shopper's, or a guest's named by the {@code comptoir_cart}
 * cookie (made by the first add). Every answer is the whole cart as it stands, with the notices of what changed.
 */
public final class CartApi {
    private final Marketplace marketplace;
    private final CartOwners owners;
    private final Links links;

    public CartApi(Marketplace marketplace, CartOwners owners, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.owners = requireNonNull(owners, "owners is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/cart", this::cart, AccessRole.ANYONE);
        routes.post("/api/v1/cart/lines", this::add, AccessRole.ANYONE);
        routes.put("/api/v1/cart/lines/{variantId}", this::setQuantity, AccessRole.ANYONE);
        routes.delete("/api/v1/cart/lines/{variantId}", this::remove, AccessRole.ANYONE);
    }

    private void cart(Context ctx) {
        answer(ctx, owners.current(ctx));
    }

    private void add(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        VariantId variant = new VariantId(body.integer("variantId", 1, Long.MAX_VALUE));
        int quantity = (int) body.integer("quantity", 1, CartService.MAX_QUANTITY);
        answer(ctx, marketplace.carts().add(owners.forWriting(ctx), variant, quantity));
    }

    /** Sets a line's quantity, adding the line if needed; 0 removes it. */
    private void setQuantity(Context ctx) {
        VariantId variant = new VariantId(PathParams.positiveId(ctx, "variantId"));
        int quantity = (int) JsonBody.of(ctx).integer("quantity", 0, CartService.MAX_QUANTITY);
        if (quantity == 0) {
            remove(ctx, variant);
            return;
        }
        answer(ctx, marketplace.carts().setQuantity(owners.forWriting(ctx), variant, quantity));
    }

    private void remove(Context ctx) {
        remove(ctx, new VariantId(PathParams.positiveId(ctx, "variantId")));
    }

    /** Removing a line the cart does not hold is a 404, so that a client learns its id was wrong. */
    private void remove(Context ctx, VariantId variant) {
        Optional<CartOwner> owner = owners.existing(ctx);
        Cart before = owners.current(ctx);
        if (owner.isEmpty() || before.lines().stream().noneMatch(line -> line.variantId().equals(variant))) {
            throw new NotFoundException("cart_line_not_found", "the cart holds no line of variant " + variant);
        }
        answer(ctx, marketplace.carts().remove(owner.get(), variant).withNotices(before.notices()));
    }

    private void answer(Context ctx, Cart cart) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(CartJson.of(cart, marketplace.merchants(), links));
    }
}
