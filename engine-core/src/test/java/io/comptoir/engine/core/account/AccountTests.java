package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.PluginRoles;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Engines with cheap password hashing, and helpers to read what accounts left in the database. */
final class AccountTests {
    static final String PASSWORD = "Tartine au maroilles 62";
    static final String RESET_PREFIX = "https://achetezenpaysdesaintomer.example/mot-de-passe/";

    private AccountTests() {
    }

    static Engine engine(TestDatabase db, Clock clock) {
        return builder(db, clock).build();
    }

    /** Argon2id at 1 MiB and one pass: correct hashes, at a thousandth of the production cost. */
    static io.comptoir.engine.core.EngineBuilder builder(TestDatabase db, Clock clock) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .clock(clock).assetDirectory(Path.of("target", "test-assets"))
                .property("accounts.argon2-memory-kib", "1024")
                .property("accounts.argon2-iterations", "1").plugin(new PluginRoles());
    }

    static Account claire(Engine engine) {
        return engine.accounts().register("claire.martin@example.org", PASSWORD, "Claire Martin");
    }

    static Jdbi jdbi(TestDatabase db) {
        return Jdbi.create(db.dataSource());
    }

    static int rows(TestDatabase db, String table) {
        return jdbi(db).withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** Every column of every row of a table, as text. */
    static List<Map<String, Object>> dump(TestDatabase db, String table) {
        return jdbi(db).withHandle(handle -> handle.createQuery("SELECT * FROM " + table).mapToMap().list());
    }

    /** The token at the end of the link in the latest reset mail to the address. */
    static String resetToken(Engine engine, String email) {
        SentMail mail = engine.mailOutbox().sentTo(email, 1).get(0);
        assertThat(mail.mail().kind()).isEqualTo("password_reset");
        int start = mail.mail().body().indexOf(RESET_PREFIX);
        assertThat(start).as("the mail holds the link").isNotNegative();
        return mail.mail().body().substring(start + RESET_PREFIX.length()).split("\\s", 2)[0];
    }
}
