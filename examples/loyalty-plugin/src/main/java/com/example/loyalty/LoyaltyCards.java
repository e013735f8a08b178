package com.example.loyalty;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.merchant.MerchantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The cards' table, with plain JDBC: every write takes the caller's transaction (a {@link Connection} the engine or
 * {@code PluginContext.inTransaction} opened), so the points move together with the plugin's event, and with the order
 * when a checkout hook calls it. Each move of points is recorded once per shop order and reason (a unique key), which
 * makes a redelivered event or a retried checkout harmless.
 */
final class LoyaltyCards implements LoyaltyPoints {
    private static final Actor ACTOR = Actor.system("loyalty");

    private final DataSource dataSource;
    private final Clock clock;
    private final EventPublisher events;

    LoyaltyCards(DataSource dataSource, Clock clock, EventPublisher events) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int balance(AccountId shopper, MerchantId shop) {
        try (Connection connection = dataSource.getConnection()) {
            return balance(connection, shopper.value(), shop.value());
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot read a loyalty card", e);
        }
    }

    int balance(Connection connection, long shopper, long shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT points FROM loyalty_card WHERE shopper_id = ? AND merchant_id = ?")) {
            query.setLong(1, shopper);
            query.setLong(2, shop);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** Credits points for a shop order, once; returns false when they were already credited. */
    boolean earn(Connection transaction, long shopper, long shop, long merchantOrder, int points) throws SQLException {
        if (!recordMove(transaction, shopper, shop, merchantOrder, "EARNED", points)) {
            return false;
        }
        if (!credit(transaction, shopper, shop, points)) {
            try (PreparedStatement open = transaction.prepareStatement(
                    "INSERT INTO loyalty_card (shopper_id, merchant_id, points) VALUES (?, ?, ?)")) {
                open.setLong(1, shopper);
                open.setLong(2, shop);
                open.setInt(3, points);
                open.executeUpdate();
            }
        }
        publish(transaction, LoyaltyEvents.POINTS_EARNED, merchantOrder, shopper, shop, points);
        return true;
    }

    /** Takes points off a card for a shop order; false when the card no longer holds them (spent meanwhile). */
    boolean spend(Connection transaction, long shopper, long shop, long merchantOrder, int points) throws SQLException {
        try (PreparedStatement debit = transaction.prepareStatement(
                "UPDATE loyalty_card SET points = points - ? WHERE shopper_id = ? AND merchant_id = ? AND points >= ?")) {
            debit.setInt(1, points);
            debit.setLong(2, shopper);
            debit.setLong(3, shop);
            debit.setInt(4, points);
            if (debit.executeUpdate() == 0) {
                return false;
            }
        }
        recordMove(transaction, shopper, shop, merchantOrder, "SPENT", -points);
        publish(transaction, LoyaltyEvents.POINTS_SPENT, merchantOrder, shopper, shop, points);
        return true;
    }

    /** Gives back what a shop order spent, once; nothing when it spent nothing or was already given back. */
    void restore(Connection transaction, long merchantOrder) throws SQLException {
        Optional<long[]> spent = spent(transaction, merchantOrder);
        if (spent.isEmpty()) {
            return;
        }
        long shopper = spent.get()[0];
        long shop = spent.get()[1];
        int points = (int) spent.get()[2];
        if (!recordMove(transaction, shopper, shop, merchantOrder, "RESTORED", points)) {
            return;
        }
        credit(transaction, shopper, shop, points);
        publish(transaction, LoyaltyEvents.POINTS_RESTORED, merchantOrder, shopper, shop, points);
    }

    /** Adds points to an existing card; false when the shopper has no card at that shop yet. */
    private static boolean credit(Connection transaction, long shopper, long shop, int points) throws SQLException {
        try (PreparedStatement credit = transaction.prepareStatement(
                "UPDATE loyalty_card SET points = points + ? WHERE shopper_id = ? AND merchant_id = ?")) {
            credit.setInt(1, points);
            credit.setLong(2, shopper);
            credit.setLong(3, shop);
            return credit.executeUpdate() == 1;
        }
    }

    /** {shopper, shop, points} spent on a shop order, if any. */
    private static Optional<long[]> spent(Connection connection, long merchantOrder) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT shopper_id, merchant_id, points FROM loyalty_move WHERE merchant_order_id = ? AND reason = 'SPENT'")) {
            query.setLong(1, merchantOrder);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new long[] {row.getLong(1), row.getLong(2), -row.getInt(3)}) : Optional.empty();
            }
        }
    }

    /** Records a move unless the same order already has one for that reason (checked first: a failed insert would end a PostgreSQL transaction). */
    private boolean recordMove(Connection transaction, long shopper, long shop, long merchantOrder, String reason, int points)
            throws SQLException {
        try (PreparedStatement exists = transaction.prepareStatement(
                "SELECT 1 FROM loyalty_move WHERE merchant_order_id = ? AND reason = ?")) {
            exists.setLong(1, merchantOrder);
            exists.setString(2, reason);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = transaction.prepareStatement("""
                INSERT INTO loyalty_move (shopper_id, merchant_id, merchant_order_id, reason, points, at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, shopper);
            insert.setLong(2, shop);
            insert.setLong(3, merchantOrder);
            insert.setString(4, reason);
            insert.setInt(5, points);
            insert.setObject(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return true;
    }

    private void publish(Connection transaction, EventType type, long merchantOrder, long shopper, long shop, int points) {
        events.publish(transaction, type.event(Long.toString(merchantOrder), Map.of(LoyaltyEvents.SHOPPER_ID, Long.toString(shopper),
                LoyaltyEvents.MERCHANT_ID, Long.toString(shop), LoyaltyEvents.POINTS, Integer.toString(points)), ACTOR));
    }
}
