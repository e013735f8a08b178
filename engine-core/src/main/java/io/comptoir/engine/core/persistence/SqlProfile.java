package io.comptoir.engine.core.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import static java.util.Objects.requireNonNull;

/**
 * Where the database's transactions and statements come from, for the benchmarks ({@code bench/checkout.sh}): the pool's
 * connections, wrapped, count each committed or rolled-back transaction that ran a statement, and each statement executed
 * (a JDBC batch is one statement: one round trip), under the kind of work that opened it. A statement in auto-commit is
 * a transaction of its own, counted under "auto-commit".
 *
 * <p>The kind is read from the call stack when a transaction begins (or an auto-commit statement runs): the outermost
 * engine or plugin class on it (the service edge), the innermost of its methods that is not a lambda (the phase), and the
 * class it called into, e.g. {@code CheckoutService.basket>CartStore.existingCart}. Walking the stack costs a few
 * microseconds per transaction, so this is off unless the system property {@value #PROPERTY} names a file, which is then
 * rewritten every 250 ms with one line per kind: {@code kind<TAB>transactions<TAB>statements}. A test counts the same way
 * in memory ({@link #inMemory}).
 */
public final class SqlProfile {
    public static final String PROPERTY = "comptoir.sqlProfile";
    private static final Logger log = LoggerFactory.getLogger(SqlProfile.class);
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static final List<String> INFRASTRUCTURE = List.of("io.comptoir.engine.core.persistence.", "io.comptoir.plugin.kit.");
    private static final StackWalker STACK = StackWalker.getInstance();

    private final Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();

    private SqlProfile() {
    }

    /** A profile kept in memory, for a test that counts what an operation costs the database: {@link #profile}, then {@link #counts}. */
    public static SqlProfile inMemory() {
        return new SqlProfile();
    }

    /** What a kind of work has cost so far. */
    public record Counts(long transactions, long statements) {
    }

    /** The counts so far, by kind. */
    public Map<String, Counts> counts() {
        Map<String, Counts> snapshot = new TreeMap<>();
        counts.forEach((kind, adders) -> snapshot.put(kind, new Counts(adders[0].sum(), adders[1].sum())));
        return snapshot;
    }

    /** The data source, profiled when {@value #PROPERTY} is set; otherwise itself. */
    public static DataSource wrapIfAsked(DataSource dataSource, Deque<AutoCloseable> closeables) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return dataSource;
        }
        SqlProfile profile = new SqlProfile();
        Path target = Path.of(file);
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "comptoir-sql-profile");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(() -> profile.write(target), 250, 250, TimeUnit.MILLISECONDS);
        closeables.push(writer::shutdownNow);
        log.warn("Profiling the database's transactions and statements by kind into {} (system property {})", target, PROPERTY);
        return profile.profile(dataSource);
    }

    private void write(Path target) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            counts().forEach((kind, counted) -> out.printf("%s\t%d\t%d%n", kind, counted.transactions(), counted.statements()));
        }
        try {
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            log.warn("Could not write the SQL profile to {}", target, e);
        }
    }

    private void count(String kind, int transactions, int statements) {
        LongAdder[] adders = counts.computeIfAbsent(kind, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        adders[0].add(transactions);
        adders[1].add(statements);
    }

    /** The data source, its connections counted by this profile. */
    public DataSource profile(DataSource target) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            return method.getName().equals("getConnection") ? new ProfiledConnection((Connection) result).proxy() : result;
        });
    }

    /** One connection's current transaction: its kind, from the stack when it began, and its statements so far. */
    private final class ProfiledConnection {
        private final Connection target;
        private boolean autoCommit;
        private String kind;
        private int statements;

        ProfiledConnection(Connection target) throws java.sql.SQLException {
            this.target = target;
            this.autoCommit = target.getAutoCommit();
        }

        Connection proxy() {
            return SqlProfile.proxy(Connection.class, target, (method, args) -> {
                String name = method.getName();
                switch (name) {
                    case "setAutoCommit" -> {
                        boolean on = (Boolean) args[0];
                        if (on && !autoCommit) {
                            finish();   // turning auto-commit back on commits
                        }
                        if (!on && autoCommit) {
                            kind = origin();
                        }
                        autoCommit = on;
                    }
                    case "commit", "rollback" -> {
                        if (args == null || args.length == 0) {
                            finish();
                            // the next transaction's kind is read at its first statement: most connections go back to
                            // auto-commit first (JDBI restores it), and a walk of the stack here would be wasted
                            kind = null;
                        }
                    }
                    case "close" -> finish();
                    default -> {
                    }
                }
                Object result = method.invoke(target, args);
                if (result instanceof Statement statement && (name.equals("prepareStatement") || name.equals("createStatement")
                        || name.equals("prepareCall"))) {
                    return statement(statement);
                }
                return result;
            });
        }

        private void finish() {
            if (statements > 0) {
                count(kind == null ? "unknown" : kind, 1, statements);
            }
            statements = 0;
        }

        private Object statement(Statement statement) {
            Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return SqlProfile.proxy(type, statement, (method, args) -> {
                if (EXECUTE.contains(method.getName())) {
                    if (autoCommit) {
                        count("auto-commit " + origin(), 1, 1);
                    }
                    else {
                        if (kind == null) {
                            kind = origin();
                        }
                        statements++;
                    }
                }
                return method.invoke(statement, args);
            });
        }
    }

    @FunctionalInterface
    interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    static <T> T proxy(Class<T> type, Object target, Call call) {
        requireNonNull(target, "target is null");
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1 && args[0] == type) {
                return self;
            }
            try {
                return call.invoke(method, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlProfile.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The kind of work on the stack: {@code Edge.phase>Callee.method}, see the class comment. */
    static String origin() {
        List<StackWalker.StackFrame> frames = STACK.walk(stream -> stream
                .filter(frame -> frame.getClassName().startsWith("io.comptoir.")
                        && INFRASTRUCTURE.stream().noneMatch(frame.getClassName()::startsWith)
                        && !frame.getClassName().contains("$$"))
                .toList());
        if (frames.isEmpty()) {
            return "other";
        }
        int edge = frames.size() - 1;
        for (int i = frames.size() - 1; i >= 0; i--) {   // outermost engine or plugin frame, else the app's
            String name = frames.get(i).getClassName();
            if (name.startsWith("io.comptoir.engine.") || name.startsWith("io.comptoir.plugin.")) {
                edge = i;
                break;
            }
        }
        String edgeClass = frames.get(edge).getClassName();
        int phase = edge;
        for (int i = edge; i >= 0 && frames.get(i).getClassName().equals(edgeClass); i--) {
            if (!frames.get(i).getMethodName().startsWith("lambda$")) {
                phase = i;
            }
        }
        String kind = simple(edgeClass) + "." + frames.get(phase).getMethodName();
        for (int i = phase - 1; i >= 0; i--) {
            StackWalker.StackFrame frame = frames.get(i);
            if (!frame.getClassName().equals(edgeClass) && !frame.getMethodName().startsWith("lambda$")) {
                return kind + ">" + simple(frame.getClassName()) + "." + frame.getMethodName();
            }
        }
        return kind;
    }

    private static String simple(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        int nested = name.indexOf('$');
        return nested > 0 ? name.substring(0, nested) : name;
    }
}
