package io.comptoir.training.application;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ShopApplicationsTest {
    private static final String SIRET = "73282932000074";

    static ApplicationForm form(String siret, String email) {
        return new ApplicationForm(" Épicerie du Marché ", siret, "Épicerie fine", "12 rue de Dunkerque", "62500", TestMarketplace.SAINT_OMER,
                "Claire Martin", email, "03 21 98 76 54", "Nous vendons des produits du Pays de Saint-Omer.");
    }

    @EachDatabase
    void anApprovedApplicationBecomesAShopInOnboardingWhoseContactIsItsStaffWithANewAccount(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication application = market.applications().apply(form("732 829 320 00074", " Claire.Martin@Example.org"));
            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(application.form().siret()).isEqualTo(SIRET);
            assertThat(application.form().shopName()).isEqualTo("Épicerie du Marché");
            assertThat(application.form().contactEmail()).isEqualTo("claire.martin@example.org");
            assertThat(market.mailsTo("claire.martin@example.org")).extracting(mail -> mail.mail().kind())
                    .containsExactly("training_application_received");
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isZero();

            ShopApplication approved = market.applications().approve(application.id(), market.adminActor());

            assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(approved.decidedBy()).contains(market.adminActor().toString());
            Merchant shop = market.engine.merchants().require(approved.merchant().orElseThrow());
            assertThat(shop.status()).isEqualTo(MerchantStatus.ONBOARDING);
            assertThat(shop).extracting(Merchant::name, Merchant::legalId, Merchant::trade).containsExactly("Épicerie du Marché", SIRET, "Épicerie fine");
            assertThat(shop.address().communeInsee()).isEqualTo(TestMarketplace.SAINT_OMER);
            Account staff = market.engine.accounts().accountByEmail("claire.martin@example.org").orElseThrow();
            assertThat(approved.staffAccount()).contains(staff.id());
            assertThat(staff.isStaffOf(shop.id().value())).isTrue();
            assertThat(staff.displayName()).isEqualTo("Claire Martin");
            List<SentMail> mails = market.mailsTo("claire.martin@example.org");
            assertThat(mails).extracting(mail -> mail.mail().kind())
                    .containsExactlyInAnyOrder("training_application_received", "training_application_approved", "password_reset");
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals("training_application_approved"))
                    .singleElement().satisfies(mail -> assertThat(mail.mail().body()).contains("choisir votre mot de passe"));
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals("password_reset"))
                    .singleElement().satisfies(mail -> assertThat(mail.mail().body()).contains("http://localhost:7070/password-reset?token="));
            assertThat(market.applications().countByStatus(market.adminActor())).containsEntry(ApplicationStatus.APPROVED, 1)
                    .containsEntry(ApplicationStatus.PENDING, 0);
        }
    }

    @EachDatabase
    void aContactWhoAlreadyHasAnAccountKeepsItAndBecomesStaffWithoutAPasswordMail(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Account shopper = market.person("Claire Martin");
            ShopApplication application = market.applications().apply(form(SIRET, shopper.email()));
            ShopApplication approved = market.applications().approve(application.id(), market.adminActor());

            assertThat(approved.staffAccount()).contains(shopper.id());
            assertThat(market.engine.accounts().account(shopper.id()).orElseThrow().isStaffOf(approved.merchant().orElseThrow().value())).isTrue();
            assertThat(market.mailsTo(shopper)).extracting(mail -> mail.mail().kind())
                    .containsExactlyInAnyOrder("training_application_received", "training_application_approved");
            assertThat(market.engine.accounts().authenticate(shopper.email(), TestMarketplace.PASSWORD, "test")).isNotNull();
        }
    }

    @EachDatabase
    void aRejectionNeedsAReasonWhichTheApplicantReadsAndFreesTheSiret(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication application = market.applications().apply(form(SIRET, "claire@example.org"));
            assertThatThrownBy(() -> market.applications().reject(application.id(), "  ", market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("reason"));
            assertThat(market.applications().application(application.id(), market.adminActor()).status()).isEqualTo(ApplicationStatus.PENDING);

            ShopApplication rejected = market.applications().reject(application.id(),
                    "La boutique est hors du territoire de la CAPSO et de la CCPL.", market.adminActor());
            assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(rejected.rejectionReason()).contains("La boutique est hors du territoire de la CAPSO et de la CCPL.");
            assertThat(market.mailsTo("claire@example.org")).filteredOn(mail -> mail.mail().kind().equals("training_application_rejected"))
                    .singleElement().satisfies(mail -> assertThat(mail.mail().body()).contains("hors du territoire"));
            assertThatThrownBy(() -> market.applications().approve(application.id(), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_decided"));
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isZero();

            assertThat(market.applications().apply(form(SIRET, "claire@example.org")).status()).isEqualTo(ApplicationStatus.PENDING);
        }
    }

    @EachDatabase
    void aSiretPendingApprovedOrAlreadyOnTheMarketplaceCannotApplyAgain(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication first = market.applications().apply(form(SIRET, "claire@example.org"));
            assertThatThrownBy(() -> market.applications().apply(form("732 829 320 00074", "autre@example.org")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_exists"));
            market.applications().approve(first.id(), market.adminActor());
            assertThatThrownBy(() -> market.applications().apply(form(SIRET, "autre@example.org")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isIn("application_exists", "siret_already_registered"));

            Merchant existing = market.onboardingShop("Fromagerie");
            assertThatThrownBy(() -> market.applications().apply(form(existing.legalId(), "fromagerie@example.org")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("siret_already_registered"));
            assertThat(market.applications().list(Optional.empty(), 0, 50, market.adminActor())).hasSize(1);
        }
    }

    @EachDatabase
    void anApprovalThatFailsHalfWayLeavesTheApplicationPendingToBeDecidedAgain(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication application = market.applications().apply(form(TestMarketplace.siret(900), "claire@example.org"));
            // Meanwhile the shop was brought in by an import: approving would make a second shop with the same SIRET.
            market.engine.merchants().importMerchant(new io.comptoir.engine.api.merchant.MerchantProfile("Épicerie importée",
                    application.form().siret(), "Épicerie", "", new io.comptoir.engine.api.merchant.Address("1 rue", "62500", TestMarketplace.SAINT_OMER),
                    io.comptoir.engine.api.merchant.Contact.NONE, io.comptoir.engine.api.merchant.OpeningHours.CLOSED, List.of(), Optional.empty()),
                    MerchantStatus.LIVE, false, TestMarketplace.SYSTEM);

            assertThatThrownBy(() -> market.applications().approve(application.id(), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("siret_already_registered"));
            assertThat(market.applications().application(application.id(), market.adminActor()).status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(1);
            assertThat(market.engine.accounts().accountByEmail("claire@example.org")).isEmpty();
            assertThat(market.applications().reject(application.id(), "Déjà sur la marketplace.", market.adminActor()).status())
                    .isEqualTo(ApplicationStatus.REJECTED);
        }
    }

    @EachDatabase
    void approvingTwiceIsAConflictAndCreatesOneShop(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication application = market.applications().apply(form(SIRET, "claire@example.org"));
            market.applications().approve(application.id(), market.adminActor());
            assertThatThrownBy(() -> market.applications().approve(application.id(), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_decided"));
            assertThatThrownBy(() -> market.applications().reject(application.id(), "Trop tard", market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("application_decided"));
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(1);
            assertThatThrownBy(() -> market.applications().approve(new ApplicationId(987_654), market.adminActor()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @EachDatabase
    void onlyTerritoryAdminsReviewApplications(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication application = market.applications().apply(form(SIRET, "claire@example.org"));
            Merchant other = market.onboardingShop("Fromagerie");
            for (Actor actor : List.of(actor(market.staff(other, "Paul Staff")), actor(market.trainer("Julie Formatrice")),
                    actor(market.person("Claire Martin")))) {
                assertThatThrownBy(() -> market.applications().approve(application.id(), actor)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.applications().reject(application.id(), "Non", actor)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.applications().list(Optional.empty(), 0, 10, actor)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.applications().application(application.id(), actor)).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(market.applications().application(application.id(), market.adminActor()).status()).isEqualTo(ApplicationStatus.PENDING);
            Account secondAdmin = market.person("Deuxième Admin", Role.TERRITORY_ADMIN);
            assertThat(market.applications().approve(application.id(), actor(secondAdmin)).status()).isEqualTo(ApplicationStatus.APPROVED);
        }
    }

    @EachDatabase
    void everyBadFieldOfTheFormIsNamedAndNothingIsStored(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ApplicationForm good = form(SIRET, "claire@example.org");
            Map<String, ApplicationForm> bad = new LinkedHashMap<>();
            bad.put("shopName", with(good, "shopName", " "));
            bad.put("siret", with(good, "siret", "73282932000075"));
            bad.put("trade", with(good, "trade", "x".repeat(201)));
            bad.put("street", with(good, "street", ""));
            bad.put("postalCode", with(good, "postalCode", "6250"));
            bad.put("communeInsee", with(good, "communeInsee", "59350"));
            bad.put("contactName", with(good, "contactName", "Claire\u0000Martin"));
            bad.put("contactEmail", with(good, "contactEmail", "claire@"));
            bad.put("contactPhone", with(good, "contactPhone", "appelez-moi"));
            bad.put("message", with(good, "message", "x".repeat(2001)));
            bad.forEach((field, form) -> assertThatThrownBy(() -> market.applications().apply(form))
                    .as(field).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field)));
            assertThat(market.applications().list(Optional.empty(), 0, 50, market.adminActor())).isEmpty();
            assertThat(market.engine.mailOutbox().latest(10)).isEmpty();
        }
    }

    private static ApplicationForm with(ApplicationForm f, String field, String value) {
        return new ApplicationForm(field.equals("shopName") ? value : f.shopName(), field.equals("siret") ? value : f.siret(),
                field.equals("trade") ? value : f.trade(), field.equals("street") ? value : f.street(),
                field.equals("postalCode") ? value : f.postalCode(), field.equals("communeInsee") ? value : f.communeInsee(),
                field.equals("contactName") ? value : f.contactName(), field.equals("contactEmail") ? value : f.contactEmail(),
                field.equals("contactPhone") ? value : f.contactPhone(), field.equals("message") ? value : f.message());
    }
}
