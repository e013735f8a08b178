package io.comptoir.engine.testkit;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs every test of the class once per database, as {@link EachDatabase} runs one test method: for the HTTP tests that
 * share one running marketplace among their tests. The class declares the database it runs on as a
 * {@code @Parameter DatabaseKind kind} field, makes its database in a static {@code @BeforeParameterizedClassInvocation}
 * method taking the {@link DatabaseKind}, with {@link TestDatabase#create(DatabaseKind)} (which skips PostgreSQL where
 * it is not configured), and closes it in an {@code @AfterParameterizedClassInvocation} method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{0}]")
@EnumSource(DatabaseKind.class)
public @interface EachDatabaseClass {
}
