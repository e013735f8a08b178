package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.time.Instant;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class SessionStoreTest {

    @EachDatabase
    void anOpenedSessionResolvesToItsAccountAndCsrfTokenUntilItIsClosed(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountId id = AccountTests.claire(engine).id();
            Session session = engine.sessions().open(id);

            assertThat(session.token()).matches("[A-Za-z0-9_-]{43}");
            assertThat(session.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(session.token());
            assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
            assertThat(engine.sessions().resolve(session.token())).contains(session);

            engine.sessions().close(session.token());
            assertThat(engine.sessions().resolve(session.token())).isEmpty();
        }
    }

    @EachDatabase
    void unknownMalformedOrMissingTokensResolveToNothing(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Session session = engine.sessions().open(AccountTests.claire(engine).id());

            assertThat(engine.sessions().resolve(Secrets.newToken())).isEmpty();
            assertThat(engine.sessions().resolve(session.token() + "x")).isEmpty();
            assertThat(engine.sessions().resolve("")).isEmpty();
            assertThat(engine.sessions().resolve(null)).isEmpty();
            assertThat(engine.sessions().resolve(session.csrfToken())).as("the CSRF token is no session token").isEmpty();
            engine.sessions().close("not a token");
            assertThat(engine.sessions().resolve(session.token())).isPresent();
        }
    }

    @EachDatabase
    void sessionsOfUnknownAccountsCannotBeOpened(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            assertThatThrownBy(() -> engine.sessions().open(new AccountId(999))).isInstanceOf(NotFoundException.class);
        }
    }

    @EachDatabase
    void closeAllEndsEverySessionOfTheAccountAndNoOther(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId claire = AccountTests.claire(engine).id();
            AccountId paul = engine.accounts().register("paul@example.org", PASSWORD, "Paul").id();
            Session phone = engine.sessions().open(claire);
            Session laptop = engine.sessions().open(claire);
            Session pauls = engine.sessions().open(paul);

            engine.sessions().closeAll(claire);

            assertThat(engine.sessions().resolve(phone.token())).isEmpty();
            assertThat(engine.sessions().resolve(laptop.token())).isEmpty();
            assertThat(engine.sessions().resolve(pauls.token())).isPresent();
        }
    }

    @EachDatabase
    void aSessionUnusedForSevenDaysHasExpired(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            Session session = engine.sessions().open(AccountTests.claire(engine).id());

            clock.advance(Duration.ofDays(7).minusSeconds(1));
            Session used = engine.sessions().resolve(session.token()).orElseThrow();
            assertThat(used.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

            clock.advance(Duration.ofDays(7));
            assertThat(engine.sessions().resolve(session.token())).isEmpty();
        }
    }

    @EachDatabase
    void useSlidesTheExpiryWritingAtMostOnceAMinute(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            Session session = engine.sessions().open(AccountTests.claire(engine).id());
            Instant opened = clock.instant();

            clock.advance(Duration.ofSeconds(59));
            assertThat(engine.sessions().resolve(session.token()).orElseThrow().expiresAt()).isEqualTo(opened.plus(Duration.ofDays(7)));
            assertThat(lastSeen(db)).isEqualTo(opened);

            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.sessions().resolve(session.token()).orElseThrow().expiresAt())
                    .isEqualTo(opened.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
            assertThat(lastSeen(db)).isEqualTo(clock.instant());
        }
    }

    @EachDatabase
    void aSessionInUseStillEndsThirtyDaysAfterSignIn(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            Session session = engine.sessions().open(AccountTests.claire(engine).id());
            Instant opened = clock.instant();

            for (int day = 6; day < 30; day += 6) {
                clock.advance(Duration.ofDays(6));
                Session used = engine.sessions().resolve(session.token()).orElseThrow();
                assertThat(used.expiresAt()).isBeforeOrEqualTo(opened.plus(Duration.ofDays(30)));
            }
            clock.advance(Duration.ofDays(5).plusHours(23));
            assertThat(engine.sessions().resolve(session.token()).orElseThrow().expiresAt()).isEqualTo(opened.plus(Duration.ofDays(30)));
            clock.advance(Duration.ofHours(1));
            assertThat(engine.sessions().resolve(session.token())).isEmpty();
        }
    }

    @EachDatabase
    void theDatabaseKeepsOnlyHashesOfSessionTokens(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Session session = engine.sessions().open(AccountTests.claire(engine).id());

            String stored = AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT token_hash FROM session")
                    .mapTo(String.class).one());
            assertThat(stored).isEqualTo(Secrets.sha256(session.token())).doesNotContain(session.token());
        }
    }

    @EachDatabase
    void purgingDeletesClosedAndExpiredSessionsOnly(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountId id = AccountTests.claire(engine).id();
            Session closed = engine.sessions().open(id);
            engine.sessions().close(closed.token());
            engine.sessions().open(id);
            clock.advance(Duration.ofDays(6));
            Session recent = engine.sessions().open(id);
            clock.advance(Duration.ofDays(1));

            assertThat(engine.purgeExpiredAccountData()).isEqualTo(2);
            assertThat(AccountTests.rows(db, "session")).isEqualTo(1);
            assertThat(engine.sessions().resolve(recent.token())).isPresent();
        }
    }

    private static Instant lastSeen(TestDatabase db) {
        return AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT last_seen_at FROM session")
                .mapTo(java.time.OffsetDateTime.class).one().toInstant());
    }
}
