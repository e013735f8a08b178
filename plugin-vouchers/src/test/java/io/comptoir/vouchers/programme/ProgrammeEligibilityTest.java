package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.VoucherProgramme;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shops and categories a programme names must exist, as its funders must: an unknown one is a 400 naming the list. */
final class ProgrammeEligibilityTest {
    private static final MerchantId NO_SHOP = new MerchantId(999_999);
    private static final CategoryId NO_CATEGORY = new CategoryId(888_888);

    @EachDatabase
    void aProgrammeNamingAnUnknownShopOrCategoryIsRefusedAndNothingIsStored(TestDatabase db) {
        try (Market market = new Market(db)) {
            refused("eligibility.optedIn", () -> market.programmes().create(market.giftLike("noel", "Bons de Noël", "",
                    new Eligibility(false, Set.of(market.shoes.id(), NO_SHOP), Set.of(), Set.of())), Market.ADMIN_ACTOR));
            refused("eligibility.optedOut", () -> market.programmes().create(market.giftLike("noel", "Bons de Noël", "",
                    Eligibility.allLiveShopsExcept(Set.of(NO_SHOP))), Market.ADMIN_ACTOR));
            refused("eligibility.categories", () -> market.programmes().create(market.giftLike("noel", "Bons de Noël", "",
                    new Eligibility(false, Set.of(), Set.of(), Set.of(market.foodCategory.id(), NO_CATEGORY))), Market.ADMIN_ACTOR));

            assertThat(market.programmes().programmes()).extracting(VoucherProgramme::slug).doesNotContain("noel");
        }
    }

    @EachDatabase
    void aProgrammeChangedToNameAnUnknownShopOrCategoryKeepsItsShops(TestDatabase db) {
        try (Market market = new Market(db)) {
            Eligibility before = market.gift.eligibility();

            refused("eligibility.optedIn", () -> market.programmes().update(market.gift.id(), market.giftLike(market.gift.slug(), market.gift.name(),
                    "", Eligibility.only(Set.of(NO_SHOP))), Market.ADMIN_ACTOR));
            refused("eligibility.optedOut", () -> market.programmes().update(market.gift.id(), market.giftLike(market.gift.slug(), market.gift.name(),
                    "", Eligibility.allLiveShopsExcept(Set.of(market.grocer.id(), NO_SHOP))), Market.ADMIN_ACTOR));
            refused("eligibility.categories", () -> market.programmes().update(market.gift.id(), market.giftLike(market.gift.slug(),
                    market.gift.name(), "", new Eligibility(false, Set.of(), Set.of(), Set.of(NO_CATEGORY))), Market.ADMIN_ACTOR));

            assertThat(market.programmes().require(market.gift.id()).eligibility()).isEqualTo(before);
        }
    }

    @EachDatabase
    void knownShopsAndCategoriesAreKept(TestDatabase db) {
        try (Market market = new Market(db)) {
            Eligibility eligibility = new Eligibility(false, Set.of(market.shoes.id()), Set.of(market.florist.id()), Set.of(market.foodCategory.id()));

            VoucherProgramme created = market.programmes().create(market.giftLike("noel", "Bons de Noël", "", eligibility), Market.ADMIN_ACTOR);

            assertThat(created.eligibility()).isEqualTo(eligibility);
            assertThat(market.programmes().accepts(created.id(), market.grocer.id())).isTrue();
            assertThat(market.programmes().accepts(created.id(), market.florist.id())).isFalse();
        }
    }

    private static void refused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field));
    }
}
