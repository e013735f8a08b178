package io.comptoir.engine.core.cart;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.cart.CartNotice;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.catalogue.ProductDao;
import io.comptoir.engine.core.catalogue.VariantOptionsCodec;
import io.comptoir.engine.core.catalogue.VariantRow;
import io.comptoir.engine.core.merchant.MerchantDao;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.support.Tokens;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The {@link CartService} on the database. Each operation locks the cart's row, so concurrent requests of one
 * shopper (two tabs) apply one after the other, and re-checks every line against the catalogue.
 */
@Singleton
public final class CartStore implements CartService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Currency currency;

    @Inject
    public CartStore(Jdbi jdbi, Clock clock, @Named("currency") Currency currency) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.currency = requireNonNull(currency, "currency is null");
    }

    @Override
    public Cart cart(CartOwner owner) {
        requireNonNull(owner, "owner is null");
        return jdbi.inTransaction(handle -> existingCart(handle, owner)
                .map(cartId -> refresh(handle, cartId, owner))
                .orElseGet(() -> new Cart(owner, List.of(), List.of(), Money.zero(currency))));
    }

    @Override
    public Cart add(CartOwner owner, VariantId variant, int quantity) {
        requireNonNull(owner, "owner is null");
        requireNonNull(variant, "variant is null");
        checkQuantity(quantity, 1);
        return jdbi.inTransaction(handle -> {
            long cartId = cartFor(handle, owner);
            if (Daos.of(handle, CartDao.class).addUnits(cartId, variant.value(), quantity, MAX_QUANTITY, MAX_LINES) == 1) {
                return refresh(handle, cartId, owner);
            }
            // refused: read why, in the order a shopper should hear it (an unavailable line that no longer counts may also
            // leave room after all)
            Cart before = refresh(handle, cartId, owner);
            int current = before.lines().stream().filter(line -> line.variantId().equals(variant)).mapToInt(CartLine::quantity).findFirst().orElse(0);
            return put(handle, cartId, owner, before, variant, current + quantity);
        });
    }

    @Override
    public Cart setQuantity(CartOwner owner, VariantId variant, int quantity) {
        requireNonNull(owner, "owner is null");
        requireNonNull(variant, "variant is null");
        checkQuantity(quantity, 0);
        return jdbi.inTransaction(handle -> {
            long cartId = cartFor(handle, owner);
            Cart before = refresh(handle, cartId, owner);
            if (quantity == 0) {
                Daos.of(handle, CartDao.class).deleteLine(cartId, variant.value());
                return refresh(handle, cartId, owner).withNotices(before.notices());
            }
            return put(handle, cartId, owner, before, variant, quantity);
        });
    }

    private Cart put(Handle handle, long cartId, CartOwner owner, Cart before, VariantId variant, int quantity) {
        if (quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "invalid_quantity", "at most " + MAX_QUANTITY + " units of one product");
        }
        VariantForSale row = Daos.of(handle, CartDao.class).forSale(variant.value()).orElseThrow(() -> NotFoundException.of("variant", variant));
        if (row.stock() < quantity) {
            throw new ConflictException("insufficient_stock", row.stock() == 0 ? "this product is out of stock"
                    : "only " + row.stock() + " left in stock");
        }
        CartDao dao = Daos.of(handle, CartDao.class);
        boolean present = before.lines().stream().anyMatch(line -> line.variantId().equals(variant));
        if (present) {
            dao.updateLine(cartId, variant.value(), quantity, row.priceMinor());
        }
        else {
            if (before.lines().size() >= MAX_LINES) {
                throw new ConflictException("cart_full", "a cart holds at most " + MAX_LINES + " different products");
            }
            dao.insertLine(cartId, variant.value(), quantity, row.priceMinor());
        }
        // the cart as written, without reading it back: the other lines were just refreshed, this one was just read
        CartLine written = new CartLine(variant, new ProductId(row.productId()), new MerchantId(row.merchantId()), row.productName(),
                label(row.options()), row.sku(), new Money(row.priceMinor(), Currency.getInstance(row.currency())), quantity, row.stock(),
                Optional.ofNullable(row.firstImage()));
        List<CartLine> lines = new ArrayList<>(before.lines().size() + 1);
        for (CartLine line : before.lines()) {
            lines.add(line.variantId().equals(variant) ? written : line);
        }
        if (!present) {
            lines.add(written);
        }
        return new Cart(owner, lines, before.notices(), total(lines));
    }

    @Override
    public Cart remove(CartOwner owner, VariantId variant) {
        return setQuantity(owner, variant, 0);
    }

    @Override
    public void clear(CartOwner owner) {
        requireNonNull(owner, "owner is null");
        jdbi.useTransaction(handle -> existingCart(handle, owner).ifPresent(cartId -> Daos.of(handle, CartDao.class).deleteLines(cartId)));
    }

    @Override
    public Cart merge(CartOwner.Guest guest, AccountId shopper) {
        requireNonNull(guest, "guest is null");
        requireNonNull(shopper, "shopper is null");
        CartOwner target = CartOwner.shopper(shopper);
        return jdbi.inTransaction(handle -> {
            // Fixed lock order: the shopper's cart first, then the guest's.
            long shopperCart = cartFor(handle, target);
            Optional<Long> guestCart = existingCart(handle, guest);
            if (guestCart.isEmpty()) {
                return refresh(handle, shopperCart, target);
            }
            Cart guestContent = refresh(handle, guestCart.get(), guest);
            Cart before = refresh(handle, shopperCart, target);
            CartDao dao = Daos.of(handle, CartDao.class);
            for (CartLine line : guestContent.lines()) {
                int already = before.lines().stream().filter(l -> l.variantId().equals(line.variantId())).mapToInt(CartLine::quantity).findFirst().orElse(0);
                int merged = Math.min(Math.min(already + line.quantity(), line.available()), MAX_QUANTITY);
                if (already > 0) {
                    dao.updateLine(shopperCart, line.variantId().value(), merged, line.unitPrice().minorUnits());
                }
                else if (before.lines().size() < MAX_LINES) {
                    dao.insertLine(shopperCart, line.variantId().value(), merged, line.unitPrice().minorUnits());
                }
            }
            dao.deleteLines(guestCart.get());
            return refresh(handle, shopperCart, target);
        });
    }

    /** Units of a variant to put back into a cart, at the price the shopper saw. */
    public record Returned(long variantId, int quantity, long unitPrice) {
    }

    /** Puts lines back into a shopper's cart (an order whose payment failed): quantities add up, within the limits. */
    public void restore(Handle handle, AccountId shopper, List<Returned> lines) {
        CartOwner owner = CartOwner.shopper(shopper);
        long cartId = cartFor(handle, owner);
        CartDao dao = Daos.of(handle, CartDao.class);
        List<CartLineRow> existing = dao.lines(cartId);
        for (Returned line : lines) {
            Optional<CartLineRow> same = existing.stream().filter(row -> row.variantId() == line.variantId()).findFirst();
            if (same.isPresent()) {
                dao.updateLine(cartId, line.variantId(), Math.min(MAX_QUANTITY, same.get().quantity() + line.quantity()), line.unitPrice());
            }
            else if (existing.size() < MAX_LINES) {
                dao.insertLine(cartId, line.variantId(), Math.min(MAX_QUANTITY, line.quantity()), line.unitPrice());
            }
        }
    }

    /**
     * Reads the cart's lines as they are now and writes back the corrections (lower quantities, removed lines, newly
     * seen prices), so that each change is reported once. Used by checkout inside its own transaction.
     */
    public Cart refresh(Handle handle, long cartId, CartOwner owner) {
        CartDao dao = Daos.of(handle, CartDao.class);
        List<CartLineRow> rows = dao.lines(cartId);
        Cart cart = asItStands(owner, rows);
        for (CartLineRow row : rows) {
            Optional<CartLine> kept = cart.lines().stream().filter(line -> line.variantId().value() == row.variantId()).findFirst();
            if (kept.isEmpty()) {
                dao.deleteLine(cartId, row.variantId());
            }
            else if (kept.get().quantity() != row.quantity() || row.price() != row.seenPrice()) {
                dao.updateLine(cartId, row.variantId(), kept.get().quantity(), row.price());
            }
        }
        return cart;
    }

    /**
     * A shopper's cart as it stands, with what changed since they last saw it, in one statement: no lock taken, nothing
     * written (the changes are reported again by the next read that may write).
     */
    public Cart peek(Handle handle, AccountId shopper) {
        return asItStands(CartOwner.shopper(shopper), Daos.of(handle, CartDao.class).shopperLines(shopper.value()));
    }

    private Cart asItStands(CartOwner owner, List<CartLineRow> rows) {
        List<CartLine> lines = new ArrayList<>();
        List<CartNotice> notices = new ArrayList<>();
        for (CartLineRow row : rows) {
            VariantId variant = new VariantId(row.variantId());
            Money price = new Money(row.price(), Currency.getInstance(row.currency()));
            Money seen = new Money(row.seenPrice(), price.currency());
            if (!row.forSale() || row.stock() == 0) {
                notices.add(new CartNotice(CartNotice.Kind.NO_LONGER_AVAILABLE, variant, row.productName(), Optional.of(seen),
                        Optional.empty(), row.quantity(), 0));
                continue;
            }
            int quantity = row.quantity();
            if (row.stock() < quantity) {
                notices.add(new CartNotice(CartNotice.Kind.QUANTITY_REDUCED, variant, row.productName(), Optional.of(price),
                        Optional.of(price), quantity, row.stock()));
                quantity = row.stock();
            }
            if (row.price() != row.seenPrice()) {
                notices.add(new CartNotice(CartNotice.Kind.PRICE_CHANGED, variant, row.productName(), Optional.of(seen),
                        Optional.of(price), quantity, quantity));
            }
            lines.add(new CartLine(variant, new ProductId(row.productId()), new MerchantId(row.merchantId()), row.productName(),
                    label(row.options()), row.sku(), price, quantity, row.stock(), Optional.ofNullable(row.firstImage())));
        }
        return new Cart(owner, lines, notices, total(lines));
    }

    private Money total(List<CartLine> lines) {
        return lines.stream().map(CartLine::total).reduce(Money.zero(currency), Money::plus);
    }

    private static String label(String options) {
        return VariantOptionsCodec.read(options).stream().map(VariantOption::toString).collect(Collectors.joining(", "));
    }

    /** The cart's id, locked for this transaction and marked used now; created when absent. */
    public long cartFor(Handle handle, CartOwner owner) {
        CartDao dao = Daos.of(handle, CartDao.class);
        if (owner instanceof CartOwner.Guest guest) {
            String hash = Tokens.sha256(guest.token());
            return dao.touchGuestCart(hash, clock.instant()).orElseGet(() -> dao.insert(hash, null, clock.instant()));
        }
        long account = ((CartOwner.Shopper) owner).account().value();
        return dao.touchShopperCart(account, clock.instant()).orElseGet(() -> dao.insert(null, account, clock.instant()));
    }

    /** The cart's id, locked for this transaction, if it exists. */
    public Optional<Long> existingCart(Handle handle, CartOwner owner) {
        CartDao dao = Daos.of(handle, CartDao.class);
        if (owner instanceof CartOwner.Guest guest) {
            return dao.lockGuestCart(Tokens.sha256(guest.token()));
        }
        return dao.lockShopperCart(((CartOwner.Shopper) owner).account().value());
    }

    private static void checkQuantity(int quantity, int minimum) {
        if (quantity < minimum || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "invalid_quantity",
                    "a quantity is between " + minimum + " and " + MAX_QUANTITY);
        }
    }
}
