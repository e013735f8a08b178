package io.comptoir.app.training;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's role, which the training feature brings, has no scope; taking it from an account without it is a 404. */
final class TrainerRoleTest {

    @Test
    void theTrainerRoleTakesNoScopeAndIsTakenOnlyFromItsHolders() {
        try (TestDatabase database = TestDatabase.h2(); BackOfficeMarket market = TrainingWorld.plain(database)) {
            Session admin = market.session(market.admin("Équipe territoire"));
            Account account = market.shopper("Claude Vendeur");

            HttpResponse<String> scoped = market.api("POST", "/api/v1/admin/accounts/" + account.id() + "/roles", admin, "{\"role\": \"TRAINER\", \"scope\": 3}");
            assertThat(scoped.statusCode()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(scoped).get("field").asText()).isEqualTo("scope");
            HttpResponse<String> notHeld = market.api("DELETE", "/api/v1/admin/accounts/" + account.id() + "/roles/TRAINER", admin, null);
            assertThat(notHeld.statusCode()).isEqualTo(404);
        }
    }
}
