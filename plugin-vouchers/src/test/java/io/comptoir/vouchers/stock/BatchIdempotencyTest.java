package io.comptoir.vouchers.stock;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.BatchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generating a batch is a write an admin's client may retry: one key, one batch, whatever the retries and their timing. */
final class BatchIdempotencyTest {

    private static long batches(Market market) {
        return Database.on(market.engine.dataSource()).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM voucher_batch")
                .mapTo(Long.class).one());
    }

    private static long stockVouchers(Market market) {
        return Database.on(market.engine.dataSource()).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM voucher WHERE batch_id IS NOT NULL")
                .mapTo(Long.class).one());
    }

    @EachDatabase
    void aReplayReturnsTheFirstBatchAndAnotherRequestUnderTheSameKeyIsRefused(TestDatabase db) {
        try (Market market = new Market(db)) {
            long booster = market.booster.id();
            long denomination = market.booster.denominations().get(0).id();

            BatchResult first = market.stock().generate(booster, denomination, 20, "batch-retry-0001", market.admin);
            assertThat(first.replayed()).isFalse();
            assertThat(first.batch().size()).isEqualTo(20);
            BatchResult replay = market.stock().generate(booster, denomination, 20, "batch-retry-0001", market.admin);
            assertThat(replay.replayed()).isTrue();
            assertThat(replay.batch().id()).isEqualTo(first.batch().id());
            assertThat(batches(market)).isEqualTo(1);
            assertThat(stockVouchers(market)).isEqualTo(20);

            assertThatThrownBy(() -> market.stock().generate(booster, denomination, 21, "batch-retry-0001", market.admin))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
            long giftDenomination = market.gift.denominations().get(0).id();
            assertThatThrownBy(() -> market.stock().generate(market.gift.id(), giftDenomination, 20, "batch-retry-0001", market.admin))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
            assertThatThrownBy(() -> market.stock().generate(booster, denomination, 20, "short", market.admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("idempotencyKey"));
            assertThatThrownBy(() -> market.stock().generate(booster, denomination, 20, null, market.admin))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(batches(market)).isEqualTo(1);
            assertThat(stockVouchers(market)).isEqualTo(20);

            // Keys belong to the admin who sent them: another admin's key of the same spelling is another request.
            var otherAdmin = market.engine.accounts().grant(market.account("Agnes Territoire").id(),
                    io.comptoir.engine.api.account.RoleGrant.of(io.comptoir.engine.api.account.Role.TERRITORY_ADMIN), Market.ADMIN_ACTOR);
            BatchResult theirs = market.stock().generate(booster, denomination, 20, "batch-retry-0001", otherAdmin);
            assertThat(theirs.replayed()).isFalse();
            assertThat(theirs.batch().id()).isNotEqualTo(first.batch().id());
            assertThat(market.stock().batches(booster)).extracting(Batch::id).containsExactly(first.batch().id(), theirs.batch().id());
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void twoRequestsWithOneKeyAtOnceGenerateOneBatch(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            long booster = market.booster.id();
            long denomination = market.booster.denominations().get(0).id();
            int size = 1_000;
            int rounds = 4;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    String key = "batch-race-" + round + "-000";
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<BatchResult>> calls = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        calls.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            return market.stock().generate(booster, denomination, size, key, market.admin);
                        }));
                    }
                    BatchResult a = calls.get(0).get(60, TimeUnit.SECONDS);
                    BatchResult b = calls.get(1).get(60, TimeUnit.SECONDS);
                    assertThat(a.batch().id()).as("round " + round).isEqualTo(b.batch().id());
                    assertThat(List.of(a.replayed(), b.replayed())).as("round " + round).containsExactlyInAnyOrder(true, false);
                    assertThat(batches(market)).as("round " + round).isEqualTo(round + 1);
                    assertThat(stockVouchers(market)).as("round " + round).isEqualTo((long) size * (round + 1));
                }
            }
            finally {
                pool.shutdownNow();
            }
            assertThat(market.stock().batches(booster)).allSatisfy(batch -> assertThat(batch.unassigned()).isEqualTo(size));
        }
    }
}
