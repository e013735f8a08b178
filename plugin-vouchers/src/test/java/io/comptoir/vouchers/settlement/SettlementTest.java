package io.comptoir.vouchers.settlement;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RefundRequest;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.StatementLine;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.ledger.LedgerDao;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

final class SettlementTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @EachDatabase
    void aWeeksStatementsTellEachShopWhatItIsOwedByBuyersPointOfSaleAndByFunder(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher first = market.oneBooster();
            Voucher second = market.oneBooster();
            Voucher gift = market.sellGift(2000, Optional.empty()).vouchers().get(0);
            market.redeem(market.shoesStaff, market.shoes, first, 1200);
            market.redeem(market.grocerStaff, market.grocer, second, 500);
            Receipt giftRedemption = market.redeem(market.shoesStaff, market.shoes, gift, 2000);
            market.store().refund(new RefundRequest(market.shoes.id(), market.shoesStaff, giftRedemption.redemption().id(), Money.euros(500),
                    "refund-00000001"));

            assertThatThrownBy(() -> market.settlements().issue(market.booster.id(), MONDAY, Market.ADMIN_ACTOR))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("period_not_over");
            market.clock.set(Instant.parse("2026-11-22T23:20:00Z"));
            assertThatThrownBy(() -> market.settlements().issue(market.booster.id(), MONDAY.plusDays(1), Market.ADMIN_ACTOR))
                    .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("invalid_period");
            List<Statement> booster = market.settlements().issue(market.booster.id(), MONDAY, Market.ADMIN_ACTOR);

            Statement shoes = statement(booster, StatementKind.MERCHANT, market.shoes.id().value());
            assertThat(shoes.total()).isEqualTo(Money.euros(1200));
            assertThat(shoes.itemCount()).isEqualTo(1);
            assertThat(shoes.lines()).extracting(StatementLine::sourceKind, StatementLine::sourceId, StatementLine::amount).containsExactly(
                    tuple("BUYER_MONEY", market.tobacconist.id(), Money.euros(1000)), tuple("SUBSIDY", market.capso.id(), Money.euros(173)),
                    tuple("SUBSIDY", market.ccpl.id(), Money.euros(27)));
            Statement grocer = statement(booster, StatementKind.MERCHANT, market.grocer.id().value());
            assertThat(grocer.totalOf("BUYER_MONEY")).isEqualTo(Money.euros(417));
            assertThat(grocer.totalOf("SUBSIDY")).isEqualTo(Money.euros(83));
            assertThat(statement(booster, StatementKind.POINT_OF_SALE, market.tobacconist.id()).total()).isEqualTo(Money.euros(2000));
            assertThat(statement(booster, StatementKind.POINT_OF_SALE, market.tobacconist.id()).itemCount()).isEqualTo(2);
            assertThat(statement(booster, StatementKind.FUNDER, market.capso.id()).total()).isEqualTo(Money.euros(173 + 72));
            assertThat(statement(booster, StatementKind.FUNDER, market.ccpl.id()).total()).isEqualTo(Money.euros(27 + 11));
            assertThat(statement(booster, StatementKind.FUNDER, market.capso.id()).lines()).extracting(StatementLine::sourceId)
                    .containsExactly(market.shoes.id().value(), market.grocer.id().value());

            List<Statement> gifts = market.settlements().issue(market.gift.id(), MONDAY, Market.ADMIN_ACTOR);
            Statement shoesGifts = statement(gifts, StatementKind.MERCHANT, market.shoes.id().value());
            assertThat(shoesGifts.total()).isEqualTo(Money.euros(1500));
            assertThat(shoesGifts.itemCount()).isEqualTo(2);
            assertThat(market.settlements().redemptionsOf(shoesGifts.id())).extracting(r -> r.amount().minorUnits())
                    .containsExactlyInAnyOrder(2000L, -500L);
            assertThat(statement(gifts, StatementKind.POINT_OF_SALE, market.newsagent.id()).total()).isEqualTo(Money.euros(2000));
            assertThat(gifts).noneMatch(statement -> statement.kind() == StatementKind.FUNDER);
            assertThat(market.settlements().statementsOf(StatementKind.MERCHANT, market.shoes.id().value()))
                    .extracting(Statement::programmeId).containsExactlyInAnyOrder(market.booster.id(), market.gift.id());
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void statementsAreIssuedOnceNeverChangeAndArePaidOnceByAPaymentBooking(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, voucher, 600);
            market.clock.set(Instant.parse("2026-11-22T23:20:00Z"));
            List<Statement> issued = market.settlements().issue(market.booster.id(), MONDAY, Market.ADMIN_ACTOR);
            market.redeem(market.shoesStaff, market.shoes, voucher, 600);

            List<Statement> again = market.settlements().issue(market.booster.id(), MONDAY, Market.ADMIN_ACTOR);
            assertThat(again).isEqualTo(issued);
            Statement shoes = statement(issued, StatementKind.MERCHANT, market.shoes.id().value());
            assertThat(payable(market, market.shoes.id().value())).isEqualTo(1200);

            Statement paid = market.settlements().markPaid(shoes.id(), "VIR-2026-11-0042", Market.ADMIN_ACTOR);
            Statement paidAgain = market.settlements().markPaid(shoes.id(), "another reference", Market.ADMIN_ACTOR);

            assertThat(paid.paid()).isTrue();
            assertThat(paidAgain.paymentReference()).contains("VIR-2026-11-0042");
            assertThat(paidAgain.paidAt()).isEqualTo(paid.paidAt());
            assertThat(paid.lines()).isEqualTo(shoes.lines());
            assertThat(payable(market, market.shoes.id().value())).isEqualTo(600);
            assertThat(market.settlements().statements(market.booster.id(), Optional.of(StatementKind.MERCHANT), Optional.of(market.shoes.id().value())))
                    .singleElement().extracting(Statement::total).isEqualTo(Money.euros(600));
            market.clock.set(Instant.parse("2026-11-29T23:20:00Z"));
            assertThat(market.jobs().issueDueStatements(Market.ADMIN_ACTOR)).as("the Booster's next week and every week of the gift vouchers since 2025-12-29").isEqualTo(1 + 48);
            assertThat(market.settlements().statements(market.booster.id(), Optional.of(StatementKind.MERCHANT), Optional.of(market.shoes.id().value())))
                    .extracting(Statement::periodStart).containsExactly(MONDAY.plusWeeks(1), MONDAY);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void theLedgerExportsAsCsvOneLinePerTransactionWithItsReferences(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, voucher, 1200);
            market.clock.set(Instant.parse("2026-11-22T23:20:00Z"));
            Statement shoes = statement(market.settlements().issue(market.booster.id(), MONDAY, Market.ADMIN_ACTOR), StatementKind.MERCHANT,
                    market.shoes.id().value());
            market.settlements().markPaid(shoes.id(), "VIR-1", Market.ADMIN_ACTOR);

            String csv = market.settlements().ledgerCsv(market.booster.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
            List<String> lines = csv.lines().toList();

            assertThat(lines.get(0)).isEqualTo("transaction;date;kind;reference;voucher;amount;currency;debits;credits;reverses");
            assertThat(lines).hasSize(5);
            assertThat(lines.get(1)).contains(";GRANT;").contains(";100000,00;EUR;FUNDER_PLEDGE:" + market.capso.id() + ":" + market.booster.id() + "=");
            assertThat(lines.get(2)).startsWith(lines.get(2).split(";")[0] + ";2026-11-20 10:00:00;SALE;sale ")
                    .contains(";" + voucher.code().masked() + ";12,00;EUR;BUYER_MONEY:" + market.tobacconist.id() + ":" + market.booster.id()
                            + "=10,00|BUDGET:" + market.booster.id() + ":0=2,00;VOUCHER:" + voucher.id() + ":0=10,00|VOUCHER:");
            assertThat(lines.get(3)).contains(";REDEMPTION;").contains("MERCHANT_BUYER:" + market.shoes.id() + ":" + market.tobacconist.id() + "=10,00")
                    .doesNotContain(voucher.code().value());
            assertThat(lines.get(4)).contains(";PAYMENT;statement " + shoes.id() + " paid;;12,00;EUR;").endsWith(";");
            for (String line : lines) {
                assertThat(line.split(";", -1)).hasSize(10);
            }
            String statementCsv = market.settlements().statementCsv(shoes.id());
            assertThat(statementCsv.lines()).hasSize(3).anySatisfy(line -> assertThat(line).contains(";REDEMPTION;"))
                    .anySatisfy(line -> assertThat(line).contains(";PAYMENT;"));
        }
    }

    private static long payable(Market market, long merchant) {
        return -Database.on(market.engine.dataSource()).withHandle(handle -> handle.attach(LedgerDao.class)
                .programmeBalance(List.of("MERCHANT_BUYER", "MERCHANT_SUBSIDY"), merchant, market.booster.id()));
    }

    static Statement statement(List<Statement> statements, StatementKind kind, long party) {
        return statements.stream().filter(statement -> statement.kind() == kind && statement.partyId() == party).findFirst().orElseThrow();
    }
}
