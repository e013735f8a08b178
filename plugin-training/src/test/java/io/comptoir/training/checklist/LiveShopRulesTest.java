package io.comptoir.training.checklist;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.ShopOnboarding;
import io.comptoir.training.api.TrainingModule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class LiveShopRulesTest {

    private static Merchant liveShop(TestMarketplace market, TestMarketplace.Starter starter, Account staff, Merchant shop) {
        market.completeEngineItems(shop);
        market.completeAll(starter, shop, staff);
        market.charters().accept(shop.id(), market.charters().current().orElseThrow().version(), actor(staff));
        Merchant live = market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor());
        market.engine.deliverPendingEvents();
        return live;
    }

    private static ChecklistItem item(TestMarketplace market, Merchant shop, String code) {
        return market.engine.onboarding().checklist(shop.id()).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @EachDatabase
    void aLiveShopStaysLiveWhenAModuleBecomesRequiredAndGetsTheGracePeriodButASuspendedShopMustCompleteItToComeBack(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.charters().publish("Charte", "Je m'engage.", market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account staff = market.staff(shop, "Claire Martin");
            liveShop(market, starter, staff, shop);

            market.clock.advance(Duration.ofDays(10));
            TrainingModule vouchers = market.courses().createModule(starter.course().id(),
                    TestMarketplace.module("Accepter les chèques cadeaux du territoire", List.of(), Optional.empty()), market.adminActor());

            assertThat(market.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);
            ChecklistItem todo = item(market, shop, TrainingRequirements.TRAINING);
            assertThat(todo.blocking()).isFalse();
            assertThat(todo.done()).isFalse();
            // Required from Monday 7 December 2026: 90 days of grace.
            assertThat(todo.detail()).isEqualTo("À suivre avant le 07/03/2027 : Accepter les chèques cadeaux du territoire");
            assertThat(market.engine.onboarding().blocking(shop.id())).isEmpty();
            assertThat(market.reports().pipeline(market.adminActor()).liveOverdue()).isEmpty();

            market.clock.advance(Duration.ofDays(91));
            assertThat(item(market, shop, TrainingRequirements.TRAINING).detail())
                    .isEqualTo("En retard depuis le 07/03/2027 : Accepter les chèques cadeaux du territoire");
            assertThat(market.reports().pipeline(market.adminActor()).liveOverdue()).extracting(ShopOnboarding::shop).containsExactly(shop.id());
            assertThat(market.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);

            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, market.adminActor());
            assertThat(item(market, shop, TrainingRequirements.TRAINING).blocking()).isTrue();
            assertThatThrownBy(() -> market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.details()).containsExactly(
                            "Modules de formation obligatoires suivis : 3 modules suivis sur 4 — reste : Accepter les chèques cadeaux du territoire"));

            market.learning().completeReading(vouchers.id(), shop.id(), actor(staff));
            assertThat(market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()).status())
                    .isEqualTo(MerchantStatus.LIVE);
        }
    }

    @EachDatabase
    void aNewCharterVersionAsksEveryShopAgainWithoutSuspendingLiveShops(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.charters().publish("Charte", "Je m'engage à répondre sous 48 heures.", market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account staff = market.staff(shop, "Claire Martin");
            Merchant training = market.onboardingShop("Fromagerie Bocquet");
            Account trainee = market.staff(training, "Paul Bocquet");
            liveShop(market, starter, staff, shop);
            market.charters().accept(training.id(), 1, actor(trainee));

            CharterVersion second = market.charters().publish("Charte", "Je m'engage à répondre sous 24 heures.", market.adminActor());

            assertThat(second.version()).isEqualTo(2);
            assertThat(market.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);
            ChecklistItem live = item(market, shop, TrainingRequirements.CHARTER);
            assertThat(live).extracting(ChecklistItem::blocking, ChecklistItem::done, ChecklistItem::detail)
                    .containsExactly(false, false, "Nouvelle version 2 à accepter (version 1 acceptée)");
            assertThat(item(market, training, TrainingRequirements.CHARTER).blocks()).isTrue();

            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, market.adminActor());
            assertThatThrownBy(() -> market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.details())
                            .containsExactly("Charte du territoire acceptée : Nouvelle version 2 à accepter (version 1 acceptée)"));
            assertThatThrownBy(() -> market.charters().accept(shop.id(), 1, actor(staff)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("charter_outdated"));
            assertThat(market.charters().accept(shop.id(), 2, actor(staff)).version()).isEqualTo(2);
            assertThat(market.charters().latestAcceptance(shop.id(), actor(staff))).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(2));
            assertThat(market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()).status())
                    .isEqualTo(MerchantStatus.LIVE);
        }
    }

    @EachDatabase
    void withoutRequiredTrainingOrCharterTheTrainingItemsAreDoneAndOnlyTheEnginesRemain(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            assertThat(item(market, shop, TrainingRequirements.TRAINING)).extracting(ChecklistItem::done, ChecklistItem::detail)
                    .containsExactly(true, "Aucun module obligatoire");
            assertThat(item(market, shop, TrainingRequirements.CHARTER)).extracting(ChecklistItem::done, ChecklistItem::detail)
                    .containsExactly(true, "Pas de charte publiée");
            market.completeEngineItems(shop);
            assertThat(market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()).status())
                    .isEqualTo(MerchantStatus.LIVE);
        }
    }
}
