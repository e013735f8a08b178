package io.comptoir.training;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.nextMonday;
import static org.assertj.core.api.Assertions.assertThat;

/** The plugin's calendar rules read in the marketplace's zone, here La Réunion's (UTC+4 all year, Paris is UTC+1 in winter). */
final class MarketZoneTest {
    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");

    @EachDatabase
    void aMonthOfMembershipIsAMonthOfTheMarketplacesZone(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, REUNION)) {
            market.memberships().setPlan(Money.euros(2900), YearMonth.of(2026, 11), market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            market.completeEngineItems(shop);
            market.clock.set(Instant.parse("2027-01-10T10:00:00Z"));
            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, market.adminActor());
            // 1 April, 00:30 in La Réunion (still 31 March, 22:30 in Paris): the shop was live on a day of April
            market.clock.set(Instant.parse("2027-03-31T20:30:00Z"));
            market.engine.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, market.adminActor());
            market.engine.deliverPendingEvents();

            assertThat(state(market, shop, 2027, 3)).isEqualTo(MembershipState.DUE);
            assertThat(state(market, shop, 2027, 4)).isEqualTo(MembershipState.DUE);
            assertThat(state(market, shop, 2027, 5)).isEqualTo(MembershipState.NOT_LIVE);
        }
    }

    @EachDatabase
    void aWorkshopsWallClockTimeAndItsDayAreThoseOfTheMarketplacesZone(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, REUNION)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account trainer = market.trainer("Julie Vandamme");
            WorkshopSession session = market.session(starter.page(), trainer, 2, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));

            // Monday 7 December 2026, 9:30 in La Réunion is 5:30 UTC
            assertThat(session.startsAt()).isEqualTo(Instant.parse("2026-12-07T05:30:00Z"));
            assertThat(market.workshops().sessions(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), market.adminActor()))
                    .extracting(WorkshopSession::id).containsExactly(session.id());
            assertThat(market.workshops().sessions(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6), market.adminActor())).isEmpty();
            assertThat(market.mailsTo(anna)).filteredOn(mail -> mail.mail().kind().equals("training_booking_confirmed"))
                    .singleElement().extracting(SentMail::mail).satisfies(mail -> assertThat(mail.body())
                            .contains("Quand : lundi 7 décembre 2026, de 09h30 à 12h00"));
        }
    }

    private static MembershipState state(TestMarketplace market, Merchant shop, int year, int month) {
        return market.memberships().status(shop.id(), YearMonth.of(year, month), market.adminActor()).state();
    }
}
