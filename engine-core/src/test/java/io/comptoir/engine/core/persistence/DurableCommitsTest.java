package io.comptoir.engine.core.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an embedded H2 file database the engine commits durably ({@code WRITE_DELAY=0}: each commit is in the file before it
 * returns) however it is given the database, unless the URL chooses otherwise. The crash test of the reference app proves
 * the effect with a process killed mid-burst; this proves the setting.
 */
final class DurableCommitsTest {

    @Test
    void anEngineGivenAnH2FileUrlWithoutTheSettingCommitsDurably(@TempDir Path directory) throws SQLException {
        try (Engine engine = engine(Engine.builder().jdbcUrl(url(directory), "sa", ""))) {
            assertThat(writeDelay(engine.dataSource())).isZero();
        }
    }

    @Test
    void anEngineGivenADataSourceOnAnH2FileDatabaseMakesItsCommitsDurable(@TempDir Path directory) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(directory));
        config.setUsername("sa");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            assertThat(writeDelay(pool)).as("H2's default").isEqualTo(500);
            try (Engine engine = engine(Engine.builder().dataSource(pool))) {
                assertThat(writeDelay(pool)).isZero();
            }
        }
    }

    @Test
    void aUrlThatChoosesItsOwnDelayKeepsIt(@TempDir Path directory) throws SQLException {
        try (Engine engine = engine(Engine.builder().jdbcUrl(url(directory) + ";WRITE_DELAY=200", "sa", ""))) {
            assertThat(writeDelay(engine.dataSource())).isEqualTo(200);
        }
    }

    @Test
    void onlyH2FileUrlsGetTheSetting() {
        assertThat(DurableCommits.durableUrl("jdbc:h2:file:./data/market;MODE=PostgreSQL")).isEqualTo("jdbc:h2:file:./data/market;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(DurableCommits.durableUrl("jdbc:h2:./data/market")).isEqualTo("jdbc:h2:./data/market;WRITE_DELAY=0");
        assertThat(DurableCommits.durableUrl("jdbc:h2:file:./m;write_delay=0")).isEqualTo("jdbc:h2:file:./m;write_delay=0");
        assertThat(DurableCommits.durableUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(DurableCommits.durableUrl("jdbc:postgresql://localhost/market")).isEqualTo("jdbc:postgresql://localhost/market");
    }

    private static String url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("market") + TestDatabase.H2_OPTIONS;
    }

    private static Engine engine(io.comptoir.engine.core.EngineBuilder builder) {
        return builder.backgroundWork(false).properties(Fixtures.CHEAP_PASSWORDS).assetDirectory(Path.of("target", "test-assets")).build();
    }

    private static int writeDelay(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(row.next()).isTrue();
            return Integer.parseInt(row.getString(1));
        }
    }
}
