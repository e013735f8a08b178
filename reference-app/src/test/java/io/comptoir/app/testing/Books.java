package io.comptoir.app.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace's books checked with plain SQL, whichever process wrote them: no order left pending; every voucher hold
 * and every authorisation at the card processor belongs to a placed order, and nothing else holds money; each placed
 * order's tenders add up to its total, once (no tender charged twice, none missing) and a failed order holds nothing;
 * each voucher's balance is its face less what holds take and what was redeemed; each product's stock is what it started
 * with less what orders that were not cancelled took. Used by the crash test and by {@code bench/two-nodes.sh}.
 */
public final class Books {
    private Books() {
    }

    /**
     * What the checks of orders, vouchers and stock cover: orders and vouchers whose ids are above these (0: all), and the
     * variants whose stock is checked, with the stock each had before the first of those orders.
     */
    public record Scope(long ordersAfter, long vouchersAfter, Map<Long, Long> initialStock) {
        public Scope {
            initialStock = Map.copyOf(requireNonNull(initialStock, "initialStock is null"));
        }
    }

    /** Every discrepancy found (none when the books are right). */
    public static List<String> problems(Connection connection, Scope scope) throws SQLException {
        List<String> problems = new ArrayList<>(payments(connection, scope));
        problems.addAll(vouchers(connection, scope));
        problems.addAll(stock(connection, scope));
        return problems;
    }

    /**
     * Orders and payments: none left pending; every voucher hold and card authorisation owned by a placed order; each
     * placed order paid its total; a failed order holding nothing.
     */
    public static List<String> payments(Connection connection, Scope scope) throws SQLException {
        List<String> problems = new ArrayList<>();
        rows(connection, """
                SELECT o.number, o.status FROM customer_order o WHERE o.status = 'PENDING_PAYMENT' AND o.id > ?""", scope.ordersAfter())
                .forEach(row -> problems.add("order " + row.get(0) + " is still pending"));
        rows(connection, """
                SELECT h.id, h.idempotency_key, h.amount - h.captured - h.released, o.number, o.status, p.status,
                       p.provider_reference, p.amount
                FROM voucher_hold h
                LEFT JOIN payment p ON p.id = h.payment_id
                LEFT JOIN customer_order o ON o.id = p.customer_order_id
                WHERE (h.amount - h.captured - h.released > 0
                       AND (o.status IS NULL OR o.status <> 'PLACED' OR p.status <> 'AUTHORISED'
                            OR p.provider_reference IS NULL OR p.provider_reference <> 'voucher-hold-' || CAST(h.id AS VARCHAR(20))
                            OR p.amount <> h.amount - h.captured - h.released))
                   OR (h.amount - h.captured - h.released = 0 AND o.status = 'PLACED' AND p.provider_reference = 'voucher-hold-' || CAST(h.id AS VARCHAR(20)))""")
                .forEach(row -> problems.add("voucher hold " + row.get(0) + " (" + row.get(1) + ") holds " + row.get(2) + " for order "
                        + row.get(3) + " " + row.get(4) + ", payment " + row.get(5) + " " + row.get(6) + " of " + row.get(7)));
        rows(connection, """
                SELECT p.id, o.number FROM payment p JOIN customer_order o ON o.id = p.customer_order_id
                WHERE p.provider = 'voucher' AND o.status = 'PLACED'
                  AND NOT EXISTS (SELECT 1 FROM voucher_hold h WHERE p.provider_reference = 'voucher-hold-' || CAST(h.id AS VARCHAR(20))
                                                              AND h.amount - h.captured - h.released = p.amount)""")
                .forEach(row -> problems.add("voucher payment " + row.get(0) + " of placed order " + row.get(1) + " holds nothing"));
        rows(connection, """
                SELECT b.reference, b.idempotency_key, b.status, b.amount - b.captured - b.released, o.number, o.status, p.status,
                       p.provider_reference
                FROM sandbox_card_payment b
                LEFT JOIN payment p ON p.provider = 'sandbox-card' AND b.idempotency_key = 'checkout-' || CAST(p.customer_order_id AS VARCHAR(20))
                                                                                            || '-' || CAST(p.position AS VARCHAR(10))
                LEFT JOIN customer_order o ON o.id = p.customer_order_id
                WHERE b.status = 'PENDING'
                   OR (b.status = 'AUTHORISED' AND b.amount - b.captured - b.released > 0
                       AND (o.status IS NULL OR o.status <> 'PLACED' OR p.status <> 'AUTHORISED' OR p.provider_reference <> b.reference))
                   OR (o.status = 'PLACED' AND (b.status <> 'AUTHORISED' OR p.provider_reference <> b.reference))""")
                .forEach(row -> problems.add("card payment " + row.get(0) + " (" + row.get(1) + ") is " + row.get(2) + " holding "
                        + row.get(3) + " for order " + row.get(4) + " " + row.get(5) + ", payment " + row.get(6) + " " + row.get(7)));
        rows(connection, """
                SELECT o.number, o.total, COALESCE(SUM(p.amount), 0), COUNT(p.id) FROM customer_order o
                LEFT JOIN payment p ON p.customer_order_id = o.id AND p.status NOT IN ('FAILED', 'VOIDED')
                WHERE o.status = 'PLACED' AND o.id > ?
                GROUP BY o.id, o.number, o.total
                HAVING COALESCE(SUM(p.amount), 0) <> o.total""", scope.ordersAfter())
                .forEach(row -> problems.add("placed order " + row.get(0) + " of " + row.get(1) + " is paid " + row.get(2) + " by "
                        + row.get(3) + " tenders"));
        rows(connection, """
                SELECT o.number, p.id, p.provider, p.status, p.amount - p.captured - p.released FROM customer_order o
                JOIN payment p ON p.customer_order_id = o.id
                WHERE o.status = 'PAYMENT_FAILED' AND o.id > ? AND (p.status IN ('PENDING', 'CAPTURED') OR p.status = 'AUTHORISED'
                                                                  AND p.amount - p.captured - p.released > 0)""", scope.ordersAfter())
                .forEach(row -> problems.add("failed order " + row.get(0) + " still has payment " + row.get(1) + " (" + row.get(2) + ") "
                        + row.get(3) + " holding " + row.get(4)));
        return problems;
    }

    /** Each voucher's balance: its face less what its holds take and what was redeemed of it. */
    public static List<String> vouchers(Connection connection, Scope scope) throws SQLException {
        List<String> problems = new ArrayList<>();
        // a captured hold is an online redemption: what was redeemed, in the shop or online, is the redemptions' sum
        rows(connection, """
                SELECT v.id, v.balance, v.face, COALESCE(h.held, 0), COALESCE(r.redeemed, 0) FROM voucher v
                LEFT JOIN (SELECT voucher_id, SUM(amount - captured - released) AS held FROM voucher_hold GROUP BY voucher_id) h
                  ON h.voucher_id = v.id
                LEFT JOIN (SELECT voucher_id, SUM(amount) AS redeemed FROM voucher_redemption GROUP BY voucher_id) r
                  ON r.voucher_id = v.id
                WHERE v.id > ? AND v.balance <> v.face - COALESCE(h.held, 0) - COALESCE(r.redeemed, 0)""", scope.vouchersAfter())
                .forEach(row -> problems.add("voucher " + row.get(0) + " has " + row.get(1) + " of " + row.get(2) + " but its holds take "
                        + row.get(3) + " and its redemptions " + row.get(4)));
        return problems;
    }

    /** Stock: never negative, and for the variants of the scope what they started with less what orders took. */
    public static List<String> stock(Connection connection, Scope scope) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<Long, long[]> stock = new HashMap<>();
        rows(connection, """
                SELECT v.id, v.stock, COALESCE(s.sold, 0) FROM variant v
                LEFT JOIN (SELECT l.variant_id, SUM(l.quantity) AS sold FROM order_line l
                           JOIN merchant_order mo ON mo.id = l.merchant_order_id
                           WHERE mo.status <> 'CANCELLED' AND mo.customer_order_id > ? GROUP BY l.variant_id) s
                  ON s.variant_id = v.id""", scope.ordersAfter())
                .forEach(row -> stock.put(Long.parseLong(row.get(0)), new long[] {Long.parseLong(row.get(1)), Long.parseLong(row.get(2))}));
        stock.forEach((variant, now) -> {
            if (now[0] < 0) {
                problems.add("variant " + variant + " has " + now[0] + " in stock");
            }
        });
        scope.initialStock().forEach((variant, initial) -> {
            long[] now = stock.get(variant);
            if (now == null) {
                problems.add("variant " + variant + " is gone");
            }
            else if (now[0] != initial - now[1]) {
                problems.add("variant " + variant + " has " + now[0] + " in stock, from " + initial + ", but orders took " + now[1]);
            }
        });
        return problems;
    }

    private static List<List<String>> rows(Connection connection, String sql, long... parameters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
