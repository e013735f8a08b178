package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.engine.api.merchant.OnboardingRequirements;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/**
 * The {@link OnboardingChecklist}: the engine's own requirements (a complete profile, enough products published, bank
 * details for payouts), then those plugins registered.
 */
public final class EngineOnboardingChecklist implements OnboardingChecklist {
    public static final int DEFAULT_MIN_PRODUCTS = 5;
    private static final int MIN_DESCRIPTION = 30;

    private final MerchantDirectory merchants;
    private final Catalogue catalogue;
    private final int minProducts;
    private final List<OnboardingRequirements> contributed = new CopyOnWriteArrayList<>();

    public EngineOnboardingChecklist(MerchantDirectory merchants, Catalogue catalogue, int minProducts) {
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        if (minProducts < 0) {
            throw new IllegalArgumentException("onboarding.min-products must not be negative");
        }
        this.minProducts = minProducts;
    }

    public void register(OnboardingRequirements requirements) {
        contributed.add(requireNonNull(requirements, "requirements is null"));
    }

    @Override
    public List<ChecklistItem> checklist(MerchantId id) {
        Merchant merchant = merchants.require(id);
        List<ChecklistItem> items = new ArrayList<>(engineItems(merchant));
        for (OnboardingRequirements requirements : contributed) {
            items.addAll(requirements.evaluate(merchant));
        }
        return items;
    }

    private List<ChecklistItem> engineItems(Merchant merchant) {
        List<String> missing = new ArrayList<>();
        if (merchant.description().strip().length() < MIN_DESCRIPTION) {
            missing.add("une description d'au moins " + MIN_DESCRIPTION + " caractères");
        }
        if (merchant.openingHours().isEmpty()) {
            missing.add("les horaires d'ouverture");
        }
        if (merchant.photo().isEmpty()) {
            missing.add("une photo de la boutique");
        }
        int published = catalogue.countProductsOf(merchant.id(), false);
        return List.of(
                new ChecklistItem("profile_complete", "Profil de la boutique complet", true, missing.isEmpty(),
                        missing.isEmpty() ? "" : "À compléter : " + String.join(", ", missing)),
                new ChecklistItem("products_published", "Au moins " + minProducts + " produits publiés", true, published >= minProducts,
                        published + " produit" + (published > 1 ? "s" : "") + " publié" + (published > 1 ? "s" : "") + " sur " + minProducts),
                new ChecklistItem("payout_account", "Coordonnées bancaires pour les reversements", true,
                        merchants.payoutAccount(merchant.id()).isPresent(), ""));
    }
}
