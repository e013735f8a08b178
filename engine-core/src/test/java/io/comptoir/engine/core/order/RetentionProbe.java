package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.plugin.kit.Jdbis;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plugin keeping dated records with an e-mail, anonymised past the retention period as the {@link PersonalData} contract
 * asks: a batch locked with {@code FOR UPDATE SKIP LOCKED}, a guarded update. Every record it anonymises is logged with
 * the node that did it, so that a test sees a record worked twice.
 */
final class RetentionProbe implements EnginePlugin, PersonalData {
    final String node;
    final List<Instant> cutoffs = new CopyOnWriteArrayList<>();

    RetentionProbe(String node) {
        this.node = node;
    }

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public void initialize(PluginContext context) {
        context.registerPersonalData(this);
    }

    /** The plugin's tables (a test creates them once, before any node starts). */
    static void createTables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe_record (id BIGINT PRIMARY KEY, dated_at TIMESTAMP WITH TIME ZONE NOT NULL, email VARCHAR(100))");
            statement.execute("CREATE TABLE probe_log (record_id BIGINT NOT NULL, node VARCHAR(20) NOT NULL)");
        }
    }

    static void insert(DataSource dataSource, long id, Instant datedAt, String email) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO probe_record (id, dated_at, email) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, Jdbis.databaseTime(datedAt));
            insert.setString(3, email);
            insert.executeUpdate();
        }
    }

    @Override
    public String section() {
        return "probe";
    }

    @Override
    public List<Map<String, Object>> export(AccountId person, String email, Connection transaction) {
        return List.of();
    }

    @Override
    public void erase(AccountId person, String email, Connection transaction) {
    }

    @Override
    public int anonymiseBefore(Instant cutoff, int limit, Connection transaction) throws SQLException {
        cutoffs.add(cutoff);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = transaction.prepareStatement("""
                SELECT id FROM probe_record WHERE dated_at < ? AND email IS NOT NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            select.setObject(1, Jdbis.databaseTime(cutoff));
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        int anonymised = 0;
        for (long id : ids) {
            try (PreparedStatement update = transaction.prepareStatement("UPDATE probe_record SET email = NULL WHERE id = ? AND email IS NOT NULL");
                 PreparedStatement log = transaction.prepareStatement("INSERT INTO probe_log (record_id, node) VALUES (?, ?)")) {
                update.setLong(1, id);
                if (update.executeUpdate() == 1) {
                    anonymised++;
                    log.setLong(1, id);
                    log.setString(2, node);
                    log.executeUpdate();
                }
            }
        }
        return anonymised;
    }
}
