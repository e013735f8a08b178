package io.comptoir.engine.core.plugin.loyalty;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test-only plugin, found by ServiceLoader: owns two tables through its own migrations, contributes a service and
 * listens to product events. It sees the engine through engine-api alone, and uses plain JDBC to show that a plugin
 * needs nothing of the engine's internals.
 */
public final class LoyaltyPlugin implements EnginePlugin {

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:io/comptoir/engine/core/plugin/loyalty/db");
    }

    @Override
    public void initialize(PluginContext context) {
        JdbcLoyaltyCards cards = new JdbcLoyaltyCards(context.dataSource());
        context.registerService(LoyaltyCards.class, cards);
        context.registerEventListener("loyalty.products", new DomainEventListener() {
            @Override
            public boolean accepts(String eventType) {
                return eventType.startsWith("product.");
            }

            @Override
            public void onEvent(DomainEvent event) throws SQLException {
                cards.remember(event);
            }
        });
    }

    private record JdbcLoyaltyCards(DataSource dataSource) implements LoyaltyCards {
        @Override
        public void stamp(long merchantId, String shopper) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO loyalty_stamp (merchant_id, shopper) VALUES (?, ?)")) {
                insert.setLong(1, merchantId);
                insert.setString(2, shopper);
                insert.executeUpdate();
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int stamps(long merchantId, String shopper) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM loyalty_stamp WHERE merchant_id = ? AND shopper = ?")) {
                query.setLong(1, merchantId);
                query.setString(2, shopper);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void remember(DomainEvent event) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement seen = connection.prepareStatement("SELECT COUNT(*) FROM loyalty_seen_event WHERE event_id = ?")) {
                seen.setLong(1, event.id());
                try (ResultSet rows = seen.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO loyalty_seen_event (event_id, type) VALUES (?, ?)")) {
                    insert.setLong(1, event.id());
                    insert.setString(2, event.type());
                    insert.executeUpdate();
                }
            }
        }

        @Override
        public List<String> seenEvents() {
            List<String> types = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("SELECT type FROM loyalty_seen_event ORDER BY event_id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return types;
        }
    }
}
