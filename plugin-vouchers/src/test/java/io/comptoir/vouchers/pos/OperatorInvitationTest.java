package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.VoucherRoles;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OperatorInvitationTest {
    private static final String LINK = "https://bons.example/reinitialiser-mot-de-passe?jeton=";

    @EachDatabase
    void aNewOperatorGetsAnAccountBoundToThePointOfSaleAWelcomeMailAndThePasswordLink(TestDatabase db) {
        try (Market market = new Market(db)) {
            Account operator = market.pointsOfSale().inviteOperator(market.tobacconist.id(), " Lea.Buraliste@Example.org ", "Léa Buraliste",
                    LINK, Market.ADMIN_ACTOR);

            assertThat(operator.email()).isEqualTo("lea.buraliste@example.org");
            assertThat(operator.scopesOf(VoucherRoles.POINT_OF_SALE)).containsExactly(market.tobacconist.id());
            assertThat(market.pointsOfSale().operators(market.tobacconist.id())).extracting(Account::id).contains(operator.id());
            assertThat(market.pointsOfSale().operators(market.newsagent.id())).extracting(Account::id).doesNotContain(operator.id());
            List<SentMail> mails = market.engine.mailOutbox().sentTo(operator.email(), 10);
            assertThat(mails).extracting(mail -> mail.mail().kind()).containsExactlyInAnyOrder(OperatorInvitation.MAIL_KIND, "password_reset");
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals("password_reset")).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains(LINK));
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals(OperatorInvitation.MAIL_KIND)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains(market.tobacconist.name(), "Léa Buraliste"));
        }
    }

    @EachDatabase
    void theInvitationIsInTheTerritorysLanguageForANewAccountAndInTheAccountsOwnOnceItChoseOne(TestDatabase db) {
        try (Market market = new Market(db)) {
            Account lea = market.pointsOfSale().inviteOperator(market.tobacconist.id(), "lea.buraliste@example.org", "Léa Buraliste", LINK,
                    Market.ADMIN_ACTOR);
            Mail french = market.engine.mailOutbox().sentTo(lea.email(), 10).stream().map(SentMail::mail)
                    .filter(mail -> mail.kind().equals(OperatorInvitation.MAIL_KIND)).findFirst().orElseThrow();
            assertThat(french.subject()).isEqualTo("Votre compte pour vendre les bons d'achat à « Tabac de la Place »");
            assertThat(french.body()).startsWith("Bonjour Léa Buraliste,").contains("opérateur du point de vente « Tabac de la Place »",
                    "lien pour choisir votre mot de passe", "l'espace « Point de vente »").doesNotContain("Hello", "voucher");
            assertThat(french.html()).contains(HtmlMail.render(french.subject(), french.body(), Locale.FRENCH));

            // the same welcome to someone whose account reads English (an operator invited again after choosing English)
            Account english = market.engine.accounts().setLanguage(lea.id(), Locale.ENGLISH);
            Mail welcome = OperatorInvitation.welcome(english, market.tobacconist);
            assertThat(welcome.subject()).isEqualTo("Your account to sell vouchers at \"Tabac de la Place\"");
            assertThat(welcome.body()).startsWith("Hello Léa Buraliste,").contains("operator account for the point of sale \"Tabac de la Place\"",
                    "a link to choose your password", "open the \"Point of sale\" space").doesNotContain("Bonjour", "bons d'achat");
            assertThat(welcome.html()).contains(HtmlMail.render(welcome.subject(), welcome.body(), Locale.ENGLISH));
        }
    }

    @EachDatabase
    void badInputATakenEmailAndAnUnknownPointOfSaleStoreNothing(TestDatabase db) {
        try (Market market = new Market(db)) {
            int accounts = market.engine.accounts().count(AccountFilter.all());
            PointsOfSale network = market.pointsOfSale();
            long pos = market.tobacconist.id();

            assertThatThrownBy(() -> network.inviteOperator(pos, "pas-une-adresse", "Léa", LINK, Market.ADMIN_ACTOR))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("email"));
            assertThatThrownBy(() -> network.inviteOperator(pos, "lea@example.org", "  ", LINK, Market.ADMIN_ACTOR))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("displayName"));
            assertThatThrownBy(() -> network.inviteOperator(pos, market.grocerStaff.email().toUpperCase(), "Autre", LINK, Market.ADMIN_ACTOR))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
            assertThatThrownBy(() -> network.inviteOperator(999_999, "lea@example.org", "Léa", LINK, Market.ADMIN_ACTOR))
                    .isInstanceOf(NotFoundException.class);

            assertThat(market.engine.accounts().count(AccountFilter.all())).isEqualTo(accounts);
            assertThat(market.engine.accounts().accountByEmail("lea@example.org")).isEmpty();
            assertThat(market.engine.accounts().account(market.grocerStaff.id()).orElseThrow().hasRole(VoucherRoles.POINT_OF_SALE)).isFalse();
            assertThat(market.engine.mailOutbox().sentTo("lea@example.org", 10)).isEmpty();
            assertThat(market.engine.mailOutbox().sentTo(market.grocerStaff.email(), 10))
                    .noneMatch(mail -> mail.mail().kind().equals(OperatorInvitation.MAIL_KIND));
        }
    }
}
