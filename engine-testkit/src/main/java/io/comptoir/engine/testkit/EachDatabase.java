package io.comptoir.engine.testkit;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test method once per database: on a fresh embedded H2 database, then on a fresh schema of the
 * PostgreSQL server named by {@code COMPTOIR_TEST_POSTGRES_URL}. The method takes a {@link TestDatabase} parameter.
 *
 * <p>Without that variable the PostgreSQL run is reported as skipped, with the reason; with {@code CI=true} it fails
 * instead, so that CI can never pass without PostgreSQL.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabaseExtension.class)
public @interface EachDatabase {
}
