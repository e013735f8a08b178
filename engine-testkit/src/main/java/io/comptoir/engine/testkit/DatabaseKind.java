package io.comptoir.engine.testkit;

/** The databases every repository test runs on. */
public enum DatabaseKind {
    /** Embedded H2 in PostgreSQL mode, in memory: always available. */
    H2,
    /** A PostgreSQL server named by {@code COMPTOIR_TEST_POSTGRES_URL}: required in CI, skipped elsewhere when absent. */
    POSTGRESQL
}
