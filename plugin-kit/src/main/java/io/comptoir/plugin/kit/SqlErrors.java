package io.comptoir.plugin.kit;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** Reads database errors the same way on H2 and PostgreSQL, by SQLSTATE, looking through causes and chained exceptions. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's, then H2's. */
    private static final Set<String> CHECK_VIOLATION = Set.of("23514", "23513");
    /** Serialisation failure, deadlock, lock not available (PostgreSQL); lock timeout (H2). */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00");

    private SqlErrors() {
    }

    /** Whether the failure (or a cause) is a unique constraint violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        return find(failure, Set.of(UNIQUE_VIOLATION)) != null;
    }

    /** Whether the failure is a violation of the named unique constraint (the name appears in both databases' messages). */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        return names(find(failure, Set.of(UNIQUE_VIOLATION)), constraint);
    }

    /** Whether the failure is a violation of the named CHECK constraint. */
    public static boolean isCheckViolation(Throwable failure, String constraint) {
        return names(find(failure, CHECK_VIOLATION), constraint);
    }

    /** Whether the database gave up on the transaction for a lock (it may succeed when run again). */
    public static boolean isTransient(Throwable failure) {
        return find(failure, TRANSIENT) != null;
    }

    private static boolean names(SQLException sql, String constraint) {
        return sql != null && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }

    private static SQLException find(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && states.contains(next.getSQLState())) {
                        return next;
                    }
                }
            }
        }
        return null;
    }
}
