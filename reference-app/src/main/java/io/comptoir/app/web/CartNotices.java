package io.comptoir.app.web;

import io.comptoir.engine.api.cart.CartNotice;

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
}
