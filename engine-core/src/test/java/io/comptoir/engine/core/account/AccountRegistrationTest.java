package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class AccountRegistrationTest {

    private record Bad(String field, String email, String password, String displayName) {
    }

    @EachDatabase
    void aNewAccountIsAnActiveShopperWithItsEmailTrimmedAndLowerCased(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            Account account = engine.accounts().register("  Claire.Martin@Example.ORG ", PASSWORD, "  Claire Martin ");

            assertThat(account.email()).isEqualTo("claire.martin@example.org");
            assertThat(account.displayName()).isEqualTo("Claire Martin");
            assertThat(account.grants()).containsExactly(RoleGrant.of(Role.SHOPPER));
            assertThat(account.active()).isTrue();
            assertThat(account.createdAt()).isEqualTo(clock.instant());
            assertThat(engine.accounts().account(account.id())).contains(account);
            assertThat(engine.accounts().accountByEmail("CLAIRE.MARTIN@example.org ")).contains(account);
        }
    }

    @EachDatabase
    void accountsLookedUpTogetherAreKeyedByTheAddressesAsGiven(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Account claire = engine.accounts().register("claire.martin@example.org", PASSWORD, "Claire Martin");
            Account paul = engine.accounts().register("paul@example.org", PASSWORD, "Paul");

            assertThat(engine.accounts().accountsByEmail(List.of("CLAIRE.MARTIN@example.org ", "claire.martin@example.org", "paul@example.org",
                    "nobody@example.org", "not an address"))).containsOnly(
                    Map.entry("CLAIRE.MARTIN@example.org ", claire), Map.entry("claire.martin@example.org", claire),
                    Map.entry("paul@example.org", paul));
            assertThat(engine.accounts().accountsByEmail(List.of("not an address"))).isEmpty();
        }
    }

    @EachDatabase
    void thePasswordIsKeptOnlyAsAnArgon2idHash(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);

            String hash = AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT password_hash FROM account")
                    .mapTo(String.class).one());
            assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain(PASSWORD);
        }
    }

    @EachDatabase
    void eachBadFieldIsRefusedNamingTheFieldAndNothingIsStored(TestDatabase db) {
        String longEmail = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".fr";
        List<Bad> bad = List.of(
                new Bad("email", null, PASSWORD, "Claire"),
                new Bad("email", "", PASSWORD, "Claire"),
                new Bad("email", "claire.martin", PASSWORD, "Claire"),
                new Bad("email", "claire@localhost", PASSWORD, "Claire"),
                new Bad("email", "claire martin@example.org", PASSWORD, "Claire"),
                new Bad("email", "claire..martin@example.org", PASSWORD, "Claire"),
                new Bad("email", "claire@-example.org", PASSWORD, "Claire"),
                new Bad("email", longEmail, PASSWORD, "Claire"),
                new Bad("displayName", "claire@example.org", PASSWORD, null),
                new Bad("displayName", "claire@example.org", PASSWORD, "   "),
                new Bad("displayName", "claire@example.org", PASSWORD, "C".repeat(101)),
                new Bad("displayName", "claire@example.org", PASSWORD, "Claire\nBcc: everyone"),
                new Bad("password", "claire@example.org", null, "Claire"),
                new Bad("password", "claire@example.org", "court-123", "Claire"),
                new Bad("password", "claire@example.org", " ".repeat(12), "Claire"),
                new Bad("password", "claire@example.org", "p".repeat(201), "Claire"));
        assertThat(longEmail).hasSizeGreaterThan(254);
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            for (Bad input : bad) {
                assertThatThrownBy(() -> engine.accounts().register(input.email(), input.password(), input.displayName()))
                        .as(input.toString())
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.field()).contains(input.field());
                            assertThat(e.code()).isEqualTo("invalid_" + input.field());
                        });
            }
            assertThat(engine.accounts().count(AccountFilter.all())).isZero();
            assertThat(AccountTests.rows(db, "domain_event")).isZero();
        }
    }

    @EachDatabase
    void theBoundaryLengthsAreAccepted(TestDatabase db) {
        String email = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".fr";
        assertThat(email).hasSize(250);
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Account account = engine.accounts().register(email, "p".repeat(10), "Ç".repeat(100));
            assertThat(account.email()).isEqualTo(email);
            assertThat(engine.accounts().register("x@example.org", "p".repeat(200), "X").email()).isEqualTo("x@example.org");
        }
    }

    @EachDatabase
    void anEmailAlreadyInUseInAnyCaseIsAConflict(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);

            assertThatThrownBy(() -> engine.accounts().register("CLAIRE.MARTIN@example.org", "another password", "Claire Bis"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
            assertThat(engine.accounts().count(AccountFilter.all())).isEqualTo(1);
        }
    }

    @EachDatabase
    void concurrentRegistrationsOfOneEmailLetExactlyOneThrough(TestDatabase db) throws Exception {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            int threads = 8;
            AtomicInteger created = new AtomicInteger();
            AtomicInteger taken = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        engine.accounts().register(n % 2 == 0 ? "jean@example.org" : "JEAN@example.org", PASSWORD, "Jean " + n);
                        created.incrementAndGet();
                    }
                    catch (ConflictException e) {
                        assertThat(e.code()).isEqualTo("email_taken");
                        taken.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(created.get()).isEqualTo(1);
            assertThat(taken.get()).isEqualTo(threads - 1);
            assertThat(engine.accounts().count(AccountFilter.all())).isEqualTo(1);
            assertThat(AccountTests.rows(db, "account_role")).isEqualTo(1);
        }
    }

    @EachDatabase
    void registeringPublishesAnAccountRegisteredEvent(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Account account = AccountTests.claire(engine);

            List<String> types = AccountTests.jdbi(db).withHandle(handle -> handle.createQuery(
                    "SELECT type || ' ' || aggregate_type || ' ' || aggregate_id || ' ' || actor FROM domain_event")
                    .mapTo(String.class).list());
            assertThat(types).containsExactly(String.join(" ", Arrays.asList("account.registered", "account",
                    account.id().toString(), "account:" + account.id())));
        }
    }
}
