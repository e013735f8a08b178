package io.comptoir.engine.core.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Clock;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static io.comptoir.engine.core.account.AccountTests.RESET_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shop adds people to its staff by e-mail, with an account opened for those who have none; it lists its staff. */
final class InvitationTest {
    private static final Actor OWNER = Actor.system("shop-owner");

    /** The staff grant of a shop of the database. */
    private static RoleGrant staffOfAShop(Engine engine) {
        return RoleGrant.of(Role.MERCHANT_STAFF, io.comptoir.engine.core.Fixtures.on(engine)
                .liveMerchant("Chaussures Martin", io.comptoir.engine.core.Fixtures.SAINT_OMER).id().value());
    }

    @EachDatabase
    void anAddressWithoutAccountGetsOneTheGrantAndALinkToChooseItsPassword(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            RoleGrant staff = staffOfAShop(engine);
            Account invited = engine.accounts().invite(" Sam.Vendeur@Example.org ", "Sam Vendeur", staff, "Chaussures Martin",
                    RESET_PREFIX, OWNER);

            assertThat(invited.email()).isEqualTo("sam.vendeur@example.org");
            assertThat(invited.grants()).contains(staff);
            assertThat(engine.mailOutbox().sentTo("sam.vendeur@example.org", 5)).extracting(mail -> mail.mail().kind())
                    .containsExactlyInAnyOrder("account_invited", "password_reset");
            String token = AccountTests.resetToken(engine, "sam.vendeur@example.org");
            engine.accounts().resetPassword(token, "Un mot de passe à moi 2026");
            assertThat(engine.accounts().authenticate("sam.vendeur@example.org", "Un mot de passe à moi 2026", "127.0.0.1").id())
                    .isEqualTo(invited.id());
            assertThat(engine.accounts().holders(staff)).extracting(Account::id).containsExactly(invited.id());
        }
    }

    @EachDatabase
    void anExistingAccountIsGivenTheGrantAndToldWithoutANewPassword(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            RoleGrant staff = staffOfAShop(engine);
            Account claire = AccountTests.claire(engine);

            Account invited = engine.accounts().invite("claire.martin@example.org", "ignored", staff, "Chaussures Martin",
                    RESET_PREFIX, OWNER);

            assertThat(invited.id()).isEqualTo(claire.id());
            assertThat(invited.displayName()).isEqualTo("Claire Martin");
            assertThat(engine.mailOutbox().sentTo("claire.martin@example.org", 5)).extracting(SentMail::mail)
                    .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Chaussures Martin", "compte habituel"));
            assertThat(engine.accounts().authenticate("claire.martin@example.org", PASSWORD, "127.0.0.1").grants()).contains(staff);
            assertThat(engine.accounts().holders(RoleGrant.of(Role.TERRITORY_ADMIN))).isEmpty();
        }
    }

    @EachDatabase
    void aBadAddressOrAClosedAccountIsRefused(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, Clock.systemUTC())) {
            RoleGrant staff = staffOfAShop(engine);
            assertThatThrownBy(() -> engine.accounts().invite("not-an-address", "Sam", staff, "x", RESET_PREFIX, OWNER))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("email"));
            assertThatThrownBy(() -> engine.accounts().invite("new@example.org", " ", staff, "x", RESET_PREFIX, OWNER))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("displayName"));
            Account claire = AccountTests.claire(engine);
            engine.accounts().setActive(claire.id(), false, OWNER);
            assertThatThrownBy(() -> engine.accounts().invite("claire.martin@example.org", "Claire", staff, "x", RESET_PREFIX, OWNER))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_closed"));
            assertThat(engine.accounts().holders(staff)).isEmpty();
        }
    }
}
