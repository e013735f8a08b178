package io.comptoir.training.application;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Approvals with a clock that gives nanoseconds, as the system clock does: the claim the approval took is the claim it
 * finds at the end, on both databases. And an application left approving (a crash mid-approval) is finished by an admin at
 * once, keeping the shop and account already made.
 */
final class ApprovalTimingTest {
    private static final Instant WITH_NANOSECONDS = Instant.parse("2026-11-27T08:00:00.123456789Z");

    @EachDatabase
    void anApprovalWithANanosecondClockFinishes(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            market.clock.set(WITH_NANOSECONDS);
            ShopApplication application = market.applications().apply(ShopApplicationsTest.form(TestMarketplace.siret(1), "claire@example.org"));

            ShopApplication approved = market.applications().approve(application.id(), market.adminActor());

            assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(market.engine.merchants().require(approved.merchant().orElseThrow()).status()).isEqualTo(MerchantStatus.ONBOARDING);
        }
    }

    @EachDatabase
    void anApplicationLeftApprovingByACrashIsFinishedByAnAdminAtOnce(TestDatabase db) throws SQLException {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            market.clock.set(WITH_NANOSECONDS);
            ShopApplication application = market.applications().apply(ShopApplicationsTest.form(TestMarketplace.siret(2), "sam@example.org"));
            // the approval took its claim, then the node died
            update(db, "UPDATE training_application SET status = 'APPROVING', claimed_at = TIMESTAMP WITH TIME ZONE '2026-11-27 08:00:00.123456+00:00' "
                    + "WHERE id = " + application.id().value());
            assertThatThrownBy(() -> market.applications().approve(application.id(), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_being_approved"));
            assertThatThrownBy(() -> market.applications().reject(application.id(), "trop tard", market.adminActor()))
                    .isInstanceOf(ConflictException.class);

            ShopApplication approved = market.applications().resumeApproval(application.id(), market.adminActor());

            assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(approved.merchant()).isPresent();
            assertThat(approved.staffAccount()).isPresent();
            assertThatThrownBy(() -> market.applications().resumeApproval(application.id(), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_decided"));
        }
    }

    @EachDatabase
    void anApprovalTakenOverAfterTenMinutesFinishesToo(TestDatabase db) throws SQLException {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            market.clock.set(WITH_NANOSECONDS);
            ShopApplication application = market.applications().apply(ShopApplicationsTest.form(TestMarketplace.siret(3), "lou@example.org"));
            update(db, "UPDATE training_application SET status = 'APPROVING', claimed_at = TIMESTAMP WITH TIME ZONE '2026-11-27 08:00:00.123456+00:00' "
                    + "WHERE id = " + application.id().value());
            market.clock.advance(Duration.ofMinutes(11));

            assertThat(market.applications().approve(application.id(), market.adminActor()).status()).isEqualTo(ApplicationStatus.APPROVED);
        }
    }

    private static void update(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
