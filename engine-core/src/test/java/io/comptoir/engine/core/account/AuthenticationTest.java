package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

final class AuthenticationTest {

    @EachDatabase
    void theRightPasswordSignsInWhateverTheCaseAndSpacesOfTheEmail(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Account claire = AccountTests.claire(engine);

            assertThat(engine.accounts().authenticate(" Claire.Martin@EXAMPLE.org", PASSWORD, "192.0.2.10")).isEqualTo(claire);
        }
    }

    @EachDatabase
    void aWrongPasswordAnUnknownEmailAndNonsenseAllFailWithTheSameGenericError(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);

            List<AuthenticationException> failures = new ArrayList<>();
            failures.add(catchThrowableOfType(AuthenticationException.class,
                    () -> engine.accounts().authenticate("claire.martin@example.org", PASSWORD + "!", "192.0.2.10")));
            failures.add(catchThrowableOfType(AuthenticationException.class,
                    () -> engine.accounts().authenticate("nobody@example.org", PASSWORD, "192.0.2.10")));
            failures.add(catchThrowableOfType(AuthenticationException.class,
                    () -> engine.accounts().authenticate("not an e-mail", PASSWORD, "192.0.2.10")));
            failures.add(catchThrowableOfType(AuthenticationException.class,
                    () -> engine.accounts().authenticate("claire.martin@example.org", null, null)));
            failures.add(catchThrowableOfType(AuthenticationException.class,
                    () -> engine.accounts().authenticate(null, "", "")));

            assertThat(failures).allSatisfy(failure -> {
                assertThat(failure.code()).isEqualTo("invalid_credentials");
                assertThat(failure.getMessage()).isEqualTo("wrong e-mail or password");
                assertThat(failure.retryAfter()).isEmpty();
            });
        }
    }

    @EachDatabase
    void aHashMadeWithOtherParametersStillWorksAndIsUpgradedAtSignIn(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine cheap = AccountTests.engine(db, clock)) {
            AccountTests.claire(cheap);
        }
        try (Engine stronger = AccountTests.builder(db, clock).property("accounts.argon2-memory-kib", "2048")
                .property("accounts.argon2-iterations", "2").build()) {
            assertThat(storedHash(db)).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");

            stronger.accounts().authenticate("claire.martin@example.org", PASSWORD, "192.0.2.10");

            assertThat(storedHash(db)).startsWith("$argon2id$v=19$m=2048,t=2,p=1$");
            assertThat(stronger.accounts().authenticate("claire.martin@example.org", PASSWORD, "192.0.2.10").email())
                    .isEqualTo("claire.martin@example.org");
        }
    }

    @EachDatabase
    void badHashingSettingsStopTheEngineFromStarting(TestDatabase db) {
        assertThatThrownBy(() -> AccountTests.builder(db, new MovableClock(Fixtures.START)).property("accounts.argon2-memory-kib", "lots").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accounts.argon2-memory-kib");
        assertThatThrownBy(() -> AccountTests.builder(db, new MovableClock(Fixtures.START)).property("accounts.session-idle-timeout", "P60D").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accounts.session-idle-timeout");
    }

    private static String storedHash(TestDatabase db) {
        return AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT password_hash FROM account").mapTo(String.class).one());
    }
}
