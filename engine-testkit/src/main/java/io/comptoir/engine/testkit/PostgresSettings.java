package io.comptoir.engine.testkit;

import org.opentest4j.TestAbortedException;

import java.util.Optional;

/**
 * Where the PostgreSQL test server is, from the environment (or system properties of the same name):
 * {@code COMPTOIR_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/comptoir_test}),
 * {@code COMPTOIR_TEST_POSTGRES_USER}, {@code COMPTOIR_TEST_POSTGRES_PASSWORD}.
 */
public record PostgresSettings(String url, String user, String password) {

    public static final String URL = "COMPTOIR_TEST_POSTGRES_URL";

    public static Optional<PostgresSettings> fromEnvironment() {
        return setting(URL).map(url -> new PostgresSettings(url,
                setting("COMPTOIR_TEST_POSTGRES_USER").orElse("postgres"),
                setting("COMPTOIR_TEST_POSTGRES_PASSWORD").orElse("")));
    }

    /**
     * The settings, for a test that needs PostgreSQL: without them the test is skipped (reported with the reason), except in
     * CI ({@code CI=true}), where it fails.
     */
    public static PostgresSettings orSkip() {
        Optional<PostgresSettings> settings = fromEnvironment();
        if (settings.isPresent()) {
            return settings.get();
        }
        if (required()) {
            throw new IllegalStateException("CI=true but " + URL + " is not set: PostgreSQL tests must run in CI");
        }
        String reason = "PostgreSQL variant skipped: set " + URL + " (see README) to run it";
        System.err.println("[comptoir-testkit] " + reason);
        throw new TestAbortedException(reason);
    }

    /** In CI ({@code CI=true}) the PostgreSQL variants must run, never be skipped. */
    public static boolean required() {
        return "true".equalsIgnoreCase(setting("CI").orElse(""));
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
