package io.comptoir.app.training;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application left "being approved" (the node approving it died) no longer stays so: the admin page offers to finish
 * the approval, and so does the API.
 */
final class StuckApprovalWebTest {

    @EachDatabase
    void anAdminFinishesAStuckApprovalFromItsPageOrOverTheApi(TestDatabase db) throws SQLException {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            ShopApplications applications = world.service(ShopApplications.class);
            Actor admin = Actor.account(world.admin.id().value());
            ShopApplication onPage = applications.apply(TrainingWorld.form("Fleurs de l’Aa", TrainingWorld.siret(), "fleurs@example.org"));
            ShopApplication overApi = applications.apply(TrainingWorld.form("Cordonnerie du Marais", TrainingWorld.siret(), "cordo@example.org"));
            stuck(db, onPage);
            stuck(db, overApi);

            String page = "/admin/candidatures/" + onPage.id().value();
            Document detail = PageChecks.parse(world.market.get(page, world.adminSession));
            PageChecks.assertAccessible(detail, "fr");
            assertThat(detail.select("form[action=" + page + "/approuver]")).as("not pending: no decision buttons").isEmpty();
            assertThat(detail.selectFirst("form[action=" + page + "/reprendre] button").text()).isEqualTo("Terminer l’approbation");
            HttpResponse<String> resumed = world.market.postForm(page + "/reprendre", world.adminSession, Map.of());
            assertThat(resumed.statusCode()).isEqualTo(303);
            assertThat(applications.application(onPage.id(), admin).status()).isEqualTo(ApplicationStatus.APPROVED);

            String api = "/api/v1/admin/applications/" + overApi.id().value() + "/resume-approval";
            HttpResponse<String> finished = world.market.api("POST", api, world.adminSession, null);
            assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);
            assertThat(BackOfficeMarket.json(finished).get("status").asText()).isEqualTo("APPROVED");
            HttpResponse<String> again = world.market.api("POST", api, world.adminSession, null);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(BackOfficeMarket.json(again).get("error").asText()).isEqualTo("application_decided");
        }
    }

    /** As a crash leaves it: claimed for approval a moment ago, and never finished. */
    private static void stuck(TestDatabase db, ShopApplication application) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE training_application SET status = 'APPROVING', claimed_at = ? WHERE id = ?")) {
            statement.setObject(1, java.time.OffsetDateTime.parse("2026-11-24T09:29:00Z"));
            statement.setLong(2, application.id().value());
            statement.executeUpdate();
        }
    }
}
