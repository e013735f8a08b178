package io.comptoir.app.admin;

import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The territory's shops filtered by status and found by name: "boulangerie" finds "Boulangerie du Marché", "marche"
 * finds it too (case and accents do not matter). A territory has a few hundred shops, so the name is matched here
 * rather than in the directory.
 */
public final class ShopSearch {
    public static final int MAX_QUERY = 100;

    private final MerchantDirectory merchants;

    public ShopSearch(MerchantDirectory merchants) {
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    public List<Merchant> find(Optional<MerchantStatus> status, Optional<String> query) {
        MerchantFilter filter = status.map(s -> new MerchantFilter(EnumSet.of(s), Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE))
                .orElse(MerchantFilter.all());
        List<Merchant> shops = merchants.find(filter);
        if (query.isEmpty() || query.get().isBlank()) {
            return shops;
        }
        String wanted = fold(query.get());
        return shops.stream().filter(shop -> fold(shop.name()).contains(wanted) || fold(shop.slug()).contains(wanted)).toList();
    }

    /** Lower case without accents or punctuation runs, to compare names as people type them. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
