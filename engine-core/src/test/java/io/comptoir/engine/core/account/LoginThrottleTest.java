package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

final class LoginThrottleTest {
    private static final String CLAIRE = "claire.martin@example.org";

    private static void failOnce(Engine engine, String email, String client) {
        assertThatThrownBy(() -> engine.accounts().authenticate(email, "wrong password", client))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
    }

    private static AuthenticationException refused(Engine engine, String email, String password, String client) {
        AuthenticationException refusal = catchThrowableOfType(AuthenticationException.class,
                () -> engine.accounts().authenticate(email, password, client));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.code()).isEqualTo("too_many_attempts");
        return refusal;
    }

    @EachDatabase
    void afterFiveFailuresForAnEmailEvenTheRightPasswordIsRefusedUntilTheWindowHasPassed(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountTests.claire(engine);
            for (int i = 0; i < 5; i++) {
                failOnce(engine, CLAIRE, "192.0.2." + i);
                clock.advance(Duration.ofMinutes(1));
            }

            AuthenticationException refusal = refused(engine, CLAIRE, PASSWORD, "198.51.100.7");
            assertThat(refusal.retryAfter()).contains(Duration.ofMinutes(10));
            clock.advance(Duration.ofMinutes(9));
            assertThat(refused(engine, CLAIRE, PASSWORD, "198.51.100.7").retryAfter()).contains(Duration.ofMinutes(1));

            clock.advance(Duration.ofMinutes(1));
            assertThat(engine.accounts().authenticate(CLAIRE, PASSWORD, "198.51.100.7").email()).isEqualTo(CLAIRE);
        }
    }

    @EachDatabase
    void anUnknownEmailIsThrottledLikeAKnownOne(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            for (int i = 0; i < 5; i++) {
                failOnce(engine, "nobody@example.org", "192.0.2." + i);
            }
            refused(engine, "nobody@example.org", PASSWORD, "192.0.2.99");
        }
    }

    @EachDatabase
    void aSuccessfulSignInStartsTheEmailsCountAfresh(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            for (int i = 0; i < 4; i++) {
                failOnce(engine, CLAIRE, "192.0.2.1");
            }
            engine.accounts().authenticate(CLAIRE, PASSWORD, "192.0.2.1");
            for (int i = 0; i < 5; i++) {
                failOnce(engine, CLAIRE, "192.0.2.1");
            }
            refused(engine, CLAIRE, PASSWORD, "192.0.2.1");
        }
    }

    @EachDatabase
    void afterTwentyFailuresFromOneClientItIsRefusedForEveryEmailWhileOtherClientsSignIn(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountTests.claire(engine);
            for (int i = 0; i < 20; i++) {
                failOnce(engine, "guess" + i + "@example.org", "203.0.113.66");
            }

            refused(engine, CLAIRE, PASSWORD, "203.0.113.66");
            assertThat(engine.accounts().authenticate(CLAIRE, PASSWORD, "192.0.2.1").email()).isEqualTo(CLAIRE);
            clock.advance(Duration.ofMinutes(15));
            assertThat(engine.accounts().authenticate(CLAIRE, PASSWORD, "203.0.113.66").email()).isEqualTo(CLAIRE);
        }
    }

    @EachDatabase
    void successfulSignInsBehindOneAddressDoNotUseUpItsAllowance(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            for (int i = 0; i < 30; i++) {
                engine.accounts().authenticate(CLAIRE, PASSWORD, "192.0.2.200");
            }
            failOnce(engine, CLAIRE, "192.0.2.200");
        }
    }

    @EachDatabase
    void parallelWrongGuessesGetNoMoreThanFiveTries(TestDatabase db) throws Exception {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            int threads = 12;
            AtomicInteger wrong = new AtomicInteger();
            AtomicInteger throttled = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        engine.accounts().authenticate(CLAIRE, "guess number " + n, "192.0.2." + n);
                    }
                    catch (AuthenticationException e) {
                        (e.code().equals("too_many_attempts") ? throttled : wrong).incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(wrong.get()).isEqualTo(5);
            assertThat(throttled.get()).isEqualTo(threads - 5);
        }
    }

    @EachDatabase
    void housekeepingForgetsPassedWindows(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            failOnce(engine, CLAIRE, "192.0.2.1");
            assertThat(AccountTests.rows(db, "login_throttle")).isEqualTo(2);
            engine.purgeExpiredAccountData();
            assertThat(AccountTests.rows(db, "login_throttle")).isEqualTo(2);

            clock.advance(Duration.ofMinutes(15));
            engine.purgeExpiredAccountData();
            assertThat(AccountTests.rows(db, "login_throttle")).isZero();
        }
    }

    @EachDatabase
    void theThrottleTableHoldsNeitherEmailsNorAddresses(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            failOnce(engine, CLAIRE, "192.0.2.1");
            assertThat(AccountTests.dump(db, "login_throttle").toString()).doesNotContain("claire").doesNotContain("192.0.2.1");
        }
    }
}
