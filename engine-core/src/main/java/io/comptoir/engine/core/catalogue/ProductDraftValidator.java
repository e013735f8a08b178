package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.core.validation.Texts;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a product as written by a shop; names the first field at fault. */
final class ProductDraftValidator {
    static final int MAX_VARIANTS = 100;
    static final int MAX_IMAGES = 10;
    static final int MAX_STOCK = 1_000_000;
    static final long MAX_PRICE = 100_000_000L;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ProductDraftValidator() {
    }

    static void validate(ProductDraft draft, Currency currency) {
        Texts.require("name", draft.name(), 1, 200);
        Texts.require("description", draft.description(), 0, 8000);
        if (draft.variants().isEmpty()) {
            throw InvalidInputException.invalid("variants", "a product needs at least one variant");
        }
        if (draft.variants().size() > MAX_VARIANTS) {
            throw InvalidInputException.invalid("variants", "at most " + MAX_VARIANTS + " variants");
        }
        if (draft.images().size() > MAX_IMAGES) {
            throw InvalidInputException.invalid("images", "at most " + MAX_IMAGES + " pictures");
        }
        for (Image image : draft.images()) {
            Texts.require("images", image.assetKey(), 1, 300);
            Texts.require("images", image.altText(), 1, 300);
        }
        Set<String> skus = new HashSet<>();
        Set<String> optionSets = new HashSet<>();
        for (VariantDraft variant : draft.variants()) {
            if (!SKU.matcher(variant.sku()).matches()) {
                throw InvalidInputException.invalid("sku", "a SKU has 1 to 64 letters, digits, dots, dashes or underscores: " + variant.sku());
            }
            if (!skus.add(variant.sku())) {
                throw InvalidInputException.invalid("sku", "SKU " + variant.sku() + " appears twice");
            }
            if (!variant.price().currency().equals(currency)) {
                throw InvalidInputException.invalid("price", "prices are in " + currency.getCurrencyCode());
            }
            if (variant.price().isNegative() || variant.price().minorUnits() > MAX_PRICE) {
                throw InvalidInputException.invalid("price", "a price is between 0 and " + MAX_PRICE / 100 + " " + currency.getCurrencyCode());
            }
            if (variant.stock() < 0 || variant.stock() > MAX_STOCK) {
                throw InvalidInputException.invalid("stock", "a stock is between 0 and " + MAX_STOCK);
            }
            if (variant.options().size() > 5) {
                throw InvalidInputException.invalid("options", "at most 5 options per variant");
            }
            for (VariantOption option : variant.options()) {
                Texts.require("options", option.name(), 1, 60);
                Texts.require("options", option.value(), 1, 60);
            }
            if (!optionSets.add(variant.options().toString())) {
                throw InvalidInputException.invalid("options", "two variants have the same options " + variant.options());
            }
        }
    }

}
