package io.comptoir.app.shopping;

import io.comptoir.app.catalogue.Refs.MerchantRef;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.cart.CartNotice;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.money.Money;

import java.util.List;

/** The API's view of a cart: lines grouped by shop, totals, and the notices of what changed since the last read. */
public record CartJson(int itemCount, Money total, List<ShopJson> shops, List<NoticeJson> notices) {

    public record ShopJson(MerchantRef merchant, List<LineJson> lines, Money subtotal) {
    }

    /** @param image address of the product's first picture, null when it has none */
    public record LineJson(long variantId, long productId, String productName, String variantLabel, String sku, Money unitPrice,
                           int quantity, int available, Money total, String image, String productUrl) {
        static LineJson of(CartLine line, Links links) {
            return new LineJson(line.variantId().value(), line.productId().value(), line.productName(), line.variantLabel(), line.sku(),
                    line.unitPrice(), line.quantity(), line.available(), line.total(),
                    line.imageKey().map(key -> links.to(Paths.asset(key))).orElse(null),
                    links.to("/produits/" + line.productId().value()));
        }
    }

    /** @param kind PRICE_CHANGED, QUANTITY_REDUCED or NO_LONGER_AVAILABLE */
    public record NoticeJson(String kind, long variantId, String productName, Money previousPrice, Money currentPrice,
                             int previousQuantity, int currentQuantity) {
        static NoticeJson of(CartNotice notice) {
            return new NoticeJson(notice.kind().name(), notice.variantId().value(), notice.productName(),
                    notice.previousPrice().orElse(null), notice.currentPrice().orElse(null), notice.previousQuantity(),
                    notice.currentQuantity());
        }
    }

    public static CartJson of(Cart cart, MerchantDirectory merchants, Links links) {
        List<ShopJson> shops = cart.linesByMerchant().entrySet().stream().map(group -> {
            Merchant merchant = merchants.require(group.getKey());
            Money subtotal = group.getValue().stream().map(CartLine::total).reduce(Money.zero(cart.total().currency()), Money::plus);
            return new ShopJson(new MerchantRef(merchant.id().value(), merchant.name(), merchant.slug(),
                    links.to(Paths.shop(merchant.id(), merchant.slug()))),
                    group.getValue().stream().map(line -> LineJson.of(line, links)).toList(), subtotal);
        }).toList();
        return new CartJson(cart.itemCount(), cart.total(), shops, cart.notices().stream().map(NoticeJson::of).toList());
    }
}
