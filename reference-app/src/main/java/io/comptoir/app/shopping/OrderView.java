package io.comptoir.app.shopping;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.OrderAdjustment;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shopper's order page ({@code /commandes/{id}}) or their order list ({@code /mes-commandes}): the same cards.
 *
 * @param notice what the last action did, in words, or an empty text
 * @param error why the last action was refused, in words, or an empty text
 * @param previous and {@code next}: the neighbouring pages of the list
 */
public record OrderView(Page page, List<Card> orders, String notice, String error, Optional<String> previous, Optional<String> next) {
    public OrderView {
        requireNonNull(page, "page is null");
        orders = List.copyOf(orders);
        requireNonNull(notice, "notice is null");
        requireNonNull(error, "error is null");
        requireNonNull(previous, "previous is null");
        requireNonNull(next, "next is null");
    }

    public Card order() {
        return orders.get(0);
    }

    /** Whether the page refreshes itself: an order whose payment is being confirmed. */
    public boolean waitsForPayment() {
        return orders.size() == 1 && orders.get(0).pending();
    }

    /**
     * One customer order.
     *
     * @param status the status in words; {@code statusTone} its colour ({@code pending}, {@code ok}, {@code failed})
     */
    public record Card(long id, String number, String url, String status, String statusTone, String createdAt, Money total,
                       boolean pending, boolean failed, String failureReason, List<Part> parts, List<PaymentLine> payments,
                       Optional<String> approvalUrl) {
        public Card {
            parts = List.copyOf(parts);
            payments = List.copyOf(payments);
        }
    }

    /**
     * One shop's part.
     *
     * @param fulfilment how it reaches the shopper, in words; {@code place} the shop's address or the delivery address
     * @param adjustments the discounts and surcharges plugins made at checkout: subtotal, fee and these add up to total
     */
    public record Part(long id, String number, String merchantName, String merchantUrl, String status, String statusTone,
                       String fulfilment, List<String> place, List<Line> lines, Money subtotal, Money deliveryFee,
                       List<OrderAdjustment> adjustments, Money total, Money refunded, List<Share> shares, List<Step> history,
                       boolean cancellable) {
        public Part {
            place = List.copyOf(place);
            lines = List.copyOf(lines);
            adjustments = List.copyOf(adjustments);
            shares = List.copyOf(shares);
            history = List.copyOf(history);
        }
    }

    public record Line(String productName, String variantLabel, String productUrl, int quantity, Money unitPrice, Money total) {
    }

    /** How much of one tender went to the shop, and what became of it, in words. */
    public record Share(String label, Money amount, String state) {
    }

    public record Step(String at, String what, String by, String note) {
    }

    public record PaymentLine(String label, Money amount, String status) {
    }
}
