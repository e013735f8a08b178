package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.BalanceCheck;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherStatus;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @EachDatabase
    void aRetryWithTheSameKeyReturnsTheSameSaleAndNeverSellsTwice(TestDatabase db) {
        try (Market market = new Market(db)) {
            SaleRequest request = new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    market.booster.denominations().get(0).id(), 2, Optional.of("buyer@example.org"), Optional.empty(), "till-7-0001");

            SaleResult first = market.desk().sell(request);
            SaleResult again = market.desk().sell(request);

            assertThat(first.replayed()).isFalse();
            assertThat(again.replayed()).isTrue();
            assertThat(again.sale().id()).isEqualTo(first.sale().id());
            assertThat(again.sale().vouchers()).extracting(Voucher::code).isEqualTo(first.sale().vouchers().stream().map(Voucher::code).toList());
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator,
                    market.booster.id(), market.booster.denominations().get(0).id(), 3, Optional.empty(), Optional.empty(), "till-7-0001")))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("idempotency_key_reused");
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void concurrentRetriesOfOneSaleMakeOneSale(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            SaleRequest request = new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    market.booster.denominations().get(0).id(), 1, Optional.empty(), Optional.empty(), "till-7-0002");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<SaleResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> market.desk().sell(request)));
            }
            pool.shutdown();
            Set<Long> sales = new HashSet<>();
            for (Future<SaleResult> result : results) {
                sales.add(result.get().sale().id());
            }

            assertThat(sales).hasSize(1);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
        }
    }

    @EachDatabase
    void aSaleCancelledWithinTheWindowIsReversedAndGivesTheBudgetBack(TestDatabase db) {
        try (Market market = new Market(db)) {
            Sale sale = market.sellBooster(2);
            market.clock.advance(Duration.ofMinutes(14));

            Sale cancelled = market.desk().cancel(sale.id(), market.tobacconistOperator, "erreur de saisie");

            assertThat(cancelled.status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(cancelled.vouchers()).allSatisfy(voucher -> {
                assertThat(voucher.status()).isEqualTo(VoucherStatus.CANCELLED);
                assertThat(voucher.balance()).isEqualTo(Money.euros(0));
            });
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
            assertThat(market.desk().cancel(sale.id(), market.tobacconistOperator, "").status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(market.desk().remittance(market.tobacconist.id(), LocalDate.of(2026, 11, 20)).toHandOver()).isEqualTo(Money.euros(0));
            assertThatThrownBy(() -> market.redeem(market.shoesStaff, market.shoes, sale.vouchers().get(0), 100))
                    .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("invalid_code");
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aSaleCannotBeCancelledAfterTheWindowOrOnceAVoucherWasUsedOrFromAnotherPointOfSale(TestDatabase db) {
        try (Market market = new Market(db)) {
            Sale late = market.sellBooster(1);
            Sale used = market.sellBooster(1);
            market.redeem(market.grocerStaff, market.grocer, used.vouchers().get(0), 100);

            assertThatThrownBy(() -> market.desk().cancel(used.id(), market.tobacconistOperator, ""))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("voucher_used");
            assertThatThrownBy(() -> market.desk().cancel(late.id(), market.newsagentOperator, ""))
                    .isInstanceOf(NotFoundException.class);
            market.clock.advance(Duration.ofMinutes(16));
            assertThatThrownBy(() -> market.desk().cancel(late.id(), market.tobacconistOperator, ""))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("cancel_window_passed");
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));
        }
    }

    @EachDatabase
    void badSaleRequestsAreRefusedWithClearErrorsAndNothingIsSold(TestDatabase db) {
        try (Market market = new Market(db)) {
            long denomination = market.booster.denominations().get(0).id();

            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.newsagentOperator, market.booster.id(),
                    denomination, 1, Optional.empty(), Optional.empty(), "key-00000001"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.shoesStaff, market.booster.id(),
                    denomination, 1, Optional.empty(), Optional.empty(), "key-00000002"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 0, Optional.empty(), Optional.empty(), "key-00000003")))
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quantity");
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 21, Optional.empty(), Optional.empty(), "key-00000004")))
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quantity");
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 1, Optional.of("not-an-email"), Optional.empty(), "key-00000005")))
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("buyerEmail");
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 1, Optional.empty(), Optional.empty(), "short"))).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("idempotencyKey");
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    999_999, 1, Optional.empty(), Optional.empty(), "key-00000006"))).isInstanceOf(NotFoundException.class);
            market.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                    denomination, 1, Optional.empty(), Optional.empty(), "key-00000007")))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("not_on_sale");

            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
            assertThat(market.audit().transactions()).isEqualTo(1);
        }
    }

    @EachDatabase
    void aBuyerCannotBuyMoreThanTheProgrammeAllowsWhateverPointOfSaleTheyGoTo(TestDatabase db) {
        try (Market market = new Market(db)) {
            VoucherProgramme limited = market.programmes().update(market.booster.id(), withBuyerLimit(market, 3), Market.ADMIN_ACTOR);
            long denomination = limited.denominations().get(0).id();
            market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, limited.id(), denomination, 2,
                    Optional.of("camille@example.org"), Optional.empty(), "key-10000001"));

            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, limited.id(),
                    denomination, 2, Optional.of(" CAMILLE@example.org"), Optional.empty(), "key-10000002")))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("buyer_limit_reached");
            market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, limited.id(), denomination, 1,
                    Optional.of("camille@example.org"), Optional.of("06 39 98 00 01"), "key-10000003"));
            assertThatThrownBy(() -> market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, limited.id(),
                    denomination, 3, Optional.of("other@example.org"), Optional.of("+33 6 39 98 00 01"), "key-10000004")))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("buyer_limit_reached");
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(600));
        }
    }

    @EachDatabase
    void theOperatorPrintsTheSaleAsA6PagesWithTheCodes(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            Sale sale = market.sellBooster(2);

            byte[] pdf = market.desk().printout(sale.id(), market.tobacconistOperator);

            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(2);
            assertThat(text).contains(sale.vouchers().get(1).code().grouped()).contains("Tabac de la Place");
            assertThatThrownBy(() -> market.desk().printout(sale.id(), market.newsagentOperator)).isInstanceOf(NotFoundException.class);
        }
    }

    private static ProgrammeDraft withBuyerLimit(Market market, int vouchers) {
        VoucherProgramme p = market.booster;
        return new ProgrammeDraft(p.slug(), p.name(), p.description(), p.currency(), p.saleOpensOn(), p.saleClosesOn(), p.spendUntil(),
                p.validityMonths(), p.creditValidityDays(), p.denominations().stream()
                .map(d -> new io.comptoir.vouchers.api.DenominationDraft(d.face(), d.price())).toList(),
                new BuyerLimit(OptionalInt.of(20), OptionalInt.of(vouchers), Optional.empty()), p.eligibility(), p.funders(), p.expiryRule(),
                p.channels(), p.cancelWindow(), p.settlementPeriod());
    }
}
