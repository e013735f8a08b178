package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Clock;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An account's holder changes its name and e-mail, and closes it, themselves. */
final class AccountSelfServiceTest {

    @EachDatabase
    void aHolderRenamesTheirAccount(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            Account claire = AccountTests.claire(engine);

            assertThat(engine.accounts().rename(claire.id(), "  Claire Dubois ").displayName()).isEqualTo("Claire Dubois");
            assertThat(engine.accounts().account(claire.id()).orElseThrow().displayName()).isEqualTo("Claire Dubois");
            assertThatThrownBy(() -> engine.accounts().rename(claire.id(), " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("displayName"));
        }
    }

    @EachDatabase
    void aHolderChangesTheirEmailWithTheirPasswordAndTheFormerAddressIsTold(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            Account claire = AccountTests.claire(engine);
            engine.accounts().register("dominique@example.org", PASSWORD, "Dominique");

            assertThatThrownBy(() -> engine.accounts().changeEmail(claire.id(), "not the password", "claire@example.org"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("currentPassword");
                        assertThat(e.code()).isEqualTo("wrong_password");
                    });
            assertThatThrownBy(() -> engine.accounts().changeEmail(claire.id(), PASSWORD, "Dominique@Example.org"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
            assertThatThrownBy(() -> engine.accounts().changeEmail(claire.id(), PASSWORD, "pas une adresse"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("email"));

            Account moved = engine.accounts().changeEmail(claire.id(), PASSWORD, " Claire@Example.org ");

            assertThat(moved.email()).isEqualTo("claire@example.org");
            assertThat(engine.accounts().authenticate("claire@example.org", PASSWORD, "127.0.0.1").id()).isEqualTo(claire.id());
            assertThatThrownBy(() -> engine.accounts().authenticate("claire.martin@example.org", PASSWORD, "127.0.0.1"))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(engine.mailOutbox().sentTo("claire.martin@example.org", 5)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains("claire@example.org"));
        }
    }

    @EachDatabase
    void aHolderClosesTheirAccountWithTheirPasswordAndEverySessionEnds(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            Account claire = AccountTests.claire(engine);
            Session session = engine.sessions().open(claire.id());

            assertThatThrownBy(() -> engine.accounts().closeOwnAccount(claire.id(), "wrong one"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("wrong_password"));
            assertThat(engine.sessions().resolve(session.token())).isPresent();

            assertThat(engine.accounts().closeOwnAccount(claire.id(), PASSWORD).active()).isFalse();

            assertThat(engine.sessions().resolve(session.token())).isEmpty();
            assertThatThrownBy(() -> engine.accounts().authenticate("claire.martin@example.org", PASSWORD, "127.0.0.1"))
                    .isInstanceOf(AuthenticationException.class);
        }
    }
}
