package io.comptoir.vouchers.expiry;

import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherReports;
import io.comptoir.vouchers.api.VoucherStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

final class ExpiryTest {

    @EachDatabase
    void afterTheDeadlineTheUnspentTopUpGoesBackToTheBudgetAndTheBuyersMoneyToBreakage(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher unused = market.oneBooster();
            Voucher halfUsed = market.oneBooster();
            Voucher spent = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, halfUsed, 600);
            market.redeem(market.shoesStaff, market.shoes, spent, 1200);

            market.clock.set(Instant.parse("2027-02-28T22:59:00Z"));
            assertThat(market.jobs().expireDue()).isZero();
            market.clock.set(Instant.parse("2027-02-28T23:00:00Z"));
            assertThat(market.jobs().expireDue()).isEqualTo(2);
            assertThat(market.jobs().expireDue()).isZero();

            assertThat(market.reload(unused).status()).isEqualTo(VoucherStatus.EXPIRED);
            assertThat(market.reload(unused).balance()).isEqualTo(Money.euros(0));
            assertThat(market.reload(halfUsed).status()).isEqualTo(VoucherStatus.EXPIRED);
            assertThat(market.reload(spent).status()).isEqualTo(VoucherStatus.SPENT);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200 + 100));
            ProgrammeDashboard dashboard = market.engine.service(VoucherReports.class).dashboard(market.booster.id());
            assertThat(dashboard.breakage()).isEqualTo(Money.euros(1000 + 500));
            assertThat(dashboard.outstanding()).isEqualTo(Money.euros(0));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void holdersKnownByMailAreRemindedThirtyAndSevenDaysBeforeTheDeadlineOnceEach(TestDatabase db) {
        try (Market market = new Market(db)) {
            long denomination = market.booster.denominations().get(0).id();
            for (int i = 0; i < 2; i++) {
                market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(), denomination, 1,
                        Optional.of("claire@example.org"), Optional.empty(), UUID.randomUUID().toString()));
            }
            Voucher spent = market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 1, Optional.of("claire@example.org"), Optional.empty(), UUID.randomUUID().toString())).sale().vouchers().get(0);
            market.redeem(market.shoesStaff, market.shoes, spent, 1200);
            market.oneBooster();

            market.clock.set(Instant.parse("2027-01-29T22:00:00Z"));
            assertThat(market.jobs().sendReminders()).isZero();
            market.clock.set(Instant.parse("2027-01-29T23:30:00Z"));
            assertThat(market.jobs().sendReminders()).isEqualTo(1);
            assertThat(market.jobs().sendReminders()).isZero();
            market.clock.advance(Duration.ofDays(10));
            assertThat(market.jobs().sendReminders()).isZero();
            market.clock.set(Instant.parse("2027-02-21T23:00:00Z"));
            assertThat(market.jobs().sendReminders()).isEqualTo(1);
            market.clock.advance(Duration.ofDays(1));
            assertThat(market.jobs().sendReminders()).isZero();
            market.engine.deliverPendingEvents();
            market.engine.deliverPendingEvents();

            List<SentMail> mails = market.engine.mailOutbox().sentTo("claire@example.org", 10);
            assertThat(mails).extracting(mail -> mail.mail().subject())
                    .containsExactlyInAnyOrder("Vos bons d'achat expirent dans 30 jours", "Vos bons d'achat expirent dans 7 jours");
            assertThat(mails).allSatisfy(mail -> {
                assertThat(mail.mail().body()).contains("12,00").contains("28/02/2027").doesNotContain(spent.code().masked());
                assertThat(mail.mail().body().lines().filter(line -> line.startsWith("• "))).hasSize(2);
            });
        }
    }

    @EachDatabase
    void aVoucherSoldWithinSevenDaysOfItsDeadlineGetsOnlyTheLastReminder(TestDatabase db) {
        try (Market market = new Market(db)) {
            market.clock.set(Instant.parse("2027-02-25T10:00:00Z"));
            market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    market.booster.denominations().get(0).id(), 1, Optional.of("late@example.org"), Optional.empty(), UUID.randomUUID().toString()));

            assertThat(market.jobs().sendReminders()).isEqualTo(1);
            assertThat(market.jobs().sendReminders()).isZero();
            market.engine.deliverPendingEvents();

            assertThat(market.engine.mailOutbox().sentTo("late@example.org", 10)).extracting(mail -> mail.mail().subject())
                    .containsExactly("Vos bons d'achat expirent dans 7 jours");
        }
    }

    @EachDatabase
    void aHolderWhoseAccountReadsEnglishIsRemindedInEnglish(TestDatabase db) {
        try (Market market = new Market(db)) {
            market.engine.accounts().register("oliver@example.org", "correct horse battery", "Oliver Smith", java.util.Locale.ENGLISH);
            market.clock.set(Instant.parse("2027-02-25T10:00:00Z"));
            market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    market.booster.denominations().get(0).id(), 1, Optional.of("oliver@example.org"), Optional.empty(), UUID.randomUUID().toString()));

            assertThat(market.jobs().sendReminders()).isEqualTo(1);
            market.engine.deliverPendingEvents();

            assertThat(market.engine.mailOutbox().sentTo("oliver@example.org", 10)).singleElement().satisfies(mail -> {
                assertThat(mail.mail().subject()).isEqualTo("Your vouchers expire in 7 days");
                assertThat(mail.mail().body()).startsWith("Hello,").contains("€12.00", "valid until 28 February 2027 included")
                        .doesNotContain("Bonjour");
            });
        }
    }
}
