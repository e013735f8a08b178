package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/**
 * The till: the vouchers on sale, the sale form and the day so far.
 *
 * @param today e.g. "3 bons vendus · 30,00 € à remettre"
 */
public record TillView(BackOfficeFrame frame, List<Choice> choices, String quantity, String buyerEmail, String buyerPhone, String saleKey,
                       String action, String today, String dayUrl, String stockUrl) {

    /** The most vouchers one sale may hold, as the quantity field's {@code max}. */
    public String maxQuantity() {
        return String.valueOf(SaleForm.MAX_QUANTITY);
    }

    /** A voucher the operator may choose. */
    public record Choice(String key, String id, String programme, String label, String note, boolean soldOut, boolean checked) {
    }
}
