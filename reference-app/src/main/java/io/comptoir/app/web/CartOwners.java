package io.comptoir.app.web;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.cart.CartService;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Whose cart a request works on: the signed-in shopper's, else the guest cart named by the random
 * {@code comptoir_cart} cookie (made on the first add, kept 60 days). The cart is read at most once per request — a read
 * reports what changed since the last one only once, so the header's count and the page must share it.
 */
public final class CartOwners {
    public static final String COOKIE = "comptoir_cart";
    static final int MAX_AGE_SECONDS = 60 * 24 * 3600;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String ATTRIBUTE = CartOwners.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(CartOwners.class);

    private final CartService carts;
    private final boolean secureCookies;

    public CartOwners(CartService carts, boolean secureCookies) {
        this.carts = requireNonNull(carts, "carts is null");
        this.secureCookies = secureCookies;
    }

    /** The owner of the request's cart, if there can be one yet: the shopper, or a guest with a cart cookie. */
    public Optional<CartOwner> existing(Context ctx) {
        Optional<AccountId> account = Viewer.of(ctx).account().map(Account::id);
        if (account.isPresent()) {
            return Optional.of(CartOwner.shopper(account.get()));
        }
        return guestToken(ctx).map(CartOwner::guest);
    }

    /** The owner, giving a guest a cart cookie when they have none (their first add). */
    public CartOwner forWriting(Context ctx) {
        Optional<CartOwner> owner = existing(ctx);
        if (owner.isPresent()) {
            if (owner.get() instanceof CartOwner.Guest guest) {
                ctx.cookie(cookie(guest.token(), MAX_AGE_SECONDS));
            }
            return owner.get();
        }
        String token = newToken();
        ctx.cookie(cookie(token, MAX_AGE_SECONDS));
        return CartOwner.guest(token);
    }

    /** The request's cart, read once; an empty cart when the visitor has none. */
    public Cart current(Context ctx) {
        Cart memo = ctx.attribute(ATTRIBUTE);
        if (memo != null) {
            return memo;
        }
        // A visitor without a cart reads an empty one (in the engine's currency); no cart is stored for them.
        Cart cart = carts.cart(existing(ctx).orElseGet(() -> CartOwner.guest(newToken())));
        ctx.attribute(ATTRIBUTE, cart);
        return cart;
    }

    /** The cart for the header of a page: never fails the page (a failure shows no count and is logged). */
    public Optional<Cart> forHeader(Context ctx) {
        try {
            Viewer.of(ctx);
        }
        catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (ctx.attribute(ATTRIBUTE) == null && existing(ctx).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(current(ctx));
        }
        catch (RuntimeException e) {
            LOG.warn("cannot read the cart for the header of {}", ctx.path(), e);
            return Optional.empty();
        }
    }

    /** Makes this the request's cart (after a change), so that the page shows it without reading it again. */
    public void remember(Context ctx, Cart cart) {
        ctx.attribute(ATTRIBUTE, cart);
    }

    /**
     * At sign-in: the guest's cart joins the account's (quantities added, capped by the stock) and the guest cookie
     * goes, so that the cart follows the shopper to the account.
     */
    public void mergeInto(Context ctx, AccountId account) {
        Optional<String> guest = guestToken(ctx);
        if (guest.isEmpty()) {
            return;
        }
        carts.merge(new CartOwner.Guest(guest.get()), account);
        ctx.cookie(cookie("", 0));
    }

    private static Optional<String> guestToken(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return token != null && TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    private Cookie cookie(String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
