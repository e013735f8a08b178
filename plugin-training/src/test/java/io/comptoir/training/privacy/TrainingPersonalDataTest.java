package io.comptoir.training.privacy;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.privacy.PersonalDataExport;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training plugin's part of a person's rights, through the engine's seam, on both databases: the applications a
 * person made are in their export; erasing their account replaces the applications' contact (name, e-mail, phone, the
 * free-text message, a rejection's reason) and withdraws the one still pending, keeping the shops' particulars and the
 * decisions; past the retention period the same happens to any application.
 */
final class TrainingPersonalDataTest {
    private static ApplicationForm form(String siret, String shop, String contact, String email) {
        return new ApplicationForm(shop, siret, "Épicerie fine", "12 rue de Dunkerque", "62500", TestMarketplace.SAINT_OMER, contact, email,
                "03 21 98 76 54", "Je tiens la boutique seule depuis mon divorce, joignable le soir au 06 11 22 33 44.");
    }

    @EachDatabase
    void erasingAnAccountScrubsTheApplicationsOfItsEmailAndWithdrawsTheOnePending(TestDatabase db) throws SQLException {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Account claire = market.person("Claire Martin");
            ShopApplication approved = market.applications().approve(market.applications().apply(
                    form(TestMarketplace.siret(1), "Épicerie du Marché", "Claire Martin", claire.email())).id(), market.adminActor());
            ShopApplication pending = market.applications().apply(form(TestMarketplace.siret(2), "Fromagerie Martin", "Claire Martin",
                    claire.email()));
            ShopApplication someoneElse = market.applications().apply(form(TestMarketplace.siret(3), "Librairie du Bon Coin",
                    "Dominique Petit", "dominique.petit@example.org"));

            PersonalDataExport export = market.engine.privacy().export(claire.id(), TestMarketplace.actor(claire));
            List<Map<String, Object>> section = export.sections().get(TrainingPersonalData.SECTION);
            assertThat(section).filteredOn(record -> "application".equals(record.get("kind"))).hasSize(2)
                    .allSatisfy(record -> assertThat(record).containsEntry("contactPhone", "03 21 98 76 54")
                            .containsEntry("contactEmail", claire.email()));

            market.engine.privacy().erase(claire.id(), market.adminActor());

            ShopApplication kept = market.applications().application(approved.id(), market.adminActor());
            assertThat(kept.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(kept.merchant()).isEqualTo(approved.merchant());
            assertThat(kept.form().shopName()).isEqualTo("Épicerie du Marché");
            assertScrubbed(kept.form());
            ShopApplication withdrawn = market.applications().application(pending.id(), market.adminActor());
            assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(withdrawn.decidedBy()).contains(TrainingPersonalData.ACTOR);
            assertScrubbed(withdrawn.form());
            assertThat(rejections(db, pending)).as("the withdrawal is an event like any rejection").isOne();
            assertThat(market.applications().apply(form(TestMarketplace.siret(2), "Fromagerie Martin", "Camille Martin",
                    "camille.martin@example.org")).status()).as("the withdrawn application holds its SIRET no longer")
                    .isEqualTo(ApplicationStatus.PENDING);
            ShopApplication untouched = market.applications().application(someoneElse.id(), market.adminActor());
            assertThat(untouched.form().contactEmail()).isEqualTo("dominique.petit@example.org");
            assertThat(untouched.form().message()).contains("divorce");
        }
    }

    @EachDatabase
    void pastTheRetentionPeriodAnApplicationLosesItsContact(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication old = market.applications().apply(form(TestMarketplace.siret(4), "Cave Lefebvre", "Alex Lefebvre",
                    "alex.lefebvre@example.org"));
            market.applications().reject(old.id(), "Alex Lefebvre n'a pas de local commercial", market.adminActor());
            market.clock.advance(Duration.ofDays(30));
            ShopApplication recent = market.applications().apply(form(TestMarketplace.siret(5), "Cave Lefebvre", "Alex Lefebvre",
                    "alex.lefebvre@example.org"));

            market.clock.set(TestMarketplace.TODAY.atZone(ZoneOffset.UTC).plus(market.engine.privacy().retention()).plusDays(2).toInstant());
            assertThat(market.engine.purgePastRetention().counts()).containsEntry(TrainingPersonalData.SECTION, 1);

            ShopApplication scrubbed = market.applications().application(old.id(), market.adminActor());
            assertScrubbed(scrubbed.form());
            assertThat(scrubbed.rejectionReason()).contains("");
            assertThat(scrubbed.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(market.applications().application(recent.id(), market.adminActor()).form().contactEmail())
                    .isEqualTo("alex.lefebvre@example.org");
            assertThat(market.engine.purgePastRetention().counts()).as("done once").containsEntry(TrainingPersonalData.SECTION, 0);
        }
    }

    private static int rejections(TestDatabase db, ShopApplication application) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM domain_event WHERE type = ? AND aggregate_id = ? AND actor = ?")) {
            statement.setString(1, TrainingEvents.APPLICATION_REJECTED.name());
            statement.setString(2, Long.toString(application.id().value()));
            statement.setString(3, TrainingPersonalData.ACTOR);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void assertScrubbed(ApplicationForm form) {
        assertThat(form.contactName()).isEqualTo(PersonalDataRights.ERASED_NAME);
        assertThat(form.contactEmail()).endsWith("@" + PersonalDataRights.ERASED_DOMAIN).doesNotContain("martin").doesNotContain("lefebvre");
        assertThat(form.contactPhone()).isEmpty();
        assertThat(form.message()).isEmpty();
    }
}
