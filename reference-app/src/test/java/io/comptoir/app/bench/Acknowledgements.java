package io.comptoir.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * What the clients of {@code bench/two-nodes.sh} were told — orders placed or pending, checkouts declined, vouchers sold,
 * redemptions made — and, after the run, whether the database holds exactly that: every acknowledged write there and
 * unchanged, and no write the clients were not told of (a second order for one checkout, a sale or a redemption twice).
 */
final class Acknowledgements {
    /**
     * An order as a checkout answered it: its tenders as {@code provider:amount}, in order; {@code key} is the checkout's
     * idempotency key.
     */
    record Order(long id, String number, String status, long total, List<String> payments, String key) {
    }

    record Decline(String number, String key) {
    }

    /** A sale as answered: its vouchers' codes as printed ({@code B520-N5DV-0BF4-1}; stored without the dashes). */
    record Sale(long id, String key, Set<String> codes) {
    }

    record Redemption(long id, String key, String code, long amount) {
    }

    /** A voucher code as stored. */
    private static String stored(String code) {
        return code.replace("-", "");
    }

    /** Where the run's writes begin in the database: ids above these are the run's. */
    record Start(long order, long sale, long redemption, long voucher) {
        static Start of(Connection connection) throws SQLException {
            return new Start(max(connection, "customer_order"), max(connection, "voucher_sale"), max(connection, "voucher_redemption"),
                    max(connection, "voucher"));
        }

        private static long max(Connection connection, String table) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    final Queue<Order> orders = new ConcurrentLinkedQueue<>();
    final Queue<Decline> declines = new ConcurrentLinkedQueue<>();
    final Queue<Sale> sales = new ConcurrentLinkedQueue<>();
    final Queue<Redemption> redemptions = new ConcurrentLinkedQueue<>();
    /** Writes whose outcome a client never learned (no answer within {@link Traffic#PATIENCE}), by idempotency key. */
    final Queue<String> unknown = new ConcurrentLinkedQueue<>();
    /** Answers no client expects (a 4xx that is not a refusal of the business rules), with what was asked. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    /** Orders: each acknowledged one there, same number and total, settled as answered; no order nobody was told of. */
    List<String> orderProblems(Connection connection, Start start) throws SQLException {
        Map<Long, List<String>> rows = rows(connection, "SELECT id, number, status, total, idempotency_key FROM customer_order WHERE id > ?",
                start.order());
        List<String> problems = new ArrayList<>();
        Set<String> told = new HashSet<>(unknown);
        for (Order order : orders) {
            told.add(order.key());
            List<String> row = rows.get(order.id());
            if (row == null) {
                problems.add("order " + order.number() + " was answered " + order.status() + " but is not in the database");
            }
            else if (!row.get(0).equals(order.number()) || Long.parseLong(row.get(2)) != order.total()
                     || order.status().equals("PLACED") && !row.get(1).equals("PLACED")) {
                problems.add("order " + order + " is now " + row);
            }
        }
        Map<String, List<String>> byNumber = new HashMap<>();
        rows.values().forEach(row -> byNumber.put(row.get(0), row));
        for (Decline decline : declines) {
            told.add(decline.key());
            List<String> row = byNumber.get(decline.number());
            if (row == null || !row.get(1).equals("PAYMENT_FAILED")) {
                problems.add("order " + decline.number() + " was answered declined but is " + (row == null ? "not in the database" : row.get(1)));
            }
        }
        rows.values().stream().filter(row -> !told.contains(row.get(3)))
                .forEach(row -> problems.add("order " + row.get(0) + " (" + row.get(1) + ") was made but no client was told of it"));
        return problems;
    }

    /** Payments: each acknowledged order's tenders there, of the same providers and amounts, and no other. */
    List<String> paymentProblems(Connection connection, Start start) throws SQLException {
        Map<Long, List<String>> tenders = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT customer_order_id, provider, amount FROM payment WHERE customer_order_id > ? ORDER BY customer_order_id, position")) {
            statement.setLong(1, start.order());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tenders.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(result.getString(2) + ":" + result.getLong(3));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Order order : orders) {
            List<String> now = tenders.getOrDefault(order.id(), List.of());
            if (!now.equals(order.payments())) {
                problems.add("order " + order.number() + " was answered paid by " + order.payments() + " but its payments are " + now);
            }
        }
        return problems;
    }

    /**
     * Sales at the points of sale: each acknowledged one there and completed, with the vouchers it answered; no sale
     * nobody was told of. Sales online (a voucher bought in a basket) are the orders' ({@link #onlineSaleProblems}).
     */
    List<String> saleProblems(Connection connection, Start start) throws SQLException {
        Map<Long, List<String>> rows = rows(connection, """
                SELECT s.id, s.status, s.idempotency_key, v.code FROM voucher_sale s LEFT JOIN voucher v ON v.sale_id = s.id
                WHERE s.id > ? AND s.channel = 'POINT_OF_SALE' ORDER BY s.id, v.code""", start.sale());
        return matched("sale", sales, rows, Sale::id, Sale::key, 1, (sale, row) -> row.get(0).equals("COMPLETED")
                && new TreeSet<>(row.subList(2, row.size())).equals(sale.codes().stream().map(Acknowledgements::stored)
                .collect(Collectors.toCollection(TreeSet::new))));
    }

    /**
     * Sales online: a voucher bought in a basket is sold by the vouchers plugin once the order is placed, one sale per
     * order line. Each voucher line of an acknowledged order now placed has its sale, completed, of the line's quantity and with
     * as many vouchers; and every online sale of the run is one of those (none for an order nobody was told of, or that
     * failed).
     */
    List<String> onlineSaleProblems(Connection connection, Start start) throws SQLException {
        Set<Long> told = orders.stream().map(Order::id).collect(Collectors.toSet());
        Map<Long, List<String>> lines = rows(connection, """
                SELECT mo.customer_order_id, 'order:' || CAST(mo.id AS VARCHAR(20)) || ' line-' || CAST(ol.position AS VARCHAR(10))
                  || ' ' || CAST(ol.quantity AS VARCHAR(10))
                FROM order_line ol JOIN merchant_order mo ON mo.id = ol.merchant_order_id
                JOIN voucher_denomination d ON d.online_variant_id = ol.variant_id
                JOIN customer_order co ON co.id = mo.customer_order_id
                WHERE co.id > ? AND co.status = 'PLACED'""", start.order());
        Map<Long, List<String>> online = rows(connection, """
                SELECT s.id, s.idempotency_scope || ' ' || s.idempotency_key || ' ' || CAST(s.quantity AS VARCHAR(10)),
                  s.status, CAST((SELECT COUNT(*) FROM voucher v WHERE v.sale_id = s.id) AS VARCHAR(10))
                FROM voucher_sale s WHERE s.id > ? AND s.channel = 'ONLINE'""", start.sale());
        Map<String, List<String>> sold = new HashMap<>();
        online.forEach((id, row) -> sold.put(row.get(0), row));
        List<String> problems = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        lines.forEach((order, voucherLines) -> {
            if (!told.contains(order)) {
                return;   // an order no client was told of: orderProblems names it
            }
            for (String line : voucherLines) {
                expected.add(line);
                List<String> sale = sold.get(line);
                String quantity = line.substring(line.lastIndexOf(' ') + 1);
                if (sale == null) {
                    problems.add("order " + order + " is placed with the voucher line " + line + " but that voucher was never sold");
                }
                else if (!sale.get(1).equals("COMPLETED") || !sale.get(2).equals(quantity)) {
                    problems.add("the online sale of order " + order + " " + line + " is " + sale.get(1) + " with " + sale.get(2) + " vouchers");
                }
            }
        });
        online.forEach((id, row) -> {
            if (!expected.contains(row.get(0))) {
                problems.add("online sale " + id + " (" + row.get(0) + ", " + row.get(1) + ") belongs to no acknowledged order placed");
            }
        });
        return problems;
    }

    /** In-store redemptions: each acknowledged one there, of the same voucher and amount; none nobody was told of. */
    List<String> redemptionProblems(Connection connection, Start start) throws SQLException {
        Map<Long, List<String>> rows = rows(connection, """
                SELECT r.id, v.code, r.amount, r.idempotency_key FROM voucher_redemption r JOIN voucher v ON v.id = r.voucher_id
                WHERE r.id > ? AND r.channel = 'STORE'""", start.redemption());
        return matched("redemption", redemptions, rows, Redemption::id, Redemption::key, 2, (redemption, row) ->
                row.get(0).equals(stored(redemption.code())) && Long.parseLong(row.get(1)) == redemption.amount());
    }

    /**
     * Writes of one kind as the clients were told and as the database holds them (rows by id, the idempotency key in
     * column {@code keyColumn}): each one there and the same, and none made that no client was told of.
     */
    private <T> List<String> matched(String kind, Queue<T> told, Map<Long, List<String>> rows, ToLongFunction<T> id, Function<T, String> key,
                                     int keyColumn, BiPredicate<T, List<String>> same) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>(unknown);
        for (T write : told) {
            keys.add(key.apply(write));
            List<String> row = rows.get(id.applyAsLong(write));
            if (row == null) {
                problems.add(kind + " " + id.applyAsLong(write) + " was answered but is not in the database");
            }
            else if (!same.test(write, row)) {
                problems.add(kind + " " + write + " is now " + row);
            }
        }
        rows.forEach((rowId, row) -> {
            if (!keys.contains(row.get(keyColumn))) {
                problems.add(kind + " " + rowId + " was made but no client was told of it");
            }
        });
        return problems;
    }

    /**
     * Rows by their first column (a long id), the other columns as text; a row whose id repeats (a join) adds its last
     * column to the first row of that id.
     */
    private static Map<Long, List<String>> rows(Connection connection, String sql, long after) throws SQLException {
        Map<Long, List<String>> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, after);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> existing = rows.get(result.getLong(1));
                    if (existing != null) {
                        existing.add(result.getString(columns));
                        continue;
                    }
                    List<String> row = new ArrayList<>();
                    for (int i = 2; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.put(result.getLong(1), row);
                }
            }
        }
        return rows;
    }
}
