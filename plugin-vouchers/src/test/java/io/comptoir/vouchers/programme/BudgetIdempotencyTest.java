package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.ledger.LedgerProbe;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A budget grant or setting is retried with its Idempotency-Key: the same request answers the budget without moving it
 * again; another request under the same key (another amount, or a grant where it set the budget) is refused and moves
 * nothing.
 */
final class BudgetIdempotencyTest {
    private static final Money SEED = Money.euros(1000);

    @EachDatabase
    void aGrantRetriedMovesTheBudgetOnceAndTheKeyReusedForAnotherAmountIsRefused(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();

            assertThat(programmes.grantBudget(booster, Money.euros(100), "grant-0001", Market.ADMIN_ACTOR).granted()).isEqualTo(Money.euros(1100));
            assertThat(programmes.grantBudget(booster, Money.euros(100), "grant-0001", Market.ADMIN_ACTOR).granted())
                    .as("a retry answers the budget").isEqualTo(Money.euros(1100));
            reused(() -> programmes.grantBudget(booster, Money.euros(200), "grant-0001", Market.ADMIN_ACTOR));

            assertThat(programmes.budget(booster).granted()).isEqualTo(Money.euros(1100));
            assertThat(moves(market)).isEqualTo(2);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aKeyThatGrantedCannotSetTheBudgetNorTheOtherWayRound(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();
            programmes.grantBudget(booster, Money.euros(100), "key-0001", Market.ADMIN_ACTOR);

            reused(() -> programmes.setBudget(booster, Money.euros(100), "key-0001", Market.ADMIN_ACTOR));
            reused(() -> programmes.setBudget(booster, Money.euros(5000), "key-0001", Market.ADMIN_ACTOR));
            programmes.setBudget(booster, Money.euros(600), "key-0002", Market.ADMIN_ACTOR);
            reused(() -> programmes.grantBudget(booster, Money.euros(600), "key-0002", Market.ADMIN_ACTOR));
            reused(() -> programmes.setBudget(booster, Money.euros(700), "key-0002", Market.ADMIN_ACTOR));

            assertThat(programmes.budget(booster).granted()).isEqualTo(Money.euros(600));
            assertThat(moves(market)).isEqualTo(3);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aBudgetSetRetriedAfterAnotherChangeIsNotAppliedAgainAndAnswersAsTheFirstTime(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();
            market.sellBooster(1);
            BudgetStatus first = programmes.setBudget(booster, Money.euros(600), "set-0001", Market.ADMIN_ACTOR);
            programmes.grantBudget(booster, Money.euros(100), "grant-0001", Market.ADMIN_ACTOR);
            market.sellBooster(1);

            assertThat(programmes.setBudget(booster, Money.euros(600), "set-0001", Market.ADMIN_ACTOR)).isEqualTo(first)
                    .isEqualTo(new BudgetStatus(Money.euros(600), Money.euros(200)));
            assertThat(programmes.budget(booster)).isEqualTo(new BudgetStatus(Money.euros(700), Money.euros(400)));
            assertThat(moves(market)).isEqualTo(3);
        }
    }

    @EachDatabase
    void aBudgetSetToWhatItIsSpendsItsKey(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();

            BudgetStatus first = programmes.setBudget(booster, SEED, "same-0001", Market.ADMIN_ACTOR);
            assertThat(programmes.setBudget(booster, SEED, "same-0001", Market.ADMIN_ACTOR)).isEqualTo(first);
            reused(() -> programmes.setBudget(booster, Money.euros(2000), "same-0001", Market.ADMIN_ACTOR));
            reused(() -> programmes.grantBudget(booster, Money.euros(50), "same-0001", Market.ADMIN_ACTOR));

            assertThat(programmes.budget(booster).granted()).isEqualTo(SEED);
            assertThat(moves(market)).as("the seed grant only").isEqualTo(1);
        }
    }

    @EachDatabase
    void theSameKeyOnTwoProgrammesIsTwoRequests(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            long subsidised = market.programmes().create(market.boosterLike("booster-bis", "Booster bis"), Market.ADMIN_ACTOR).id();

            market.programmes().grantBudget(market.booster.id(), Money.euros(100), "shared-0001", Market.ADMIN_ACTOR);

            assertThat(market.programmes().grantBudget(subsidised, Money.euros(300), "shared-0001", Market.ADMIN_ACTOR).granted())
                    .isEqualTo(Money.euros(300));
        }
    }

    @EachDatabase
    void retriesArrivingTogetherMoveTheBudgetOnce(TestDatabase db) throws Exception {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();
            int clients = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<BudgetStatus>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return programmes.grantBudget(booster, Money.euros(100), "together-0001", Market.ADMIN_ACTOR);
                    }));
                }
                start.countDown();
                for (Future<BudgetStatus> answer : answers) {
                    assertThat(answer.get().granted()).isEqualTo(Money.euros(1100));
                }
            }
            finally {
                pool.shutdownNow();
            }
            assertThat(moves(market)).isEqualTo(2);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void upgradingADatabaseKeepsTheKeysOfEarlierGrantsAndSettingsWithTheirAnswers(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, SEED, Map.of())) {
            Programmes programmes = market.programmes();
            long booster = market.booster.id();
            market.sellBooster(1);
            BudgetStatus granted = programmes.grantBudget(booster, Money.euros(100), "old-grant-0001", Market.ADMIN_ACTOR);
            BudgetStatus lowered = programmes.setBudget(booster, Money.euros(800), "old-set-0001", Market.ADMIN_ACTOR);
            BudgetStatus grantedAgain = programmes.grantBudget(booster, Money.euros(100), "old-both-0001", Market.ADMIN_ACTOR);
            programmes.setBudget(booster, Money.euros(1000), "old-both-0002", Market.ADMIN_ACTOR);
            Database database = Database.on(market.engine.dataSource());
            // the database as it was before budget requests were recorded, where a key could grant and then set the budget
            database.useTransaction(handle -> {
                handle.execute("DROP TABLE voucher_budget_request");
                handle.execute("DELETE FROM flyway_history_vouchers WHERE version = '5'");
                handle.execute("UPDATE voucher_ledger_transaction SET idempotency_key = ? WHERE idempotency_key = ?",
                        "budget:" + booster + ":old-both-0001", "budget:" + booster + ":old-both-0002");
            });
            Flyway.configure(getClass().getClassLoader()).dataSource(market.engine.dataSource())
                    .locations("classpath:io/comptoir/vouchers/db/migration").table("flyway_history_vouchers").load().migrate();

            assertThat(programmes.grantBudget(booster, Money.euros(100), "old-grant-0001", Market.ADMIN_ACTOR)).isEqualTo(granted)
                    .isEqualTo(new BudgetStatus(Money.euros(1100), Money.euros(200)));
            reused(() -> programmes.grantBudget(booster, Money.euros(200), "old-grant-0001", Market.ADMIN_ACTOR));
            assertThat(programmes.setBudget(booster, Money.euros(800), "old-set-0001", Market.ADMIN_ACTOR)).isEqualTo(lowered)
                    .isEqualTo(new BudgetStatus(Money.euros(800), Money.euros(200)));
            reused(() -> programmes.grantBudget(booster, Money.euros(800), "old-set-0001", Market.ADMIN_ACTOR));
            assertThat(programmes.grantBudget(booster, Money.euros(100), "old-both-0001", Market.ADMIN_ACTOR)).as("its first request")
                    .isEqualTo(grantedAgain);
            reused(() -> programmes.setBudget(booster, Money.euros(1000), "old-both-0001", Market.ADMIN_ACTOR));

            assertThat(programmes.budget(booster).granted()).isEqualTo(Money.euros(1000));
            assertThat(moves(market)).isEqualTo(5);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    private static void reused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
    }

    /** The ledger transactions that moved a budget. */
    private static long moves(Market market) {
        return Database.on(market.engine.dataSource()).withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM voucher_ledger_transaction WHERE kind IN ('GRANT', 'BUDGET_CUT')").mapTo(Long.class).one());
    }
}
