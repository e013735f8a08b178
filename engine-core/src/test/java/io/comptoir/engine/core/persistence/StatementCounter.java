package io.comptoir.engine.core.persistence;

import javax.sql.DataSource;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * A data source that counts the statements the test's own thread executes through it (a node's background work, its
 * feed follower, runs on other threads and is not counted); wrapped the way {@link SqlProfile} wraps the pool's.
 */
public final class StatementCounter {
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final Thread counted = Thread.currentThread();
    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource dataSource;

    public StatementCounter(DataSource target) {
        requireNonNull(target, "target is null");
        this.dataSource = SqlProfile.proxy(DataSource.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Statements the test's thread executed so far. */
    public int statements() {
        return statements.get();
    }

    private Connection connection(Connection target) {
        return SqlProfile.proxy(Connection.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof CallableStatement statement) {
                return statement(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement) {
                return statement(PreparedStatement.class, statement);
            }
            return result instanceof Statement statement ? statement(Statement.class, statement) : result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S target) {
        return SqlProfile.proxy(type, target, (method, args) -> {
            if (EXECUTE.contains(method.getName()) && Thread.currentThread() == counted) {
                statements.incrementAndGet();
            }
            return method.invoke(target, args);
        });
    }
}
