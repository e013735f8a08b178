package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.RefundRequest;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherLookup;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class StoreRedemptionTest {

    @EachDatabase
    void staffSeeTheBalanceRedeemPartOfItAndGetAReceipt(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();

            VoucherLookup lookup = market.store().lookup(market.shoes.id(), market.shoesStaff, voucher.code().value().toLowerCase(), "10.0.0.1");
            Receipt receipt = market.redeem(market.shoesStaff, market.shoes, voucher, 700);

            assertThat(lookup.balance()).isEqualTo(Money.euros(1200));
            assertThat(lookup.redeemable()).isTrue();
            assertThat(receipt.balanceAfter()).isEqualTo(Money.euros(500));
            assertThat(receipt.programmeName()).isEqualTo("Happy Kdo Booster");
            assertThat(receipt.redemption().maskedCode()).isEqualTo(voucher.code().masked());
            assertThat(receipt.redemption().buyerPart().plus(receipt.redemption().subsidyPart())).isEqualTo(Money.euros(700));
            assertThat(receipt.redemption().subsidyPart()).isEqualTo(Money.euros(117));
            assertThat(market.store().redemptionsOf(market.shoes.id(), market.shoesStaff, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                    .singleElement().extracting(Redemption::amount).isEqualTo(Money.euros(700));
            Receipt rest = market.redeem(market.grocerStaff, market.grocer, voucher, 500);
            assertThat(rest.balanceAfter()).isEqualTo(Money.euros(0));
            assertThat(receipt.redemption().subsidyPart().plus(rest.redemption().subsidyPart())).isEqualTo(Money.euros(200));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aRetriedRedemptionReturnsTheFirstReceiptAndRedeemsOnce(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            RedeemRequest request = new RedeemRequest(market.shoes.id(), market.shoesStaff, voucher.code().grouped(), Money.euros(400),
                    "caisse-1-000042", "10.0.0.1");

            Receipt first = market.store().redeem(request);
            Receipt again = market.store().redeem(request);

            assertThat(again.replayed()).isTrue();
            assertThat(again.redemption().id()).isEqualTo(first.redemption().id());
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(800));
            assertThatThrownBy(() -> market.store().redeem(new RedeemRequest(market.shoes.id(), market.shoesStaff, voucher.code().grouped(),
                    Money.euros(300), "caisse-1-000042", "10.0.0.1"))).isInstanceOf(ConflictException.class)
                    .extracting("code").isEqualTo("idempotency_key_reused");
        }
    }

    @EachDatabase
    void badRedemptionsAreRefusedWithClearErrorsAndBookNothing(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            AuditReport before = market.audit();
            String code = voucher.code().value();
            String typo = code.substring(0, 5) + (code.charAt(5) == 'Z' ? 'Y' : 'Z') + code.substring(6);
            String unknown = VoucherCode.random(new Random(99)).grouped();

            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, typo, 100), InvalidInputException.class, "invalid_code");
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, unknown, 100), InvalidInputException.class, "invalid_code");
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, code, 1201), ConflictException.class, "insufficient_balance");
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, code, -100), InvalidInputException.class, "invalid_amount");
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, code, 0), InvalidInputException.class, "invalid_amount");
            assertRefused(() -> redeem(market, market.floristStaff, market.florist, code, 100), ConflictException.class, "not_accepted_here");
            assertRefused(() -> redeem(market, market.floristStaff, market.voucherShop, code, 100), NotFoundException.class, "merchant_not_found");
            assertRefused(() -> redeem(market, market.grocerStaff, market.shoes, code, 100), NotFoundException.class, "merchant_not_found");
            assertRefused(() -> redeem(market, market.tobacconistOperator, market.shoes, code, 100), NotFoundException.class, "merchant_not_found");
            assertThat(market.store().lookup(market.florist.id(), market.floristStaff, code, "10.0.0.1").refusal()).isPresent();
            market.clock.set(Instant.parse("2027-02-28T22:59:59Z"));
            Receipt lastSecond = redeem(market, market.shoesStaff, market.shoes, code, 100);
            market.clock.set(Instant.parse("2027-02-28T23:00:00Z"));
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, code, 100), ConflictException.class, "voucher_expired");

            assertThat(lastSecond.balanceAfter()).isEqualTo(Money.euros(1100));
            AuditReport after = market.audit();
            assertThat(after.problems()).isEmpty();
            assertThat(after.transactions()).isEqualTo(before.transactions() + 1);
        }
    }

    @EachDatabase
    void aVoucherValidUntilADayIsSpendableUntilTheEndOfThatDayInTheMarketsZone(TestDatabase db) {
        // La Réunion is UTC+4 all year: 28 February ends there at 20:00 UTC, when it is 21:00 in Paris
        ZoneId reunion = ZoneId.of("Indian/Reunion");
        try (Market market = new Market(db, reunion)) {
            Voucher voucher = market.oneBooster();
            String code = voucher.code().value();

            assertThat(voucher.expiresAt()).contains(Instant.parse("2027-02-28T20:00:00Z"));
            assertThat(market.vouchers().checkBalance(code, Requester.client("10.0.0.3")).lastDay()).contains(LocalDate.of(2027, 2, 28));
            market.clock.set(LocalDateTime.parse("2027-02-28T23:30:00").atZone(reunion).toInstant());
            Receipt lastHalfHour = redeem(market, market.shoesStaff, market.shoes, code, 100);
            market.sellBooster(1);
            market.clock.set(LocalDateTime.parse("2027-03-01T00:30:00").atZone(reunion).toInstant());
            assertRefused(() -> redeem(market, market.shoesStaff, market.shoes, code, 100), ConflictException.class, "voucher_expired");
            assertRefused(() -> market.sellBooster(1), ConflictException.class, "not_on_sale");

            assertThat(lastHalfHour.balanceAfter()).isEqualTo(Money.euros(1100));
            assertThat(market.store().redemptionsOf(market.shoes.id(), market.shoesStaff, LocalDate.of(2027, 2, 28), LocalDate.of(2027,
                    2, 28)))
                    .singleElement().extracting(Redemption::amount).isEqualTo(Money.euros(100));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void tenWrongCodesInAQuarterOfAnHourLockTheAccountAndTheClientOutWithOneGenericMessage(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            for (int i = 0; i < 10; i++) {
                String wrong = VoucherCode.random(new Random(i)).grouped();
                assertThatThrownBy(() -> market.store().lookup(market.shoes.id(), market.shoesStaff, wrong, "198.51.100.7"))
                        .isInstanceOf(InvalidInputException.class).hasMessage("unknown or mistyped voucher code");
            }

            assertThatThrownBy(() -> market.store().lookup(market.shoes.id(), market.shoesStaff, voucher.code().value(), "198.51.100.8"))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("too_many_attempts");
            assertThatThrownBy(() -> market.vouchers().checkBalance(voucher.code().value(), Requester.client("198.51.100.7")))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("too_many_attempts");
            assertThat(market.vouchers().checkBalance(voucher.code().value(), Requester.client("198.51.100.9")).balance())
                    .isEqualTo(Money.euros(1200));
            market.clock.advance(java.time.Duration.ofMinutes(16));
            assertThat(market.store().lookup(market.shoes.id(), market.shoesStaff, voucher.code().value(), "198.51.100.7").balance())
                    .isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void theShopRefundsARedemptionToTheVoucherOrOnACreditVoucherOnceTheVoucherExpired(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.sellGift(2000, Optional.of("claire@example.org")).vouchers().get(0);
            Receipt redemption = market.redeem(market.shoesStaff, market.shoes, voucher, 1500);

            Receipt partial = market.store().refund(new RefundRequest(market.shoes.id(), market.shoesStaff, redemption.redemption().id(),
                    Money.euros(500), "refund-00000001"));
            assertThat(partial.balanceAfter()).isEqualTo(Money.euros(1000));
            assertThat(partial.redemption().amount()).isEqualTo(Money.euros(-500));
            assertThatThrownBy(() -> market.store().refund(new RefundRequest(market.shoes.id(), market.shoesStaff, redemption.redemption().id(),
                    Money.euros(1001), "refund-00000002"))).isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("invalid_amount");
            assertThatThrownBy(() -> market.store().refund(new RefundRequest(market.grocer.id(), market.grocerStaff, redemption.redemption().id(),
                    Money.euros(100), "refund-00000003"))).isInstanceOf(NotFoundException.class);

            market.clock.set(Instant.parse("2027-11-21T08:00:00Z"));
            market.jobs().expireDue();
            Receipt late = market.store().refund(new RefundRequest(market.shoes.id(), market.shoesStaff, redemption.redemption().id(),
                    Money.euros(1000), "refund-00000004"));

            assertThat(market.reload(voucher).status()).isEqualTo(VoucherStatus.EXPIRED);
            assertThat(late.redemption().creditVoucherId()).isPresent();
            Voucher credit = market.vouchers().voucher(late.redemption().creditVoucherId().get()).orElseThrow();
            assertThat(credit.origin()).isEqualTo(VoucherOrigin.CREDIT);
            assertThat(credit.balance()).isEqualTo(Money.euros(1000));
            assertThat(credit.status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(credit.holderEmail()).contains("claire@example.org");
            assertThat(credit.expiresAt()).contains(Instant.parse("2028-02-19T23:00:00Z"));
            market.engine.deliverPendingEvents();
            assertThat(market.engine.mailOutbox().sentTo("claire@example.org", 5)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains(credit.code().grouped()).contains("10,00"));
            assertThat(market.redeem(market.grocerStaff, market.grocer, credit, 1000).balanceAfter()).isEqualTo(Money.euros(0));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    private static Receipt redeem(Market market, io.comptoir.engine.api.account.Account staff, io.comptoir.engine.api.merchant.Merchant shop,
                                  String code, long cents) {
        return market.store().redeem(new RedeemRequest(shop.id(), staff, code, Money.euros(cents), java.util.UUID.randomUUID().toString(),
                "10.0.0.2"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<? extends Exception> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting("code").isEqualTo(code);
    }
}
