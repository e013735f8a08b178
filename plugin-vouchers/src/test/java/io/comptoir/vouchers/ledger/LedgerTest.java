package io.comptoir.vouchers.ledger;

import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.Voucher;
import org.flywaydb.core.Flyway;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class LedgerTest {

    @EachDatabase
    void aFailureBetweenTheTransactionHeaderAndItsEntriesLeavesNothingOfTheSale(TestDatabase db) {
        AtomicBoolean fail = new AtomicBoolean();
        try (Market market = new Market(db, key -> {
            if (fail.get() && key.startsWith("sale:")) {
                throw new IllegalStateException("injected crash after the first ledger insert");
            }
        }, Money.euros(100_000_00), Map.of())) {
            market.oneBooster();
            Counts before = counts(market);
            fail.set(true);

            assertThatThrownBy(market::oneBooster).hasMessageContaining("injected crash");

            assertThat(counts(market)).isEqualTo(before);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
            assertThat(market.audit().problems()).isEmpty();
            fail.set(false);
            assertThat(market.oneBooster().balance()).isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void aFailureInTheMiddleOfARedemptionLeavesTheVoucherAsItWas(TestDatabase db) {
        AtomicBoolean fail = new AtomicBoolean();
        try (Market market = new Market(db, key -> {
            if (fail.get() && key.startsWith("redeem:")) {
                throw new IllegalStateException("injected crash");
            }
        }, Money.euros(100_000_00), Map.of())) {
            Voucher voucher = market.oneBooster();
            Counts before = counts(market);
            fail.set(true);

            assertThatThrownBy(() -> market.redeem(market.shoesStaff, market.shoes, voucher, 500)).hasMessageContaining("injected crash");

            assertThat(counts(market)).isEqualTo(before);
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void anUnbalancedBookingIsRefusedAndATransactionIsReversedOnlyOnce(TestDatabase db) {
        try (Market market = new Market(db)) {
            Database database = Database.on(market.engine.dataSource());
            Ledger ledger = new Ledger(Clock.systemUTC(), LedgerProbe.NONE);
            long programme = market.booster.id();

            assertThatThrownBy(() -> database.useTransaction(handle -> ledger.post(handle, new Booking("test:unbalanced",
                    TransactionKind.PAYMENT, programme, "test", Actor.system("test")).debit(LedgerAccount.operatorBank(programme), 100)
                    .credit(LedgerAccount.budget(programme), 99)))).hasMessageContaining("unbalanced");
            long id = database.inTransaction(handle -> ledger.post(handle, new Booking("test:payment", TransactionKind.PAYMENT, programme,
                    "test", Actor.system("test")).debit(LedgerAccount.operatorBank(programme), 100).credit(LedgerAccount.funderPledge(1, programme), 100)));
            assertThatThrownBy(() -> database.useTransaction(handle -> ledger.post(handle, new Booking("test:payment", TransactionKind.PAYMENT,
                    programme, "again", Actor.system("test")).debit(LedgerAccount.operatorBank(programme), 100)
                    .credit(LedgerAccount.funderPledge(1, programme), 100)))).hasMessageContaining("voucher_ledger_key");
            database.useTransaction(handle -> ledger.reverse(handle, id, new Booking("test:reversal", TransactionKind.PAYMENT, programme,
                    "undo", Actor.system("test"))));
            assertThatThrownBy(() -> database.useTransaction(handle -> ledger.reverse(handle, id, new Booking("test:reversal-2",
                    TransactionKind.PAYMENT, programme, "undo again", Actor.system("test"))))).hasMessageContaining("voucher_ledger_reversed_once");

            long bank = database.withHandle(handle -> handle.attach(LedgerDao.class).balance("OPERATOR_BANK", programme, 0));
            assertThat(bank).isZero();
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void theAuditCatchesACachedBalanceThatNoLongerMatchesItsEntries(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            Database database = Database.on(market.engine.dataSource());
            assertThat(market.audit().ok()).isTrue();

            database.useTransaction(handle -> handle.execute("UPDATE voucher SET balance = balance - 100 WHERE id = ?", voucher.id()));
            database.useTransaction(handle -> handle.execute("UPDATE voucher_budget_slice SET committed = committed + 1 WHERE programme_id = ? AND slice = 3",
                    market.booster.id()));

            AuditReport report = market.audit();
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).anySatisfy(problem -> assertThat(problem).contains("voucher " + voucher.id()).contains("1100"))
                    .anySatisfy(problem -> assertThat(problem).contains("programme " + market.booster.id()));
        }
    }

    @EachDatabase
    void theAuditCatchesVoucherPartsThatNoLongerMatchTheLedgerEvenWhenTheBalanceDoes(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, voucher, 500);
            Database database = Database.on(market.engine.dataSource());
            String parts = database.withHandle(handle -> handle.createQuery("SELECT balance_parts FROM voucher WHERE id = :id")
                    .bind("id", voucher.id()).mapTo(String.class).one());
            assertThat(market.audit().ok()).isTrue();

            // a cent moved from the buyer's money to a funder's subsidy: same balance, wrong split
            String[] pairs = parts.split(",");
            String[] buyer = pairs[0].split(":");
            String[] funder = pairs[1].split(":");
            pairs[0] = buyer[0] + ":" + (Long.parseLong(buyer[1]) - 1);
            pairs[1] = funder[0] + ":" + (Long.parseLong(funder[1]) + 1);
            database.useTransaction(handle -> handle.execute("UPDATE voucher SET balance_parts = ? WHERE id = ?", String.join(",", pairs),
                    voucher.id()));

            AuditReport report = market.audit();
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).singleElement().asString().contains("voucher " + voucher.id()).contains(parts);
        }
    }

    @EachDatabase
    void upgradingADatabaseFillsEachVouchersPartsFromItsLedgerEntries(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher spentInPart = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, spentInPart, 733);
            Voucher spent = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, spent, 1200);
            Voucher untouched = market.sellGift(2000, Optional.empty()).vouchers().get(0);
            Database database = Database.on(market.engine.dataSource());
            Map<Long, String> before = parts(database);
            assertThat(before.get(spentInPart.id())).matches("0:\\d+,\\d+:\\d+,\\d+:\\d+");
            assertThat(before.get(spent.id())).isEmpty();
            assertThat(before.get(untouched.id())).isEqualTo("0:2000");

            // the database as it was before the parts were cached on the voucher row
            database.useTransaction(handle -> {
                handle.execute("ALTER TABLE voucher DROP CONSTRAINT voucher_parts_with_balance");
                handle.execute("ALTER TABLE voucher DROP COLUMN balance_parts");
                handle.execute("DELETE FROM flyway_history_vouchers WHERE version = '3'");
                // and before the attempts were counted by the engine (V4)
                handle.execute("CREATE TABLE voucher_attempt (subject VARCHAR(200) NOT NULL, window_start TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " attempts INTEGER NOT NULL, PRIMARY KEY (subject, window_start))");
                handle.execute("DELETE FROM flyway_history_vouchers WHERE version = '4'");
                // and before budget requests were recorded (V5)
                handle.execute("DROP TABLE voucher_budget_request");
                handle.execute("DELETE FROM flyway_history_vouchers WHERE version = '5'");
            });
            Flyway.configure(getClass().getClassLoader()).dataSource(market.engine.dataSource())
                    .locations("classpath:io/comptoir/vouchers/db/migration").table("flyway_history_vouchers").load().migrate();

            assertThat(parts(database)).isEqualTo(before);
            assertThat(market.audit().problems()).isEmpty();
            assertThat(market.redeem(market.shoesStaff, market.shoes, spentInPart, 467).balanceAfter()).isEqualTo(Money.euros(0));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    private static Map<Long, String> parts(Database database) {
        return database.withHandle(handle -> handle.createQuery("SELECT id, balance_parts FROM voucher")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private record Counts(long transactions, long entries, long vouchers, long sales, long redemptions) {
    }

    private static Counts counts(Market market) {
        Database database = Database.on(market.engine.dataSource());
        return database.withHandle(handle -> new Counts(count(handle, "voucher_ledger_transaction"), count(handle, "voucher_ledger_entry"),
                count(handle, "voucher"), count(handle, "voucher_sale"), count(handle, "voucher_redemption")));
    }

    private static long count(org.jdbi.v3.core.Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}
