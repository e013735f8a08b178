package io.comptoir.training.membership;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.MembershipStatement;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.Waiver;
import io.comptoir.training.api.WaiverDraft;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class MembershipTest {

    @EachDatabase
    void theSubscriptionIsOfferedUntilTheWaiverEndsThenDueEveryMonthTheShopIsLive(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 11), market.adminActor());
            Merchant live = market.shop("Épicerie du Marché", MerchantStatus.LIVE);
            Merchant training = market.onboardingShop("Fromagerie Bocquet");
            Account claire = market.staff(live, "Claire Martin");
            market.engine.deliverPendingEvents();
            Waiver offered = market.memberships().grantWaiver(new WaiverDraft(Optional.empty(), LocalDate.of(2026, 11, 1),
                    LocalDate.of(2027, 6, 30), "Abonnement offert par la CAPSO et la CCPL"), market.adminActor());

            MembershipStatus june = market.memberships().status(live.id(), YearMonth.of(2027, 6), actor(claire));
            assertThat(june.state()).isEqualTo(MembershipState.WAIVED);
            assertThat(june.amountDue()).isEqualTo(Money.euros(0));
            assertThat(june.waiver()).contains(offered);
            MembershipStatus july = market.memberships().status(live.id(), YearMonth.of(2027, 7), actor(claire));
            assertThat(july.state()).isEqualTo(MembershipState.DUE);
            assertThat(july.amountDue()).isEqualTo(Money.euros(2900));
            assertThat(market.memberships().status(training.id(), YearMonth.of(2027, 7), market.adminActor()).state())
                    .isEqualTo(MembershipState.NOT_LIVE);
            assertThat(market.memberships().status(live.id(), YearMonth.of(2026, 10), market.adminActor()).state())
                    .isEqualTo(MembershipState.NO_PLAN);

            MembershipStatement statement = market.memberships().statement(YearMonth.of(2027, 7), market.adminActor());
            assertThat(statement.totalDue()).isEqualTo(Money.euros(2900));
            assertThat(statement.counts()).containsEntry(MembershipState.DUE, 1).containsEntry(MembershipState.NOT_LIVE, 1);

            Waiver revoked = market.memberships().revokeWaiver(offered.id(), market.adminActor());
            assertThat(revoked.revokedAt()).isPresent();
            assertThat(market.memberships().status(live.id(), YearMonth.of(2027, 6), actor(claire)).state()).isEqualTo(MembershipState.DUE);
            assertThat(market.memberships().revokeWaiver(offered.id(), market.adminActor())).isEqualTo(revoked);
        }
    }

    @EachDatabase
    void aShopOwesOnlyForMonthsItWasLiveAndAShopWaiverCoversOnlyItself(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 11), market.adminActor());
            market.memberships().setPlan(Money.euros(3500), YearMonth.of(2027, 9), market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Merchant other = market.shop("Fromagerie Bocquet", MerchantStatus.LIVE);
            market.completeEngineItems(shop);
            market.clock.set(java.time.Instant.parse("2027-01-10T10:00:00Z"));
            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor());
            market.clock.set(java.time.Instant.parse("2027-03-31T21:30:00Z"));
            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, market.adminActor());
            market.engine.deliverPendingEvents();
            market.memberships().grantWaiver(new WaiverDraft(Optional.of(other.id()), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15),
                    "Fermeture pour travaux"), market.adminActor());

            assertThat(state(market, shop, 2026, 12)).isEqualTo(MembershipState.NOT_LIVE);
            assertThat(state(market, shop, 2027, 1)).isEqualTo(MembershipState.DUE);
            // Suspended at 23:30 in Paris on 31 March: live in March, not in April.
            assertThat(state(market, shop, 2027, 3)).isEqualTo(MembershipState.DUE);
            assertThat(state(market, shop, 2027, 4)).isEqualTo(MembershipState.NOT_LIVE);
            assertThat(state(market, other, 2027, 1)).isEqualTo(MembershipState.WAIVED);
            assertThat(state(market, other, 2027, 2)).isEqualTo(MembershipState.DUE);
            assertThat(market.memberships().status(other.id(), YearMonth.of(2027, 9), market.adminActor()).amountDue()).isEqualTo(Money.euros(3500));
            assertThat(market.memberships().planFor(YearMonth.of(2027, 8)).orElseThrow().monthlyPrice()).isEqualTo(Money.euros(2900));
        }
    }

    private static MembershipState state(TestMarketplace market, Merchant shop, int year, int month) {
        return market.memberships().status(shop.id(), YearMonth.of(year, month), market.adminActor()).state();
    }

    @EachDatabase
    void plansAndWaiversAreForAdminsAndRefuseBadValuesStoringNothing(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            assertThatThrownBy(() -> market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 12), actor(claire)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.memberships().setPlan(Money.euros(-1), YearMonth.of(2026, 12), market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("monthlyPrice"));
            assertThatThrownBy(() -> market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 10), market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("from"));
            assertThat(market.memberships().plans()).isEmpty();
            market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 12), market.adminActor());
            assertThatThrownBy(() -> market.memberships().setPlan(Money.of(2900, "CHF"), YearMonth.of(2027, 1), market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("monthlyPrice"));

            assertThatThrownBy(() -> market.memberships().grantWaiver(new WaiverDraft(Optional.empty(), LocalDate.of(2027, 1, 1),
                    LocalDate.of(2026, 12, 31), "Offert"), market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("until"));
            assertThatThrownBy(() -> market.memberships().grantWaiver(new WaiverDraft(Optional.empty(), LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), " "), market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("reason"));
            assertThatThrownBy(() -> market.memberships().grantWaiver(new WaiverDraft(Optional.empty(), LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "Offert"), actor(claire))).isInstanceOf(AccessDeniedException.class);
            assertThat(market.memberships().waivers(Optional.empty(), market.adminActor())).isEmpty();

            Merchant other = market.onboardingShop("Fromagerie Bocquet");
            assertThatThrownBy(() -> market.memberships().status(other.id(), YearMonth.of(2027, 1), actor(claire)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.memberships().statement(YearMonth.of(2027, 1), actor(claire)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
