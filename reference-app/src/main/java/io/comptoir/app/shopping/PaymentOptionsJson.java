package io.comptoir.app.shopping;

import io.comptoir.engine.api.cart.Cart;

import java.util.List;

/**
 * {@code GET /api/v1/checkout/payment-options}: each way to pay for the shopper's basket, with the shops that refuse it and
 * why in the reader's language, and what to do when no way to pay suits every shop.
 *
 * @param notices what changed in the cart since it was last read (reading it here reports them, as reading the cart does)
 */
public record PaymentOptionsJson(List<MethodJson> methods, boolean splitSuggested, List<String> splitAdvice, List<CartJson.NoticeJson> notices) {

    /**
     * @param provider the tender's {@code provider} at checkout
     * @param partial a voucher: it pays the shops that take it, another way pays the rest
     */
    public record MethodJson(String provider, String name, boolean partial, boolean acceptedByEveryShop, List<RefusalJson> refusals) {
    }

    public record RefusalJson(long merchantId, String merchantName, String code, String message) {
    }

    static PaymentOptionsJson of(PaymentChoices choices, Cart cart) {
        return new PaymentOptionsJson(choices.ways().stream().map(way -> new MethodJson(way.method(), way.name(), way.partial(),
                way.acceptedByEveryShop(), way.refusals().stream().map(refusal -> new RefusalJson(refusal.merchant().value(),
                        refusal.merchantName(), refusal.code(), refusal.message())).toList())).toList(),
                choices.splitSuggested(), choices.splitAdvice(), cart.notices().stream().map(CartJson.NoticeJson::of).toList());
    }
}
