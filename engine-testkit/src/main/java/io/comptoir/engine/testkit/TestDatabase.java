package io.comptoir.engine.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A fresh, empty database for one test: a private in-memory H2 database, or a private schema in the configured
 * PostgreSQL database (dropped on {@link #close()}).
 */
public final class TestDatabase implements AutoCloseable {

    /** H2 settings that make it accept the PostgreSQL dialect the engine writes. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final DatabaseKind kind;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String schema;
    private HikariDataSource dataSource;

    private TestDatabase(DatabaseKind kind, String jdbcUrl, String user, String password, String schema) {
        this.kind = requireNonNull(kind, "kind is null");
        this.jdbcUrl = requireNonNull(jdbcUrl, "jdbcUrl is null");
        this.user = requireNonNull(user, "user is null");
        this.password = requireNonNull(password, "password is null");
        this.schema = schema;
    }

    /**
     * A new private database of that kind; for PostgreSQL, skipped (the test aborted, with the reason) when
     * {@code COMPTOIR_TEST_POSTGRES_URL} is not set, and refused under {@code CI=true}. For a test class that runs once per
     * database ({@code @ParameterizedClass @EnumSource(DatabaseKind.class)}) and shares one database among its tests.
     */
    public static TestDatabase create(DatabaseKind kind) {
        return switch (requireNonNull(kind, "kind is null")) {
            case H2 -> h2();
            case POSTGRESQL -> postgres(PostgresSettings.fromEnvironmentOrSkip());
        };
    }

    /** A new private in-memory H2 database. */
    public static TestDatabase h2() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        return new TestDatabase(DatabaseKind.H2, "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }

    /** A new private schema in the PostgreSQL database of {@link PostgresSettings}. */
    public static TestDatabase postgres(PostgresSettings settings) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + settings.url() + ": " + e.getMessage(), e);
        }
        String separator = settings.url().contains("?") ? "&" : "?";
        return new TestDatabase(DatabaseKind.POSTGRESQL, settings.url() + separator + "currentSchema=" + schema,
                settings.user(), settings.password(), schema);
    }

    public DatabaseKind kind() {
        return kind;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A pool on this database, made on first use and closed with the database. */
    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(kind == DatabaseKind.POSTGRESQL ? 20 : 10);
            config.setPoolName("test-" + kind.name().toLowerCase(Locale.ROOT));
            // Concurrency tests run more threads than connections; on a loaded CI machine a thread may wait longer than
            // the 30 s production default for its turn, which is slowness, not a failure of what the test proves.
            config.setConnectionTimeout(180_000);
            dataSource = new HikariDataSource(config);
        }
        return dataSource;
    }

    @Override
    public synchronized void close() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            if (kind == DatabaseKind.H2) {
                statement.execute("SHUTDOWN");
            }
            else {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
