package io.comptoir.plugin.kit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The two databases the engine and its plugins run on. The SQL is written in their common subset; a few places differ. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** The name used in migration locations ({@code {vendor}}). */
    public String vendor() {
        return vendor;
    }

    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("unsupported database: " + product + " (use H2 or PostgreSQL)");
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
