package io.comptoir.app.shopping;

import io.comptoir.app.web.Localizer;
import io.comptoir.engine.api.payment.PaymentRefusal;

import static java.util.Objects.requireNonNull;

/**
 * The ways to pay in words, in the reader's language: their names ({@code payment.method.<id>}), the phrase a sentence uses
 * ({@code payment.method.<id>.phrase}, "le paiement au retrait") and why a shop refuses one ({@code payment.refusal.<code>},
 * with the shop, the phrase and the provider's own reason as arguments). The engine's ways to pay have their texts here; a
 * plugin's feature gives those of its way to pay and of its refusal codes in its own bundle (it runs exactly when its provider
 * does). A way to pay or a code without a text falls back to the provider's name and reason.
 */
public final class PaymentTexts {
    private final Localizer texts;

    public PaymentTexts(Localizer texts) {
        this.texts = requireNonNull(texts, "texts is null");
    }

    /** "Paiement au retrait". */
    public String name(String method, String displayName) {
        String key = "payment.method." + method;
        return texts.has(key) ? texts.t(key) : displayName;
    }

    /** "le paiement au retrait", as a sentence names it. */
    public String phrase(String method, String displayName) {
        String key = "payment.method." + method + ".phrase";
        return texts.has(key) ? texts.t(key) : displayName;
    }

    /** "La boutique Le Rucher n’accepte pas le paiement au retrait." */
    public String refusal(String shopName, String method, String displayName, PaymentRefusal refusal) {
        String key = "payment.refusal." + refusal.code();
        return texts.t(texts.has(key) ? key : "payment.refusal.other", shopName, phrase(method, displayName), refusal.reason());
    }

    /** Why a provider declines the reader's own shop, for its staff: "Les bons d’achat ne peuvent pas encore vous payer : …". */
    public String declined(String method, String displayName, PaymentRefusal refusal) {
        String key = "bo.payment.declined." + refusal.code();
        return texts.t(texts.has(key) ? key : "bo.payment.declined.other", name(method, displayName), refusal.reason());
    }

    /** "Le Rucher accepte : paiement au retrait, carte bancaire", for a basket to split. */
    public String shopAccepts(String shopName, String names) {
        return texts.t("payment.split.shopAccepts", shopName, names);
    }

    /** A shop that accepts none of the ways to pay that could pay the rest of a basket. */
    public String shopAcceptsNothing(String shopName) {
        return texts.t("payment.split.shopAcceptsNothing", shopName);
    }
}
