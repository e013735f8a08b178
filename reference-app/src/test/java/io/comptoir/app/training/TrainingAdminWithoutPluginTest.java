package io.comptoir.app.training;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import static io.comptoir.app.training.TrainingWorld.API;
import static org.assertj.core.api.Assertions.assertThat;

/** Where the training plugin does not run, its admin pages and API are 404 and the navigation does not offer them. */
final class TrainingAdminWithoutPluginTest {

    @Test
    void theTrainingAdminAnswers404AndIsNotInTheNavigation() {
        try (TestDatabase database = TestDatabase.h2(); BackOfficeMarket market = BackOfficeMarket.start(database)) {
            Session admin = market.session(market.admin("Équipe territoire"));

            assertThat(market.get(TrainingAdminPaths.ROOT, admin).statusCode()).isEqualTo(404);
            assertThat(market.get(TrainingAdminPaths.COURSES, admin).statusCode()).isEqualTo(404);
            assertThat(market.apiGet(API + "/pipeline", admin).statusCode()).isEqualTo(404);
            assertThat(market.api("POST", API + "/courses", admin, "{\"title\": \"Cours\"}").statusCode()).isEqualTo(404);
            String dashboard = market.get("/admin", admin).body();
            assertThat(dashboard).contains("Boutiques").doesNotContain(TrainingAdminPaths.ROOT);
        }
    }
}
