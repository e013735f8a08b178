package io.comptoir.training.application;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.MailChecks;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ShopApplication;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mails to applicants (received, approved, rejected) in the language the form was filled in, or in that of the
 * account the contact's address already has; the account an approval opens starts with the form's language.
 */
final class ApplicationMailLanguageTest {

    private static ApplicationForm form(int siret, String shopName, String contact, String email) {
        return new ApplicationForm(shopName, TestMarketplace.siret(siret), "Épicerie fine", "12 rue de Dunkerque", "62500",
                TestMarketplace.SAINT_OMER, contact, email, "03 21 98 76 54", "");
    }

    @EachDatabase
    void anApplicantIsAnsweredInTheLanguageOfTheFormAndTheirNewAccountKeepsIt(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            ShopApplication english = market.applications().apply(form(1, "The Tea Tree", "Oliver Smith", "oliver@example.org"), Locale.ENGLISH);
            ShopApplication french = market.applications().apply(form(2, "L'Arbre à Thé", "Claire Martin", "claire@example.org"), Locale.FRENCH);
            assertThat(market.applications().application(english.id(), market.adminActor()).language()).isEqualTo(Locale.ENGLISH);
            english(last(market, "oliver@example.org", "training_application_received"), "We have received your application", "Hello Oliver Smith,",
                    "Thank you for wanting to join your territory's marketplace with \"The Tea Tree\"", "The team of your territory's marketplace");
            french(last(market, "claire@example.org", "training_application_received"), "Nous avons bien reçu votre demande d'adhésion",
                    "Bonjour Claire Martin,", "Merci de vouloir rejoindre la marketplace du territoire avec « L'Arbre à Thé »",
                    "L'équipe de la marketplace du territoire");

            market.applications().approve(english.id(), market.adminActor());
            market.applications().approve(french.id(), market.adminActor());
            english(last(market, "oliver@example.org", "training_application_approved"), "Welcome: \"The Tea Tree\" joins the marketplace",
                    "Hello Oliver Smith,", "your application is accepted", "We have opened your account with the address oliver@example.org",
                    "\"Before going live\"");
            french(last(market, "claire@example.org", "training_application_approved"), "Bienvenue : « L'Arbre à Thé » rejoint la marketplace",
                    "Bonjour Claire Martin,", "votre demande d'adhésion est acceptée", "Nous avons ouvert votre compte avec l'adresse claire@example.org",
                    "« Avant la mise en ligne »");
            assertThat(market.engine.accounts().accountByEmail("oliver@example.org")).map(Account::language).contains(Locale.ENGLISH);
            assertThat(market.engine.accounts().accountByEmail("claire@example.org")).map(Account::language).contains(Locale.FRENCH);
            assertThat(last(market, "oliver@example.org", "password_reset").subject()).as("the account's first mail, in its language")
                    .isEqualTo("Resetting your password");
            assertThat(last(market, "claire@example.org", "password_reset").subject()).isEqualTo("Réinitialisation de votre mot de passe");
        }
    }

    @EachDatabase
    void aRejectionIsInTheLanguageOfTheFormUnlessTheAddressHasAnAccountWhoseLanguageWins(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Account paul = market.person("Paul Durand");
            market.engine.accounts().setLanguage(paul.id(), Locale.ENGLISH);
            ShopApplication english = market.applications().apply(form(3, "Le Fournil", "Paul Durand", paul.email()), Locale.FRENCH);
            ShopApplication french = market.applications().apply(form(4, "Fleurs de Lumbres", "Claire Martin", "claire@example.org"), Locale.FRENCH);
            english(last(market, paul.email(), "training_application_received"), "We have received your application", "Hello Paul Durand,");

            market.applications().reject(english.id(), "La boutique est hors du territoire.", market.adminActor());
            market.applications().reject(french.id(), "La boutique est hors du territoire.", market.adminActor());
            english(last(market, paul.email(), "training_application_rejected"), "Your application to join the marketplace", "Hello Paul Durand,",
                    "We have considered your application for \"Le Fournil\"", "Reason: La boutique est hors du territoire.");
            french(last(market, "claire@example.org", "training_application_rejected"), "Votre demande d'adhésion à la marketplace",
                    "Bonjour Claire Martin,", "Nous avons étudié votre demande pour « Fleurs de Lumbres »", "Motif : La boutique est hors du territoire.");

            assertThatThrownBy(() -> market.applications().apply(form(5, "Le Fournil", "Paul", "p@example.org"), Locale.forLanguageTag("en-GB")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("language"));
        }
    }

    private static Mail last(TestMarketplace market, String email, String kind) {
        return MailChecks.last(market, email, kind);
    }

    private static void english(Mail mail, String subject, String... body) {
        MailChecks.writtenIn(mail, Locale.ENGLISH, List.of("Bonjour", "Votre", "demande", "Merci"), subject, body);
    }

    private static void french(Mail mail, String subject, String... body) {
        MailChecks.writtenIn(mail, Locale.FRENCH, List.of("Hello", "Your", "application", "Thank"), subject, body);
    }
}
