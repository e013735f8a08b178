package io.comptoir.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who and what the load of {@code bench/two-nodes.sh} uses in the demo territory, read from its database: one product of
 * each live shop that takes the gift vouchers ({@code cheque-cadeau}), the first {@value #SCARCE} of them with only
 * {@value #SCARCE_STOCK} in stock and the others with plenty ({@link #prepare}, run while no node runs, since nodes keep
 * products in memory); the points of sale's operators; two such shops' staff for the counters, and a third's for the
 * products created during the run; a territory admin.
 */
record BenchMarket(List<Long> variants, List<Long> scarce, List<String> operators, List<Staff> counters, Staff editor,
                   long editorCategory, String adminEmail) {
    static final int SCARCE = 2;
    static final int SCARCE_STOCK = 3;
    private static final int PLENTY = 1_000_000;
    private static final String ACCEPTING_SHOPS = """
            SELECT m.id FROM merchant m WHERE m.status = 'LIVE' AND NOT EXISTS (
              SELECT 1 FROM voucher_programme_merchant o JOIN voucher_programme p ON p.id = o.programme_id
              WHERE p.slug = 'cheque-cadeau' AND o.merchant_id = m.id AND NOT o.included)""";

    /** A shop, and the e-mail of one of its staff to sign in with. */
    record Staff(long shop, String email) {
    }

    static BenchMarket read(Connection connection) throws SQLException {
        List<Long> products = longs(connection, """
                SELECT MIN(v.id) FROM variant v JOIN product p ON p.id = v.product_id
                WHERE NOT p.hidden AND NOT v.withdrawn AND p.merchant_id IN (%s)
                GROUP BY p.merchant_id ORDER BY 1""".formatted(ACCEPTING_SHOPS));
        if (products.size() < SCARCE + 2) {
            throw new IllegalStateException("the demo territory has " + products.size() + " shops taking gift vouchers");
        }
        List<String> staff = texts(connection, """
                SELECT CAST(m.id AS VARCHAR(20)) || ' ' || MIN(a.email) || ' ' || CAST(MIN(p.category_id) AS VARCHAR(20))
                FROM merchant m JOIN account_role r ON r.role = 'MERCHANT_STAFF' AND r.scope = m.id JOIN account a ON a.id = r.account_id
                JOIN product p ON p.merchant_id = m.id
                WHERE m.id IN (%s) GROUP BY m.id ORDER BY m.id LIMIT 3""".formatted(ACCEPTING_SHOPS));
        List<Staff> counters = new ArrayList<>();
        for (String shop : staff.subList(0, 2)) {
            String[] fields = shop.split(" ");
            counters.add(new Staff(Long.parseLong(fields[0]), fields[1]));
        }
        String[] editor = staff.get(2).split(" ");
        return new BenchMarket(products.subList(SCARCE, products.size()), products.subList(0, SCARCE),
                texts(connection, """
                        SELECT a.email FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role = 'POINT_OF_SALE'
                        ORDER BY r.scope"""),
                counters, new Staff(Long.parseLong(editor[0]), editor[1]), Long.parseLong(editor[2]),
                texts(connection, """
                        SELECT MIN(a.email) FROM account a JOIN account_role r ON r.account_id = a.id
                        WHERE r.role = 'TERRITORY_ADMIN'""").get(0));
    }

    /** Sets the stock of the load's products. */
    static void prepare(Connection connection) throws SQLException {
        BenchMarket market = read(connection);
        setStock(connection, market.variants(), PLENTY);
        setStock(connection, market.scarce(), SCARCE_STOCK);
    }

    /** The stock of the load's products now. */
    Map<Long, Long> stock(Connection connection) throws SQLException {
        Map<Long, Long> stock = new HashMap<>();
        List<Long> all = new ArrayList<>(variants);
        all.addAll(scarce);
        for (String row : texts(connection, "SELECT CAST(id AS VARCHAR(20)) || ' ' || CAST(stock AS VARCHAR(20)) FROM variant WHERE id IN ("
                + join(all) + ")")) {
            String[] fields = row.split(" ");
            stock.put(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        }
        return stock;
    }

    private static void setStock(Connection connection, List<Long> variants, int stock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE variant SET stock = ? WHERE id IN (" + join(variants) + ")")) {
            statement.setInt(1, stock);
            statement.executeUpdate();
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        return texts(connection, sql).stream().map(Long::parseLong).toList();
    }

    private static List<String> texts(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
