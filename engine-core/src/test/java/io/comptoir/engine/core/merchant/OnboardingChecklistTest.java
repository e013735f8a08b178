package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Optional;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OnboardingChecklistTest {

    @EachDatabase
    void theChecklistTracksProfileProductsAndBankDetailsThenWhatPluginsAdd(TestDatabase db) {
        EnginePlugin charter = new EnginePlugin() {
            @Override
            public String id() {
                return "charter";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerOnboardingRequirements(merchant -> List.of(new ChecklistItem("charter_accepted", "Charte acceptée", true, false, "")));
            }
        };
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .properties(Fixtures.CHEAP_PASSWORDS).property("onboarding.min-products", "2").plugin(charter).build()) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = engine.merchants().importMerchant(Fixtures.profile("Atelier Dupont", SAINT_OMER), MerchantStatus.ONBOARDING, false, ADMIN);

            assertThat(engine.onboarding().checklist(shop.id())).extracting(ChecklistItem::code, ChecklistItem::done).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("profile_complete", false),
                    org.assertj.core.groups.Tuple.tuple("products_published", false),
                    org.assertj.core.groups.Tuple.tuple("payout_account", false),
                    org.assertj.core.groups.Tuple.tuple("charter_accepted", false));
            assertThat(engine.onboarding().checklist(shop.id()).get(0).detail()).contains("photo");

            engine.merchants().updateProfile(shop.id(), MerchantProfile.of(shop)
                    .withDescription("Atelier de cordonnerie et de maroquinerie depuis trois générations.")
                    .withPhoto(Optional.of(new Image("0123456789abcdef-atelier.jpg", "La vitrine de l'atelier"))), ADMIN);
            fixtures.product(shop, "Ceinture", 3500, 2);
            fixtures.product(shop, "Portefeuille", 4500, 2);
            engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Atelier Dupont SARL", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP"), ADMIN);

            assertThat(engine.onboarding().blocking(shop.id())).extracting(ChecklistItem::code).containsExactly("charter_accepted");
            assertThat(engine.merchants().payoutAccount(shop.id())).contains(new BankAccount("Atelier Dupont SARL", "FR7630006000011234567890189", "AGRIFRPP"));
        }
    }

    @EachDatabase
    void aWrongIbanIsRefusedNamingTheField(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Merchant shop = Fixtures.on(engine).liveMerchant("Chaussures Martin", SAINT_OMER);
            assertThatThrownBy(() -> engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Martin", "FR7630006000011234567890188", ""), ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("iban"));
            assertThatThrownBy(() -> engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Martin", "FR7630006000011234567890189", "XX"), ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("bic"));
            assertThat(engine.merchants().payoutAccount(shop.id())).isEmpty();
        }
    }
}
