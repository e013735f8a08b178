package io.comptoir.engine.core.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The customer order numbers' own sequence, so that the checkout writes an order's number in the insert that creates it
 * (it inserted the order, then updated it with the number made of its id). It starts after every order id given so far,
 * so that numbers made before ({@code C-} and the id) and after never meet. A Java migration because the two databases
 * start a sequence at a computed value differently: PostgreSQL with {@code setval}, H2 with {@code RESTART WITH} a query.
 */
public class V14__order_number_sequence extends BaseJavaMigration {
    private static final String NEXT = "(SELECT COALESCE(MAX(id), 0) + 1 FROM customer_order)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE customer_order_number");
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                statement.execute("SELECT setval('customer_order_number', " + NEXT + ", false)");
            }
            else {
                statement.execute("ALTER SEQUENCE customer_order_number RESTART WITH " + NEXT);
            }
        }
    }
}
