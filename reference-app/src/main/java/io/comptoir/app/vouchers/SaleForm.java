package io.comptoir.app.vouchers;

import io.comptoir.app.web.FormParams;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The till's form as typed: the voucher chosen ({@code programmeId:denominationId}), how many, the buyer if given, and
 * the sale key the page was rendered with — a double submit or a retry sends the same key and gets the same sale.
 */
record SaleForm(String offer, String quantity, String buyerEmail, String buyerPhone, String saleKey) {
    static final int MAX_QUANTITY = 100;

    SaleForm {
        requireNonNull(offer, "offer is null");
        requireNonNull(quantity, "quantity is null");
        requireNonNull(buyerEmail, "buyerEmail is null");
        requireNonNull(buyerPhone, "buyerPhone is null");
        requireNonNull(saleKey, "saleKey is null");
    }

    static SaleForm blank() {
        return new SaleForm("", "1", "", "", UUID.randomUUID().toString());
    }

    static SaleForm read(Context ctx) {
        FormParams form = new FormParams(ctx);
        return new SaleForm(form.raw("offer"), form.raw("quantity"), form.raw("buyerEmail"), form.raw("buyerPhone"), form.raw("saleKey"));
    }

    /** The same values with a fresh key, to show again after a refusal (nothing was sold under the old one). */
    SaleForm again() {
        return new SaleForm(offer, quantity, buyerEmail, buyerPhone, UUID.randomUUID().toString());
    }

    int parsedQuantity() {
        if (!quantity.matches("[0-9]{1,4}") || Integer.parseInt(quantity) < 1 || Integer.parseInt(quantity) > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "invalid_quantity", "quantity must be a whole number from 1 to " + MAX_QUANTITY);
        }
        return Integer.parseInt(quantity);
    }

    String checkedKey() {
        if (saleKey.isEmpty() || saleKey.length() > 100) {
            throw new InvalidInputException("saleKey", "invalid_idempotency_key", "the form lost its sale key: reload the page");
        }
        return saleKey;
    }

    static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
