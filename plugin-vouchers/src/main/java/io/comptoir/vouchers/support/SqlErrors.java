package io.comptoir.vouchers.support;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** Reads database errors the same way on H2 and PostgreSQL. */
public final class SqlErrors {
    /** Serialisation failure, deadlock, lock not available (PostgreSQL); lock timeout (H2). */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00");

    private SqlErrors() {
    }

    /** Whether the failure (or a cause) is a unique constraint violation (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure, Set.of("23505")) != null;
    }

    /** Whether the failure is a violation of the named unique constraint (the name appears in both databases' messages). */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        SQLException sql = sqlState(failure, Set.of("23505"));
        return sql != null && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }

    /** Whether the failure is a CHECK constraint violation (SQLSTATE 23514) of the named constraint. */
    public static boolean isCheckViolation(Throwable failure, String constraint) {
        SQLException sql = sqlState(failure, Set.of("23514"));
        return sql != null && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }

    static boolean isTransient(Throwable failure) {
        return sqlState(failure, TRANSIENT) != null;
    }

    private static SQLException sqlState(Throwable failure, Set<String> states) {
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
