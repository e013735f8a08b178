package io.comptoir.engine.core.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.PluginRoles;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Map;

import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static io.comptoir.engine.core.account.AccountTests.RESET_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

final class SecretsStayOutTest {
    private static final String CLAIRE = "claire.martin@example.org";

    @EachDatabase
    void noPasswordHashOrTokenReachesEventsAndOnlyTheResetMailCarriesItsLink(TestDatabase db) {
        String resetPassword = "Carbonnade flamande 2026";
        String changedPassword = "Welsh au Maroilles 1903";
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            engine.accounts().authenticate(CLAIRE, PASSWORD, "192.0.2.1");
            Session session = engine.sessions().open(id);
            engine.accounts().grant(id, RoleGrant.of(PluginRoles.TRAINER), Actor.system("test"));
            engine.accounts().revoke(id, RoleGrant.of(PluginRoles.TRAINER), Actor.system("test"));
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String token = AccountTests.resetToken(engine, CLAIRE);
            engine.accounts().resetPassword(token, resetPassword);
            engine.accounts().changePassword(id, resetPassword, changedPassword);
            engine.accounts().setActive(id, false, Actor.system("test"));
            engine.accounts().setActive(id, true, Actor.system("test"));
            String hash = AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT password_hash FROM account")
                    .mapTo(String.class).one());

            List<Map<String, Object>> events = AccountTests.dump(db, "domain_event");
            assertThat(events).extracting(row -> row.get("type")).containsExactly("account.registered", "account.role_granted",
                    "account.role_revoked", "account.password_reset_requested", "account.password_changed",
                    "account.password_changed", "account.closed", "account.reopened");
            List<String> secrets = List.of(PASSWORD, resetPassword, changedPassword, token, Secrets.sha256(token),
                    session.token(), session.csrfToken(), hash, "$argon2");
            assertThat(events.toString()).doesNotContain(secrets);

            List<SentMail> mails = engine.mailOutbox().latest(10);
            assertThat(mails).singleElement().satisfies(mail -> {
                assertThat(mail.mail().body()).contains(RESET_PREFIX + token);
                assertThat(mail.toString() + mail.mail().subject()).doesNotContain(PASSWORD, resetPassword, changedPassword, hash);
            });
            assertThat(AccountTests.dump(db, "mail_outbox").toString().replace(RESET_PREFIX + token, ""))
                    .doesNotContain(secrets);
        }
    }

    @EachDatabase
    void resetLinksAreStoredOnlyAsHashes(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountTests.claire(engine);
            engine.accounts().requestPasswordReset(CLAIRE, RESET_PREFIX);
            String token = AccountTests.resetToken(engine, CLAIRE);

            String stored = AccountTests.dump(db, "password_reset").toString();
            assertThat(stored).contains(Secrets.sha256(token)).doesNotContain(token);
        }
    }
}
