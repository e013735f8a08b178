package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static io.comptoir.engine.core.account.AccountTests.RESET_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PasswordResetTest {
    private static final String CLAIRE = "claire.martin@example.org";
    private static final String NEW_PASSWORD = "Carbonnade flamande 2026";

    private static void assertInvalidToken(Engine engine, String token) {
        assertThatThrownBy(() -> engine.accounts().resetPassword(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_token");
                    assertThat(e.field()).contains("token");
                });
    }

    private static void assertSignInRefused(Engine engine, String password) {
        assertThatThrownBy(() -> engine.accounts().authenticate(CLAIRE, password, "192.0.2.1"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
    }

    @EachDatabase
    void theLinkMailedInFrenchSetsANewPasswordOnceAndEndsEverySession(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            Session session = engine.sessions().open(id);

            engine.accounts().requestPasswordReset(" Claire.Martin@example.org", RESET_PREFIX);

            SentMail sent = engine.mailOutbox().sentTo(CLAIRE, 10).get(0);
            assertThat(sent.mail().to()).isEqualTo(CLAIRE);
            assertThat(sent.mail().subject()).isEqualTo("Réinitialisation de votre mot de passe");
            assertThat(sent.mail().body()).startsWith("Bonjour Claire Martin,").contains("dans l'heure");
            String token = AccountTests.resetToken(engine, CLAIRE);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");

            assertThat(engine.accounts().resetPassword(token, NEW_PASSWORD).id()).isEqualTo(id);

            assertThat(engine.sessions().resolve(session.token())).isEmpty();
            assertSignInRefused(engine, PASSWORD);
            assertThat(engine.accounts().authenticate(CLAIRE, NEW_PASSWORD, "192.0.2.1").id()).isEqualTo(id);
            assertInvalidToken(engine, token);
        }
    }

    @EachDatabase
    void anUnknownEmailGetsNoMailAndNoErrorAndAClosedAccountNeither(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            engine.accounts().setActive(id, false, io.comptoir.engine.api.Actor.system("test"));

            engine.accounts().requestPasswordReset("nobody@example.org", RESET_PREFIX);
            engine.accounts().requestPasswordReset("not an e-mail", RESET_PREFIX);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);

            assertThat(engine.mailOutbox().latest(10)).isEmpty();
            assertThat(AccountTests.rows(db, "password_reset")).isZero();
        }
    }

    @EachDatabase
    void aLinkExpiresAfterAnHour(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountTests.claire(engine);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String token = AccountTests.resetToken(engine, CLAIRE);

            clock.advance(Duration.ofHours(1));

            assertInvalidToken(engine, token);
            assertThat(engine.accounts().authenticate(CLAIRE, PASSWORD, "192.0.2.1").email()).isEqualTo(CLAIRE);
        }
    }

    @EachDatabase
    void aWeakNewPasswordIsRefusedWithoutSpendingTheLink(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String token = AccountTests.resetToken(engine, CLAIRE);

            assertThatThrownBy(() -> engine.accounts().resetPassword(token, "short"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("password"));
            assertInvalidToken(engine, "made-up");
            assertInvalidToken(engine, Secrets.newToken());
            assertInvalidToken(engine, null);

            assertThat(engine.accounts().resetPassword(token, NEW_PASSWORD).email()).isEqualTo(CLAIRE);
        }
    }

    @EachDatabase
    void settingAPasswordVoidsTheOtherPendingLinks(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String first = AccountTests.resetToken(engine, CLAIRE);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String second = AccountTests.resetToken(engine, CLAIRE);
            assertThat(second).isNotEqualTo(first);

            engine.accounts().resetPassword(second, NEW_PASSWORD);

            assertInvalidToken(engine, first);
        }
    }

    @EachDatabase
    void atMostThreeLinksAreMailedPerAccountAndHour(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountTests.claire(engine);
            for (int i = 0; i < 5; i++) {
                engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            }
            assertThat(engine.mailOutbox().sentTo(CLAIRE, 10)).hasSize(3);

            clock.advance(Duration.ofHours(1));
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            assertThat(engine.mailOutbox().sentTo(CLAIRE, 10)).hasSize(4);
        }
    }

    @EachDatabase
    void changingThePasswordNeedsTheCurrentOneAndEndsEverySession(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            Session session = engine.sessions().open(id);

            assertThatThrownBy(() -> engine.accounts().changePassword(id, "not my password", NEW_PASSWORD))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("currentPassword");
                        assertThat(e.code()).isEqualTo("wrong_password");
                    });
            assertThatThrownBy(() -> engine.accounts().changePassword(id, PASSWORD, "short"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("newPassword"));
            assertThat(engine.sessions().resolve(session.token())).isPresent();

            engine.accounts().changePassword(id, PASSWORD, NEW_PASSWORD);

            assertThat(engine.sessions().resolve(session.token())).isEmpty();
            assertSignInRefused(engine, PASSWORD);
            assertThat(engine.accounts().authenticate(CLAIRE, NEW_PASSWORD, "192.0.2.1").id()).isEqualTo(id);
        }
    }

    @EachDatabase
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> engine.accounts().changePassword(id, "guess", NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
            }
            assertThatThrownBy(() -> engine.accounts().changePassword(id, PASSWORD, NEW_PASSWORD))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("too_many_attempts"));
        }
    }

    @EachDatabase
    void housekeepingDeletesLinksADayAfterTheyExpired(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            AccountTests.claire(engine);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);

            clock.advance(Duration.ofHours(24));
            engine.purgeExpiredAccountData();
            assertThat(AccountTests.rows(db, "password_reset")).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
            engine.purgeExpiredAccountData();
            assertThat(AccountTests.rows(db, "password_reset")).isZero();
        }
    }
}
