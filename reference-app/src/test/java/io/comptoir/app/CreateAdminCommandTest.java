package io.comptoir.app;

import io.comptoir.app.cli.Terminal;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code create-admin EMAIL} on the server's database settings: the first administrator signs in with the password
 * given in {@code ADMIN_PASSWORD} or typed twice, hashed with Argon2id and never printed.
 */
final class CreateAdminCommandTest {
    private static final String PASSWORD = "premier-admin-2026";

    @EachDatabase
    void createsTheFirstAdministratorWithThePasswordOfTheEnvironment(TestDatabase db) throws SQLException {
        FakeTerminal terminal = new FakeTerminal();
        Map<String, String> env = env(db);
        env.put("ADMIN_PASSWORD", PASSWORD);

        assertThat(Commands.run(List.of("create-admin", "mairie@territoire.example"), env, terminal)).isZero();
        assertThat(terminal.output()).contains("mairie@territoire.example").doesNotContain(PASSWORD);

        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
            Account admin = engine.accounts().authenticate("mairie@territoire.example", PASSWORD, "127.0.0.1");
            assertThat(admin.grants()).extracting(grant -> grant.role()).contains(Role.TERRITORY_ADMIN);
        }
        assertThat(passwordHash(db, "mairie@territoire.example")).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void asksThePasswordTwiceOnTheTerminalAndRefusesTwoDifferentOnes() {
        try (TestDatabase db = TestDatabase.h2()) {
            FakeTerminal differing = new FakeTerminal("premier-admin-2026", "premier-admin-2027");
            assertThat(Commands.run(List.of("create-admin", "mairie@territoire.example"), env(db), differing)).isEqualTo(1);
            assertThat(differing.errors()).contains("the two passwords differ");

            FakeTerminal none = new FakeTerminal();
            assertThat(Commands.run(List.of("create-admin", "mairie@territoire.example"), env(db), none)).isEqualTo(1);
            assertThat(none.errors()).contains("set ADMIN_PASSWORD");

            FakeTerminal weak = new FakeTerminal("court", "court");
            assertThat(Commands.run(List.of("create-admin", "mairie@territoire.example"), env(db), weak)).isEqualTo(1);
            assertThat(weak.errors()).contains("password");

            try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
                assertThat(engine.accounts().accountByEmail("mairie@territoire.example")).as("nothing created").isEmpty();
            }

            FakeTerminal typed = new FakeTerminal(PASSWORD, PASSWORD);
            assertThat(Commands.run(List.of("create-admin", "mairie@territoire.example"), env(db), typed)).isZero();
            assertThat(typed.output()).doesNotContain(PASSWORD);
            try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
                assertThat(engine.accounts().authenticate("mairie@territoire.example", PASSWORD, "127.0.0.1").grants())
                        .extracting(grant -> grant.role()).contains(Role.TERRITORY_ADMIN);
            }
        }
    }

    @Test
    void anExistingAccountBecomesAdministratorAndKeepsItsPassword() {
        try (TestDatabase db = TestDatabase.h2()) {
            try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
                engine.accounts().register("elu@territoire.example", "mot-de-passe-initial", "Élu");
            }
            Map<String, String> env = env(db);
            env.put("ADMIN_PASSWORD", PASSWORD);
            FakeTerminal terminal = new FakeTerminal();
            assertThat(Commands.run(List.of("create-admin", "elu@territoire.example"), env, terminal)).isZero();
            assertThat(terminal.output()).contains("its password is unchanged");
            try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
                assertThat(engine.accounts().authenticate("elu@territoire.example", "mot-de-passe-initial", "127.0.0.1").grants())
                        .extracting(grant -> grant.role()).contains(Role.TERRITORY_ADMIN);
            }
        }
    }

    @Test
    void aMistakeInTheCommandShowsTheUsage() {
        FakeTerminal terminal = new FakeTerminal();
        assertThat(Commands.run(List.of("create-admin"), Map.of("DATA_DIR", "target/unused"), terminal)).isEqualTo(2);
        assertThat(terminal.errors()).contains("usage:", "create-admin EMAIL");
        assertThat(Commands.run(List.of("create-admin", "a@b.example"), Map.of("PORT", "port"), new FakeTerminal())).as("bad configuration")
                .isEqualTo(2);
    }

    private static Map<String, String> env(TestDatabase db) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", db.jdbcUrl());
        env.put("DATABASE_USER", db.user());
        env.put("DATABASE_PASSWORD", db.password());
        env.put("DATA_DIR", System.getProperty("java.io.tmpdir") + "/comptoir-create-admin-data");
        return env;
    }

    private static String passwordHash(TestDatabase db, String email) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            statement.setString(1, email);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    /** A terminal that answers the secrets it was given, in order, and keeps what was written. */
    static final class FakeTerminal implements Terminal {
        private final Deque<String> secrets;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        FakeTerminal(String... secrets) {
            this.secrets = new ArrayDeque<>(List.of(secrets));
        }

        @Override
        public PrintStream out() {
            return new PrintStream(out, true, StandardCharsets.UTF_8);
        }

        @Override
        public PrintStream err() {
            return new PrintStream(err, true, StandardCharsets.UTF_8);
        }

        @Override
        public Optional<char[]> readSecret(String prompt) {
            return secrets.isEmpty() ? Optional.empty() : Optional.of(secrets.poll().toCharArray());
        }

        String output() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String errors() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
