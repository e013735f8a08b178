package io.comptoir.app.shopping;

import io.comptoir.app.catalogue.HoursTable;
import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.OrderAdjustment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The checkout page: each shop of the cart with how its part reaches the shopper, the totals of the choices made, and
 * the ways to pay.
 *
 * @param idempotencyKey made when the page is rendered: submitting the page twice makes one order
 * @param cartVersion the digest of the cart the page shows, sent back to check it did not change
 * @param mainTenders the provider ids of the main tenders offered ({@code sandbox-card}, {@code pay-at-pickup})
 * @param tender the main tender selected
 * @param takesVouchers whether a voucher provider runs: the page then asks for voucher codes
 * @param voucherCodes the codes typed so far
 * @param notices what changed in the cart since the shopper last saw it
 * @param payment which shops refuse which way to pay, and why
 */
public record CheckoutView(Page page, List<ShopSection> shops, Money subtotal, Money deliveryFees, Money total, String idempotencyKey,
                           String cartVersion, List<String> mainTenders, String tender, boolean takesVouchers, List<String> voucherCodes,
                           FormState form, List<String> notices, PaymentChoices payment) {
    public CheckoutView {
        requireNonNull(page, "page is null");
        shops = List.copyOf(shops);
        requireNonNull(total, "total is null");
        mainTenders = List.copyOf(mainTenders);
        voucherCodes = List.copyOf(voucherCodes);
        requireNonNull(form, "form is null");
        notices = List.copyOf(notices);
        requireNonNull(payment, "payment is null");
    }

    /** Whether a main tender is offered and every shop of the basket accepts it. */
    public boolean allowed(String tender) {
        return mainTenders.contains(tender) && payment.allowedMainTenders().contains(tender);
    }

    /** Whether payment at pickup is allowed: every shop accepts it, and no shop's part is delivered. */
    public boolean payAtPickupAllowed() {
        return allowed(Tenders.PAY_AT_PICKUP) && shops.stream().noneMatch(ShopSection::delivered);
    }

    /** Why shops of the basket refuse a way to pay, one sentence per shop; empty when none does. */
    public List<String> refusals(String method) {
        return payment.way(method).map(PaymentChoices.Way::messages).orElse(List.of());
    }

    /** Whether the page asks for voucher codes: vouchers run and a shop of the basket takes them. */
    public boolean vouchersUsable() {
        return takesVouchers && payment.vouchersUsable(shops.size());
    }

    /** The adjustments of every shop's part, in the order of the shops. */
    public List<OrderAdjustment> adjustments() {
        return shops.stream().flatMap(shop -> shop.adjustments().stream()).toList();
    }

    public boolean offers(String provider) {
        return mainTenders.contains(provider);
    }

    /** The voucher fields to show: those typed, then an empty one. */
    public List<String> voucherFields() {
        List<String> fields = new java.util.ArrayList<>(voucherCodes);
        if (fields.size() < Tenders.MAX_VOUCHERS) {
            fields.add("");
        }
        return fields;
    }

    /**
     * One shop's part.
     *
     * @param method {@link CheckoutForm#COLLECT} or {@link CheckoutForm#DELIVER}
     * @param address the delivery fields as typed ({@code recipient}, {@code street}...)
     * @param error what is wrong with this shop's choice, in words, or an empty text
     * @param adjustments the discounts and surcharges plugins' checkout hooks would make; {@code total} counts them
     */
    public record ShopSection(long merchantId, String name, String url, String street, String postalCode, String communeName,
                              HoursTable hours, boolean collectOffered, Optional<DeliveryOffer> delivery, String method,
                              Money subtotal, Money fee, List<OrderAdjustment> adjustments, Money total, List<Item> items,
                              Map<String, String> address, String error) {
        public ShopSection {
            adjustments = List.copyOf(adjustments);
            items = List.copyOf(items);
            address = Map.copyOf(address);
        }

        public boolean delivered() {
            return method.equals(CheckoutForm.DELIVER);
        }

        public String field(String name) {
            return address.getOrDefault(name, "");
        }
    }

    /** A shop's delivery round: its fee, the fee of this order, and the communes it serves. */
    public record DeliveryOffer(Money fee, Optional<Money> freeFrom, Money feeForThisOrder, List<Commune> communes) {
        public DeliveryOffer {
            communes = List.copyOf(communes);
        }
    }

    public record Commune(String insee, String name, boolean selected) {
    }

    public record Item(String name, String variantLabel, int quantity, Money total) {
    }
}
