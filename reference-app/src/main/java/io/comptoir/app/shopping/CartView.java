package io.comptoir.app.shopping;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.money.Money;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The cart page.
 *
 * @param notices what changed since the shopper last saw the cart, in words
 * @param added the product just added, or an empty text
 * @param error what went wrong with the last change, in words, or an empty text
 */
public record CartView(Page page, List<ShopGroup> shops, List<String> notices, Money total, int itemCount, String added, String error) {
    public CartView {
        requireNonNull(page, "page is null");
        shops = List.copyOf(shops);
        notices = List.copyOf(notices);
        requireNonNull(total, "total is null");
        requireNonNull(added, "added is null");
        requireNonNull(error, "error is null");
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    /** One shop's lines. */
    public record ShopGroup(long merchantId, String name, String url, List<Line> lines, Money subtotal) {
        public ShopGroup {
            lines = List.copyOf(lines);
        }
    }

    /** @param maxQuantity what the quantity field allows: the stock, at most the cart's limit */
    public record Line(long variantId, String productName, String variantLabel, Money unitPrice, int quantity, int maxQuantity,
                       Money total, Optional<String> imageUrl, String productUrl, boolean lowStock, int available) {
    }
}
