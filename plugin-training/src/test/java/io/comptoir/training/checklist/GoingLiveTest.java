package io.comptoir.training.checklist;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;

import java.util.Set;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class GoingLiveTest {

    @EachDatabase
    void goingLiveIsRefusedWithEveryBlockingItemThenAllowedOnceNoneIsLeftAndOnlyThenDoShoppersSeeTheProducts(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.charters().publish("Charte des commerçants", "Je m'engage à **répondre** aux clients.", market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account staff = market.staff(shop, "Claire Martin");
            Product terrine = market.product(shop, "Terrine de campagne");

            assertThat(market.engine.onboarding().checklist(shop.id())).extracting(ChecklistItem::code).containsExactly(
                    "profile_complete", "products_published", "payout_account", "training_completed", "charter_accepted", "workshop_attended");
            assertThatThrownBy(() -> market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("activation_refused");
                        assertThat(e.details()).hasSize(5);
                        assertThat(e.details()).anySatisfy(item -> assertThat(item).startsWith("Profil de la boutique complet"));
                        assertThat(e.details()).anySatisfy(item -> assertThat(item).startsWith("Au moins 2 produits publiés"));
                        assertThat(e.details()).anySatisfy(item -> assertThat(item).startsWith("Coordonnées bancaires"));
                        assertThat(e.details()).anySatisfy(item -> assertThat(item)
                                .isEqualTo("Modules de formation obligatoires suivis : 0 module suivi sur 3 — reste : "
                                        + "Créer la page de votre boutique, Photographier vos produits, Gérer vos commandes"));
                        assertThat(e.details()).anySatisfy(item -> assertThat(item)
                                .isEqualTo("Charte du territoire acceptée : Version 1 à lire et accepter"));
                    });

            market.completeEngineItems(shop);
            market.completeAll(starter, shop, staff);
            assertThatThrownBy(() -> market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.details())
                            .containsExactly("Charte du territoire acceptée : Version 1 à lire et accepter"));
            assertThat(market.engine.catalogue().visibleProduct(terrine.id())).isEmpty();
            market.engine.refreshSearch();
            assertThat(market.engine.search().search(SearchQuery.all().withMerchants(Set.of(shop.id()))).total()).isZero();

            market.charters().accept(shop.id(), 1, actor(staff));
            assertThat(market.engine.onboarding().blocking(shop.id())).isEmpty();
            assertThat(market.engine.merchants().activationDecision(shop.id()).isAllowed()).isTrue();
            assertThat(market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor()).status())
                    .isEqualTo(MerchantStatus.LIVE);

            assertThat(market.engine.catalogue().visibleProduct(terrine.id())).isPresent();
            market.engine.refreshSearch();
            assertThat(market.engine.search().search(SearchQuery.text("terrine")).items())
                    .anySatisfy(document -> assertThat(document.productId()).isEqualTo(terrine.id()));
            assertThat(market.engine.search().search(SearchQuery.all().withMerchants(Set.of(shop.id()))).total()).isEqualTo(3);
        }
    }
}
