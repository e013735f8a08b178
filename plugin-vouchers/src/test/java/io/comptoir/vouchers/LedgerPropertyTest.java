package io.comptoir.vouchers;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.EngineException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.PostgresSettings;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.RefundRequest;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.ledger.LedgerDao;
import io.comptoir.vouchers.ledger.LedgerProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stateful property test with a seeded generator (the seed is printed on failure; rerun one with
 * {@code -Dvouchers.seed=<seed>}): random sequences of sales, redemptions, refunds, cancellations, time passing, expiry
 * and settlement run against the real services and an in-memory model. After every step: the ledger balances (overall
 * and per transaction) and every cached balance matches its entries ({@code LedgerAudit}), every voucher's balance is in
 * [0, face] and equals the model's, committed subsidy never exceeds the budget, and each shop's payable equals what it
 * redeemed minus what it was paid.
 */
final class LedgerPropertyTest {
    private static final int RUNS = Integer.getInteger("vouchers.runs", 2);
    private static final int STEPS = Integer.getInteger("vouchers.steps", 150);

    @EachDatabase
    void randomSequencesOfOperationsKeepTheBooksRight(TestDatabase db) {
        Long fixed = Long.getLong("vouchers.seed");
        int runs = fixed == null ? RUNS : 1;
        for (int run = 0; run < runs; run++) {
            long seed = fixed != null ? fixed : new Random().nextLong();
            TestDatabase database = run == 0 ? db : fresh(db);
            try (Market market = new Market(database, LedgerProbe.NONE, Money.euros(3000), Map.of())) {
                Run played = new Run(market, new Random(seed));
                played.play(STEPS);
                System.out.printf("[property] %s seed %d: %s%n", db.kind(), seed, played.outcomes);
            }
            catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed with seed " + seed + " on " + db.kind() + " (rerun with -Dvouchers.seed=" + seed + ")", e);
            }
            finally {
                if (database != db) {
                    database.close();
                }
            }
        }
    }

    private static TestDatabase fresh(TestDatabase like) {
        return like.kind() == DatabaseKind.H2 ? TestDatabase.h2() : TestDatabase.postgres(PostgresSettings.fromEnvironment().orElseThrow());
    }

    private static final class ModelVoucher {
        final long id;
        final long face;
        long balance;
        VoucherStatus status;
        final Instant expiresAt;
        final boolean booster;

        ModelVoucher(Voucher voucher, boolean booster) {
            this.id = voucher.id();
            this.face = voucher.face().minorUnits();
            this.balance = voucher.balance().minorUnits();
            this.status = voucher.status();
            this.expiresAt = voucher.expiresAt().orElseThrow();
            this.booster = booster;
        }
    }

    private record ModelRedemption(long id, long voucherId, Merchant merchant, Account staff, long[] refundable) {
    }

    private record ModelSale(Sale sale, PointOfSale pointOfSale, Account operator) {
    }

    private static final class Run {
        final Market market;
        final Random random;
        final Map<Long, ModelVoucher> vouchers = new HashMap<>();
        final List<ModelRedemption> redemptions = new ArrayList<>();
        final List<ModelSale> sales = new ArrayList<>();
        final Map<Long, Long> payable = new HashMap<>();
        final List<String> trace = new ArrayList<>();
        final Map<String, Integer> outcomes = new java.util.TreeMap<>();

        Run(Market market, Random random) {
            this.market = market;
            this.random = random;
        }

        void play(int steps) {
            for (int step = 0; step < steps; step++) {
                int dice = random.nextInt(100);
                if (dice < 30) {
                    sell();
                }
                else if (dice < 60) {
                    redeem();
                }
                else if (dice < 70) {
                    refund();
                }
                else if (dice < 77) {
                    cancel();
                }
                else if (dice < 90) {
                    market.clock.advance(Duration.ofHours(1 + random.nextInt(24 * 20)));
                    trace.add("time " + market.clock.instant());
                }
                else if (dice < 95) {
                    expire();
                }
                else {
                    settle();
                }
                check();
            }
        }

        void sell() {
            boolean booster = random.nextBoolean();
            VoucherProgramme programme = booster ? market.booster : market.gift;
            var denomination = programme.denominations().get(random.nextInt(programme.denominations().size()));
            boolean atTobacconist = random.nextBoolean();
            PointOfSale point = atTobacconist ? market.tobacconist : market.newsagent;
            Account operator = atTobacconist ? market.tobacconistOperator : market.newsagentOperator;
            int quantity = 1 + random.nextInt(3);
            BudgetStatus before = market.programmes().budget(market.booster.id());
            boolean onSale = programme.onSaleAt(market.clock.instant(), market.engine.zone());
            boolean budgetShort = denomination.topUp().times(quantity).compareTo(before.remaining()) > 0;
            trace.add("sell " + quantity + " x " + denomination.face() + " of " + programme.slug());
            try {
                Sale sale = market.desk().sell(new SaleRequest(point.id(), operator, programme.id(), denomination.id(), quantity, Optional.empty(),
                        Optional.empty(), "prop-" + random.nextLong())).sale();
                assertThat(onSale && !budgetShort).as("sale accepted").isTrue();
                sale.vouchers().forEach(voucher -> vouchers.put(voucher.id(), new ModelVoucher(voucher, booster)));
                outcomes.merge("sold", 1, Integer::sum);
                sales.add(new ModelSale(sale, point, operator));
            }
            catch (ConflictException e) {
                assertThat(e.code()).isIn("budget_exhausted", "not_on_sale");
                outcomes.merge("sale " + e.code(), 1, Integer::sum);
                assertThat(e.code().equals("budget_exhausted") ? budgetShort : !onSale).as("refused for " + e.code()).isTrue();
            }
        }

        void redeem() {
            List<ModelVoucher> candidates = vouchers.values().stream().filter(v -> v.status != VoucherStatus.CANCELLED).toList();
            if (candidates.isEmpty()) {
                return;
            }
            ModelVoucher voucher = candidates.get(random.nextInt(candidates.size()));
            int shop = random.nextInt(3);
            Merchant merchant = shop == 0 ? market.shoes : shop == 1 ? market.grocer : market.florist;
            Account staff = shop == 0 ? market.shoesStaff : shop == 1 ? market.grocerStaff : market.floristStaff;
            long amount = 1 + random.nextInt((int) Math.max(1, voucher.balance + 300));
            String code = market.vouchers().voucher(voucher.id).orElseThrow().code().grouped();
            Instant now = market.clock.instant();
            String expected = voucher.status == VoucherStatus.EXPIRED || !now.isBefore(voucher.expiresAt) ? "voucher_expired"
                    : voucher.balance == 0 ? "insufficient_balance"
                    : voucher.booster && merchant == market.florist ? "not_accepted_here"
                    : amount > voucher.balance ? "insufficient_balance" : null;
            trace.add("redeem " + amount + " of voucher " + voucher.id + " at " + merchant.name() + " expecting " + expected);
            try {
                Receipt receipt = market.store().redeem(new RedeemRequest(merchant.id(), staff, code, Money.euros(amount), "prop-" + random.nextLong(),
                        ""));
                assertThat(expected).as("redemption accepted").isNull();
                voucher.balance -= amount;
                voucher.status = voucher.balance == 0 ? VoucherStatus.SPENT : VoucherStatus.ACTIVE;
                payable.merge(merchant.id().value(), amount, Long::sum);
                redemptions.add(new ModelRedemption(receipt.redemption().id(), voucher.id, merchant, staff, new long[] {amount}));
                outcomes.merge("redeemed", 1, Integer::sum);
            }
            catch (EngineException e) {
                assertThat(e.code()).isEqualTo(expected);
                outcomes.merge("redemption " + e.code(), 1, Integer::sum);
            }
        }

        void refund() {
            List<ModelRedemption> candidates = redemptions.stream().filter(r -> r.refundable()[0] > 0).toList();
            if (candidates.isEmpty()) {
                return;
            }
            ModelRedemption redemption = candidates.get(random.nextInt(candidates.size()));
            long amount = 1 + random.nextInt((int) redemption.refundable()[0]);
            ModelVoucher voucher = vouchers.get(redemption.voucherId());
            trace.add("refund " + amount + " of redemption " + redemption.id());
            Receipt receipt = market.store().refund(new RefundRequest(redemption.merchant().id(), redemption.staff(), redemption.id(),
                    Money.euros(amount), "prop-" + random.nextLong()));
            redemption.refundable()[0] -= amount;
            payable.merge(redemption.merchant().id().value(), -amount, Long::sum);
            boolean receivable = (voucher.status == VoucherStatus.ACTIVE || voucher.status == VoucherStatus.SPENT)
                    && market.clock.instant().isBefore(voucher.expiresAt);
            assertThat(receipt.redemption().creditVoucherId().isPresent()).isEqualTo(!receivable);
            outcomes.merge(receivable ? "refunded" : "refunded on credit", 1, Integer::sum);
            if (receivable) {
                voucher.balance += amount;
                voucher.status = VoucherStatus.ACTIVE;
            }
            else {
                Voucher credit = market.vouchers().voucher(receipt.redemption().creditVoucherId().get()).orElseThrow();
                assertThat(credit.balance()).isEqualTo(Money.euros(amount));
                vouchers.put(credit.id(), new ModelVoucher(credit, voucher.booster));
            }
        }

        void cancel() {
            if (sales.isEmpty()) {
                return;
            }
            ModelSale sale = sales.get(random.nextInt(sales.size()));
            boolean untouched = sale.sale().vouchers().stream().allMatch(v -> vouchers.get(v.id()).balance == vouchers.get(v.id()).face
                    && vouchers.get(v.id()).status == VoucherStatus.ACTIVE);
            boolean inWindow = market.clock.instant().isBefore(sale.sale().soldAt().plus(Duration.ofMinutes(15)));
            boolean alreadyCancelled = vouchers.get(sale.sale().vouchers().get(0).id()).status == VoucherStatus.CANCELLED;
            trace.add("cancel sale " + sale.sale().id());
            try {
                market.desk().cancel(sale.sale().id(), sale.operator(), "prop");
                assertThat(alreadyCancelled || inWindow && untouched).as("cancellation accepted").isTrue();
                outcomes.merge("cancelled", 1, Integer::sum);
                sale.sale().vouchers().forEach(v -> {
                    vouchers.get(v.id()).balance = 0;
                    vouchers.get(v.id()).status = VoucherStatus.CANCELLED;
                });
            }
            catch (ConflictException e) {
                assertThat(e.code()).isIn("cancel_window_passed", "voucher_used");
                assertThat(inWindow && untouched).isFalse();
                outcomes.merge("cancel " + e.code(), 1, Integer::sum);
            }
        }

        void expire() {
            trace.add("expire at " + market.clock.instant());
            outcomes.merge("expired", market.jobs().expireDue(), Integer::sum);
            Instant now = market.clock.instant();
            for (ModelVoucher voucher : vouchers.values()) {
                if (voucher.status == VoucherStatus.ACTIVE && voucher.balance > 0 && !now.isBefore(voucher.expiresAt)) {
                    voucher.status = VoucherStatus.EXPIRED;
                    voucher.balance = 0;
                }
            }
        }

        void settle() {
            trace.add("settle at " + market.clock.instant());
            market.jobs().issueDueStatements(Market.ADMIN_ACTOR);
            for (VoucherProgramme programme : List.of(market.booster, market.gift)) {
                for (Statement statement : market.settlements().statements(programme.id(), Optional.of(StatementKind.MERCHANT), Optional.empty())) {
                    if (!statement.paid() && random.nextBoolean()) {
                        market.settlements().markPaid(statement.id(), "VIR-" + statement.id(), Market.ADMIN_ACTOR);
                        outcomes.merge("statements paid", 1, Integer::sum);
                        payable.merge(statement.partyId(), -statement.total().minorUnits(), Long::sum);
                    }
                }
            }
        }

        void check() {
            AuditReport audit = market.audit();
            assertThat(audit.problems()).as("audit after %s", trace).isEmpty();
            for (ModelVoucher model : vouchers.values()) {
                Voucher voucher = market.vouchers().voucher(model.id).orElseThrow();
                assertThat(voucher.balance().minorUnits()).as("balance of voucher %d after %s", model.id, trace).isEqualTo(model.balance)
                        .isBetween(0L, voucher.face().minorUnits());
                assertThat(voucher.status()).as("status of voucher %d", model.id).isEqualTo(model.status);
            }
            BudgetStatus budget = market.programmes().budget(market.booster.id());
            assertThat(budget.committed()).isLessThanOrEqualTo(budget.granted());
            Database database = Database.on(market.engine.dataSource());
            for (Merchant merchant : List.of(market.shoes, market.grocer, market.florist)) {
                long ledger = -database.withHandle(handle -> handle.attach(LedgerDao.class).programmeBalance(
                        List.of("MERCHANT_BUYER", "MERCHANT_SUBSIDY"), merchant.id().value(), market.booster.id())
                        + handle.attach(LedgerDao.class).programmeBalance(List.of("MERCHANT_BUYER", "MERCHANT_SUBSIDY"), merchant.id().value(),
                        market.gift.id()));
                assertThat(ledger).as("payable of %s after %s", merchant.name(), trace).isEqualTo(payable.getOrDefault(merchant.id().value(), 0L));
            }
        }
    }
}
