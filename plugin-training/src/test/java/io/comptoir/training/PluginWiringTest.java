package io.comptoir.training;

import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.Certificates;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.api.TrainingSeeds;
import io.comptoir.training.api.Workshops;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PluginWiringTest {

    @EachDatabase
    void theEngineFindsThePluginOnTheClassPathMigratesItsTablesAndOffersItsServices(TestDatabase db) throws Exception {
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).discoverPlugins()
                .properties(Map.of("accounts.argon2-memory-kib", "1024", "accounts.argon2-iterations", "1")).build()) {
            assertThat(engine.plugins()).extracting(plugin -> plugin.id()).contains("training");
            for (Class<?> service : List.of(ShopApplications.class, Courses.class, Learning.class, Charters.class, Workshops.class,
                    Certificates.class, Memberships.class, TrainingReports.class, TrainingSeeds.class)) {
                assertThat(engine.findService(service)).as(service.getSimpleName()).isPresent();
            }
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM flyway_history_training WHERE success")) {
                result.next();
                assertThat(result.getInt(1)).isGreaterThanOrEqualTo(1);
            }
        }
        // A second start on the same database finds its tables as they are.
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).plugin(new TrainingPlugin()).build()) {
            assertThat(engine.service(Courses.class).courses(true)).isEmpty();
        }
    }

    @Test
    void settingsAreReadFromTheEnginesPropertiesAndBadOnesRefusedAtStart() {
        assertThat(new TrainingSettings(90, Duration.ofDays(2), Duration.ofMinutes(15), TrainingSettings.DEFAULT_PASSWORD_RESET_URL))
                .extracting(TrainingSettings::graceDays).isEqualTo(90);
        assertThatThrownBy(() -> new TrainingSettings(-1, Duration.ofDays(2), Duration.ofMinutes(15), TrainingSettings.DEFAULT_PASSWORD_RESET_URL))
                .hasMessageContaining("grace-days");
        assertThatThrownBy(() -> new TrainingSettings(90, Duration.ZERO, Duration.ofMinutes(15), TrainingSettings.DEFAULT_PASSWORD_RESET_URL))
                .hasMessageContaining("reminder-lead");
        assertThatThrownBy(() -> new TrainingSettings(90, Duration.ofDays(2), Duration.ofMinutes(15), "javascript:alert(1)"))
                .hasMessageContaining("password-reset-url");
    }

    @EachDatabase
    void aMistypedPropertyStopsTheEngineFromStartingWithItsName(TestDatabase db) {
        assertThatThrownBy(() -> TestMarketplace.start(db, Map.of("training.reminder-lead", "two days")))
                .hasMessageContaining("training.reminder-lead");
        assertThatThrownBy(() -> TestMarketplace.start(db, Map.of("training.grace-days", "ninety")))
                .hasMessageContaining("training.grace-days");
    }
}
