package io.comptoir.vouchers;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.PostgresSettings;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.ledger.LedgerProbe;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: measures, on the PostgreSQL of {@code COMPTOIR_TEST_POSTGRES_URL}, the figures of the issue's bench at the
 * service level (no HTTP): point-of-sale sales and in-store redemptions per second with 16 clients (p50/p99), a
 * 50 000-voucher pre-printed batch, and the statements of a week with 50 000 vouchers and 150 000 redemptions.
 * <pre>
 *   source /work/wt/pgenv.sh
 *   mvn -pl plugin-vouchers -am test-compile, then run this class on the test class path
 *   (optional) -Dbench.seconds=20 -Dbench.clients=16
 * </pre>
 */
public final class VoucherBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);

    private VoucherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PostgresSettings settings = PostgresSettings.fromEnvironment()
                .orElseThrow(() -> new IllegalStateException("set COMPTOIR_TEST_POSTGRES_URL (source /work/wt/pgenv.sh)"));
        try (TestDatabase db = TestDatabase.postgres(settings);
             Market market = new Market(db, LedgerProbe.NONE, Money.euros(100_000_00), Map.of("vouchers.wrong-code-limit", "1000000"))) {
            List<String> parts = List.of(System.getProperty("bench.parts", "batch,sales,boosted,redemptions,statements").split(","));
            if (parts.contains("batch")) {
                batch(market);
            }
            if (parts.contains("sales")) {
                sales(market);
            }
            if (parts.contains("boosted")) {
                boosted(market);
            }
            if (parts.contains("redemptions")) {
                redemptions(market);
            }
            if (parts.contains("statements")) {
                statements(market);
            }
        }
    }

    private static void batch(Market market) {
        long started = System.nanoTime();
        Batch batch = market.stock().generate(market.booster.id(), market.booster.denominations().get(0).id(), 50_000,
                "bench-batch-" + System.nanoTime(), market.admin).batch();
        System.out.printf("batch: %d pre-printed vouchers generated in %d ms%n", batch.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void sales(Market market) throws Exception {
        long denomination = market.gift.denominations().get(0).id();
        Result result = run("sales", () -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator,
                market.gift.id(), denomination, 1, Optional.empty(), Optional.empty(), UUID.randomUUID().toString())));
        result.print();
    }

    /** Boosted sales: every one commits subsidy on the programme's row, the one hot row of the plugin. */
    private static void boosted(Market market) throws Exception {
        // enough subsidy for the whole run (the seed budget of 100 000 € lasts under a minute at this pace, and a run
        // that ends on the refusals of an exhausted budget measures them, not sales)
        market.programmes().grantBudget(market.booster.id(), Money.euros(2_000_000_00L), "bench-budget", Market.ADMIN_ACTOR);
        long denomination = market.booster.denominations().get(0).id();
        Result result = run("boosted sales", () -> market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator,
                market.booster.id(), denomination, 1, Optional.empty(), Optional.empty(), UUID.randomUUID().toString())));
        result.print();
    }

    private static void redemptions(Market market) throws Exception {
        List<Voucher> vouchers = new ArrayList<>();
        long fifty = market.gift.denominations().get(2).id();
        // 50 € vouchers spent 1 € at a time: 2 560 of them last 128 000 redemptions, more than a run makes (a voucher spent
        // out would be refused, and the run would measure refusals)
        for (int i = 0; i < CLIENTS * 8; i++) {
            vouchers.addAll(market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, market.gift.id(), fifty, 20,
                    Optional.empty(), Optional.empty(), UUID.randomUUID().toString())).sale().vouchers());
        }
        AtomicInteger next = new AtomicInteger();
        Result result = run("redemptions", () -> {
            Voucher voucher = vouchers.get(Math.floorMod(next.getAndIncrement(), vouchers.size()));
            market.store().redeem(new RedeemRequest(market.shoes.id(), market.shoesStaff, voucher.code().value(), Money.euros(1),
                    UUID.randomUUID().toString(), ""));
        });
        result.print();
    }

    private record Result(String what, int operations, double seconds, long[] latenciesMicros, int refused) {
        void print() {
            Arrays.sort(latenciesMicros);
            System.out.printf("%s: %d in %.1f s with %d clients = %.0f/s, p50 %.1f ms, p99 %.1f ms (%d refused)%n", what, operations, seconds,
                    CLIENTS, operations / seconds, percentile(0.50) / 1000.0, percentile(0.99) / 1000.0, refused);
        }

        long percentile(double p) {
            return latenciesMicros.length == 0 ? 0 : latenciesMicros[(int) Math.min(latenciesMicros.length - 1, p * latenciesMicros.length)];
        }
    }

    private interface Operation {
        void run();
    }

    /** Runs the operation from {@link #CLIENTS} threads: a warm-up, then {@link #SECONDS} of measure. */
    private static Result run(String what, Operation operation) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                while (!stop.get()) {
                    long started = System.nanoTime();
                    try {
                        operation.run();
                    }
                    catch (ConflictException e) {
                        refused.incrementAndGet();
                        continue;
                    }
                    if (measuring.get()) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = (System.nanoTime() - started) / 1000;
                    }
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        Thread.sleep(WARM_UP_SECONDS * 1000L);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        pool.shutdown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> client : clients) {
            all.add(client.get());
        }
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(what, latencies.length, seconds, latencies, refused.get());
    }

    /**
     * Writes a week of a subsidised programme straight into the tables, as the services book it (50 000 vouchers sold at
     * 60 points of sale, each spent in three redemptions at the shops: 150 000 redemptions), checks it with the audit, and
     * times the statements of that week.
     */
    private static void statements(Market market) {
        VoucherProgramme programme = market.programmes().create(new ProgrammeDraftCopy(market).booster("bench-week"), Market.ADMIN_ACTOR);
        market.programmes().grantBudget(programme.id(), Money.euros(100_000_00), "bench-budget", Market.ADMIN_ACTOR);
        List<Long> shops = new ArrayList<>();
        for (int i = 0; i < 170; i++) {
            Merchant shop = market.liveMerchant("Boutique " + i, Market.SAINT_OMER, market.foodCategory);
            shops.add(shop.id().value());
        }
        List<Long> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(market.pointsOfSale().create(new io.comptoir.vouchers.api.PointOfSaleDraft("Bench " + i,
                    new io.comptoir.engine.api.merchant.Address("1 rue de la Gare", "62500", Market.SAINT_OMER), "", true), Market.ADMIN_ACTOR).id());
        }
        Database database = Database.on(market.engine.dataSource());
        LocalDate monday = LocalDate.of(2026, 11, 23);
        long started = System.nanoTime();
        new SyntheticWeek(programme.id(), market.booster.denominations().get(0).id(), market.capso.id(), market.ccpl.id(), shops, points,
                Instant.parse("2026-11-23T08:00:00Z")).write(database, 50_000);
        System.out.printf("statements: wrote 50 000 sales and 150 000 redemptions in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        database.useTransaction(handle -> handle.execute("ANALYZE"));
        started = System.nanoTime();
        AuditReport audit = market.audit();
        System.out.printf("audit of %d transactions, %d entries: %s in %d ms%n", audit.transactions(), audit.entries(),
                audit.ok() ? "books right" : audit.problems(), (System.nanoTime() - started) / 1_000_000);
        market.clock.set(Instant.parse("2026-11-30T00:00:00Z"));
        started = System.nanoTime();
        List<Statement> statements = market.settlements().issue(programme.id(), monday, Actor.system("bench"));
        System.out.printf("statements: %d statements (shops, points of sale, funders) for 50 000 vouchers and 150 000 redemptions in %d ms%n",
                statements.size(), (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        long[] lines = {0};
        market.settlements().writeLedgerCsv(programme.id(), monday, monday.plusDays(6), new Appendable() {
            @Override
            public Appendable append(CharSequence text) {
                text.chars().filter(c -> c == '\n').forEach(c -> lines[0]++);
                return this;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) {
                return append(text.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) {
                lines[0] += c == '\n' ? 1 : 0;
                return this;
            }
        });
        System.out.printf("csv: %d lines streamed in %d ms%n", lines[0], (System.nanoTime() - started) / 1_000_000);
    }

    /** A copy of the test market's Booster under another slug. */
    private record ProgrammeDraftCopy(Market market) {
        io.comptoir.vouchers.api.ProgrammeDraft booster(String slug) {
            io.comptoir.vouchers.api.ProgrammeDraft draft = market.boosterDraft();
            return new io.comptoir.vouchers.api.ProgrammeDraft(slug, "Bench " + slug, draft.description(), draft.currency(),
                    draft.saleOpensOn(), draft.saleClosesOn(), draft.spendUntil(), draft.validityMonths(), draft.creditValidityDays(),
                    draft.denominations(), draft.buyerLimit(), io.comptoir.vouchers.api.Eligibility.allLiveShopsExcept(java.util.Set.of()),
                    draft.funders(), draft.expiryRule(), draft.channels(), draft.cancelWindow(), draft.settlementPeriod());
        }
    }

    /** The rows the services would write for a week of sales and redemptions, in multi-row inserts. */
    private record SyntheticWeek(long programme, long denomination, long capso, long ccpl, List<Long> shops, List<Long> points, Instant monday) {
        static final long[][] REDEMPTION_PARTS = {{333, 54, 13}, {333, 54, 13}, {334, 55, 11}};

        void write(Database database, int vouchers) {
            CodeGenerator codes = new CodeGenerator();
            int chunk = 1000;
            for (int start = 0; start < vouchers; start += chunk) {
                int first = start;
                int end = Math.min(vouchers, start + chunk);
                database.useTransaction(handle -> writeChunk(handle, codes, first, end));
            }
            // the grant allotted 625 000 cents to each of the 16 slices: 200 cents a voucher fills them exactly
            database.useTransaction(handle -> handle.createUpdate("UPDATE voucher_budget_slice SET committed = :committed WHERE programme_id = :id")
                    .bind("committed", 200L * vouchers / 16).bind("id", programme).execute());
        }

        private void writeChunk(Handle handle, CodeGenerator codes, int first, int end) {
            List<Long> voucherIds = new ArrayList<>();
            StringBuilder insert = new StringBuilder("INSERT INTO voucher (code, programme_id, denomination_id, face, currency, balance, status, "
                    + "origin, point_of_sale_id, issued_at, expires_at, updated_at) VALUES ");
            for (int i = first; i < end; i++) {
                insert.append(i > first ? "," : "").append("('").append(codes.next().value()).append("',").append(programme).append(',')
                        .append(denomination).append(",1200,'EUR',0,'SPENT','POINT_OF_SALE',").append(points.get(i % points.size()))
                        .append(",:at,:expires,:at)");
            }
            voucherIds.addAll(handle.createUpdate(insert.toString()).bind("at", at(first)).bind("expires", Instant.parse("2027-02-28T23:00:00Z"))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).list());
            StringBuilder transactions = new StringBuilder("INSERT INTO voucher_ledger_transaction (idempotency_key, kind, programme_id, voucher_id, "
                    + "reference, actor, occurred_at) VALUES ");
            List<String> entryRows = new ArrayList<>();
            List<Object[]> redemptionRows = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < voucherIds.size(); i++) {
                long voucher = voucherIds.get(i);
                transactions.append(n++ > 0 ? "," : "").append("('bench-sale:").append(voucher).append("','SALE',").append(programme).append(',')
                        .append(voucher).append(",'sale','system:bench',:at)");
                for (int r = 0; r < 3; r++) {
                    transactions.append(",('bench-redeem:").append(voucher).append(':').append(r).append("','REDEMPTION',").append(programme)
                            .append(',').append(voucher).append(",'redemption','system:bench',:at)");
                    n++;
                }
            }
            List<Long> transactionIds = handle.createUpdate(transactions.toString()).bind("at", at(first))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).list();
            StringBuilder entries = new StringBuilder("INSERT INTO voucher_ledger_entry (transaction_id, line, account_kind, owner_id, part_id, "
                    + "programme_id, voucher_id, transaction_kind, amount, occurred_at) VALUES ");
            StringBuilder redemptions = new StringBuilder("INSERT INTO voucher_redemption (idempotency_scope, idempotency_key, request_hash, "
                    + "voucher_id, programme_id, merchant_id, amount, buyer_part, subsidy_part, currency, channel, occurred_at, occurred_on, "
                    + "transaction_id) VALUES ");
            int t = 0;
            int e = 0;
            for (int i = 0; i < voucherIds.size(); i++) {
                long voucher = voucherIds.get(i);
                long point = points.get((first + i) % points.size());
                long sale = transactionIds.get(t++);
                e = entry(entries, e, sale, 1, "BUYER_MONEY", point, programme, 0, "SALE", 1000);
                e = entry(entries, e, sale, 2, "BUDGET", programme, 0, 0, "SALE", 200);
                e = entry(entries, e, sale, 3, "VOUCHER", voucher, 0, voucher, "SALE", -1000);
                e = entry(entries, e, sale, 4, "VOUCHER", voucher, capso, voucher, "SALE", -163);
                e = entry(entries, e, sale, 5, "VOUCHER", voucher, ccpl, voucher, "SALE", -37);
                for (int r = 0; r < 3; r++) {
                    long tx = transactionIds.get(t++);
                    long shop = shops.get((int) Math.floorMod(voucher * 7 + r * 13, (long) shops.size()));
                    long[] parts = REDEMPTION_PARTS[r];
                    e = entry(entries, e, tx, 1, "VOUCHER", voucher, 0, voucher, "REDEMPTION", parts[0]);
                    e = entry(entries, e, tx, 2, "VOUCHER", voucher, capso, voucher, "REDEMPTION", parts[1]);
                    e = entry(entries, e, tx, 3, "VOUCHER", voucher, ccpl, voucher, "REDEMPTION", parts[2]);
                    e = entry(entries, e, tx, 4, "MERCHANT_BUYER", shop, point, 0, "REDEMPTION", -parts[0]);
                    e = entry(entries, e, tx, 5, "MERCHANT_SUBSIDY", shop, capso, 0, "REDEMPTION", -parts[1]);
                    e = entry(entries, e, tx, 6, "MERCHANT_SUBSIDY", shop, ccpl, 0, "REDEMPTION", -parts[2]);
                    redemptions.append(redemptionRows.isEmpty() ? "" : ",").append("('bench','").append(voucher).append(':').append(r)
                            .append("','',").append(voucher).append(',').append(programme).append(',').append(shop).append(",400,")
                            .append(parts[0]).append(',').append(parts[1] + parts[2]).append(",'EUR','STORE',:at,:day,").append(tx).append(')');
                    redemptionRows.add(new Object[0]);
                }
            }
            handle.createUpdate(entries.toString()).bind("at", at(first)).bind("programme", programme).execute();
            handle.createUpdate(redemptions.toString()).bind("at", at(first)).bind("day", LocalDate.of(2026, 11, 23)).execute();
        }

        private static int entry(StringBuilder entries, int count, long transaction, int line, String kind, long owner, long part, long voucher,
                                 String transactionKind, long amount) {
            entries.append(count > 0 ? "," : "").append('(').append(transaction).append(',').append(line).append(",'").append(kind).append("',")
                    .append(owner).append(',').append(part).append(",:programme,")
                    .append(voucher == 0 ? "NULL" : Long.toString(voucher)).append(",'").append(transactionKind).append("',").append(amount)
                    .append(",:at)");
            return count + 1;
        }

        private Instant at(int index) {
            return monday.plus(Duration.ofSeconds(index * 10L));
        }
    }
}
