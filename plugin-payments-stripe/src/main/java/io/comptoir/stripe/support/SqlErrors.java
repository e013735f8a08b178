package io.comptoir.stripe.support;

import java.sql.SQLException;

/** Reads database errors the same way on H2 and PostgreSQL. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** Whether the failure (or one of its causes) is a unique constraint violation (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
