package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.fraud.Requester;
import io.comptoir.vouchers.voucher.BalanceCheck;
import io.comptoir.vouchers.voucher.Voucher;
import io.comptoir.vouchers.voucher.VoucherStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

final class PointOfSaleSaleTest {

    @EachDatabase
    void aBoostedSaleIssuesAVoucherWorthTwelveForTenAndCommitsTheTopUp(TestDatabase db) {
        try (Market market = new Market(db)) {
            Sale sale = market.sellBooster(1);

            Voucher voucher = sale.vouchers().get(0);
            assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.amountPaid()).isEqualTo(Money.euros(1000));
            assertThat(sale.subsidy()).isEqualTo(Money.euros(200));
            assertThat(voucher.face()).isEqualTo(Money.euros(1200));
            assertThat(voucher.balance()).isEqualTo(Money.euros(1200));
            assertThat(voucher.status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(voucher.expiresAt()).contains(Instant.parse("2027-02-28T23:00:00Z"));
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
            assertThat(market.audit().problems()).isEmpty();

            BalanceCheck check = market.vouchers().checkBalance(voucher.code().grouped().toLowerCase(), Requester.client("203.0.113.9"));
            assertThat(check.balance()).isEqualTo(Money.euros(1200));
            assertThat(check.lastDay()).contains(LocalDate.of(2027, 2, 28));
            assertThat(check.maskedCode()).startsWith("****-****-*").doesNotContain(voucher.code().value().substring(0, 8));
        }
    }

    @EachDatabase
    void anInStoreRedemptionSplitsTheAmountBetweenBuyerMoneyAndEachFunder(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();

            var receipt = market.redeem(market.shoesStaff, market.shoes, voucher, 1200);

            assertThat(receipt.balanceAfter()).isEqualTo(Money.euros(0));
            assertThat(receipt.redemption().buyerPart()).isEqualTo(Money.euros(1000));
            assertThat(receipt.redemption().subsidyPart()).isEqualTo(Money.euros(200));
            assertThat(market.reload(voucher).status()).isEqualTo(VoucherStatus.SPENT);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void giftVouchersAreValidTwelveMonthsFromTheirSale(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.sellGift(2000, Optional.of("Claire@Example.org")).vouchers().get(0);

            assertThat(voucher.expiresAt()).contains(Instant.parse("2027-11-20T23:00:00Z"));
            assertThat(voucher.holderEmail()).contains("claire@example.org");
            assertThat(market.programmes().budget(market.gift.id()).committed()).isEqualTo(Money.euros(0));
        }
    }
}
