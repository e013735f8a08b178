package io.comptoir.app.web;

import io.comptoir.engine.api.cart.CartNotice;
import io.comptoir.engine.api.cart.CartService;

import java.util.List;

/** What changed in a cart, said to people: "Le prix de « Miel » est passé de 8,50 € à 9,00 €." */
public final class CartNotices {

    private CartNotices() {
    }

    public static String text(Page page, CartNotice notice) {
        return switch (notice.kind()) {
            case PRICE_CHANGED -> page.t("cart.notice.price", notice.productName(),
                    page.money(notice.previousPrice().orElseThrow()), page.money(notice.currentPrice().orElseThrow()));
            case QUANTITY_REDUCED -> page.t("cart.notice.quantity", notice.productName(), notice.currentQuantity(), notice.previousQuantity());
            case NO_LONGER_AVAILABLE -> page.t("cart.notice.gone", notice.productName());
        };
    }

    public static List<String> texts(Page page, List<CartNotice> notices) {
        return notices.stream().map(notice -> text(page, notice)).toList();
    }

    /** What a refused change of the cart says ({@code ?erreur=insufficient_stock}), wherever the form was. */
    public static String errorText(Page page, String code) {
        return switch (code) {
            case "insufficient_stock" -> page.t("cart.error.stock");
            case "invalid_quantity" -> page.t("cart.error.quantity", CartService.MAX_QUANTITY);
            case "cart_full" -> page.t("cart.error.full", CartService.MAX_LINES);
            case "variant_not_found" -> page.t("cart.error.unavailable");
            default -> page.t("cart.error.other");
        };
    }
}
