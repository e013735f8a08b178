package io.comptoir.app.merchant;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderLine;

/** A merchant order as a row of a table. */
public record OrderRow(String number, String url, String receivedAt, String receivedAtIso, String shopName, String shopper,
                       String fulfilment, int items, String total, Badge status) {

    public static OrderRow of(Page page, MerchantOrder order, String url) {
        return new OrderRow(order.number(), url, Formats.dateTime(page, order.createdAt()), Formats.iso(page, order.createdAt()),
                order.merchantName(), order.shopperName(),
                page.t(order.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT ? "bo.order.collect" : "bo.order.delivery"),
                order.lines().stream().mapToInt(OrderLine::quantity).sum(), page.money(order.total()),
                StatusBadges.order(page, order.status()));
    }
}
