package io.comptoir.engine.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/** Provides the invocations of {@link EachDatabase}: one per {@link DatabaseKind}. */
public final class EachDatabaseExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EachDatabaseExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> method.isAnnotationPresent(EachDatabase.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(DatabaseKind.H2), invocation(DatabaseKind.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(DatabaseKind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + kind.name().toLowerCase(java.util.Locale.ROOT) + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new DatabaseLifecycle(kind));
            }
        };
    }

    private static final class DatabaseLifecycle implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final DatabaseKind kind;

        DatabaseLifecycle(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            database(context);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
            if (database != null) {
                database.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return database(context);
        }

        private TestDatabase database(ExtensionContext context) {
            ExtensionContext.Store store = context.getStore(NAMESPACE);
            TestDatabase existing = store.get(TestDatabase.class, TestDatabase.class);
            if (existing != null) {
                return existing;
            }
            TestDatabase database = switch (kind) {
                case H2 -> TestDatabase.h2();
                case POSTGRESQL -> TestDatabase.postgres(PostgresSettings.orSkip());
            };
            store.put(TestDatabase.class, database);
            return database;
        }
    }
}
