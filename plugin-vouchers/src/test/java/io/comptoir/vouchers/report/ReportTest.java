package io.comptoir.vouchers.report;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.DailySales;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Tally;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherReports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

final class ReportTest {

    @EachDatabase
    void theDashboardAddsUpSalesRedemptionsBudgetLiabilityAndLeverage(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher a = market.sellBooster(2).vouchers().get(0);
            Voucher b = market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, market.booster.id(),
                    market.booster.denominations().get(0).id(), 1, Optional.empty(), Optional.empty(), UUID.randomUUID().toString())).sale().vouchers().get(0);
            market.clock.advance(Duration.ofDays(1));
            Voucher c = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, a, 1200);
            market.redeem(market.grocerStaff, market.grocer, b, 600);
            market.redeem(market.shoesStaff, market.shoes, c, 600);

            ProgrammeDashboard dashboard = market.engine.service(VoucherReports.class).dashboard(market.booster.id());

            assertThat(dashboard.vouchersSold()).isEqualTo(4);
            assertThat(dashboard.faceSold()).isEqualTo(Money.euros(4800));
            assertThat(dashboard.buyerMoney()).isEqualTo(Money.euros(4000));
            assertThat(dashboard.budget().committed()).isEqualTo(Money.euros(800));
            assertThat(dashboard.budget().remaining()).isEqualTo(Money.euros(100_000_00 - 800));
            assertThat(dashboard.redeemed()).isEqualTo(Money.euros(2400));
            assertThat(dashboard.subsidyConsumed()).isEqualTo(Money.euros(400));
            assertThat(dashboard.outstanding()).isEqualTo(Money.euros(4800 - 2400));
            assertThat(dashboard.breakage()).isEqualTo(Money.euros(0));
            assertThat(dashboard.leverage()).contains(new BigDecimal("6.00"));
            assertThat(dashboard.potentialLeverage()).contains(new BigDecimal("6.00"));
            assertThat(dashboard.salesPerDay()).extracting(DailySales::day, DailySales::vouchers)
                    .containsExactly(tuple(LocalDate.of(2026, 11, 20), 3L), tuple(LocalDate.of(2026, 11, 21), 1L));
            assertThat(dashboard.salesPerPointOfSale()).extracting(Tally::label, Tally::count)
                    .containsExactlyInAnyOrder(tuple("Tabac de la Place", 3L), tuple("Maison de la Presse", 1L));
            assertThat(dashboard.redeemedPerShop()).extracting(Tally::label, Tally::count, Tally::amount)
                    .containsExactly(tuple("Chaussures Martin", 2L, Money.euros(1800)), tuple("Épicerie du Marché", 1L, Money.euros(600)));
            assertThat(dashboard.redeemedPerCategory()).extracting(Tally::label, Tally::amount)
                    .containsExactly(tuple("Mode et chaussures", Money.euros(1800)), tuple("Épicerie fine", Money.euros(600)));
            assertThat(dashboard.redeemedPerCommune()).extracting(Tally::label, Tally::amount)
                    .containsExactly(tuple("Saint-Omer", Money.euros(1800)), tuple("Arques", Money.euros(600)));
        }
    }
}
