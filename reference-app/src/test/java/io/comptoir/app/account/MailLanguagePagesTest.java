package io.comptoir.app.account;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Locale;

import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The language of a shopper's mail: chosen at sign-up (the page's language, French unless changed), changed on /mon-compte. */
final class MailLanguagePagesTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static TestDatabase database;
    private static TestMarketplace market;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static Account account(String email) {
        return market.engine.accounts().accountByEmail(email).orElseThrow();
    }

    @Test
    void theSignUpFormOffersFrenchFirstAndTheChoiceIsKept() {
        WebSession visitor = new WebSession(market);
        Document form = page(visitor.get("/inscription"));
        assertThat(form.select("input[name=mailLanguage][checked]").attr("value")).isEqualTo("fr");
        assertThat(form.select("fieldset.choice-group label").eachText()).containsExactly("Français", "English");

        visitor.register("Camille Dupont", "camille.langue@exemple.fr", PASSWORD);
        assertThat(account("camille.langue@exemple.fr").language()).isEqualTo(Locale.FRENCH);

        WebSession english = new WebSession(market);
        english.get("/?lang=en");
        assertThat(page(english.get("/inscription")).select("input[name=mailLanguage][checked]").attr("value"))
                .as("a visitor reading English is offered English").isEqualTo("en");
        HttpResponse<String> registered = english.submit(page(english.get("/inscription")), "form[action=/inscription]", null,
                "displayName", "Oliver Smith", "email", "oliver.langue@example.org", "password", PASSWORD, "passwordConfirm", PASSWORD,
                "mailLanguage", "en");
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(account("oliver.langue@example.org").language()).isEqualTo(Locale.ENGLISH);

        market.engine.accounts().requestPasswordReset("oliver.langue@example.org", "https://marche.example/mot-de-passe/");
        assertThat(market.engine.mailOutbox().sentTo("oliver.langue@example.org", 1).get(0).mail().subject()).isEqualTo("Resetting your password");
    }

    @Test
    void theAccountPageChangesTheLanguageOfTheNextMails() {
        WebSession shopper = new WebSession(market);
        shopper.register("Paul Martin", "paul.langue@exemple.fr", PASSWORD);
        Document accountPage = page(shopper.get("/mon-compte"));
        assertThat(accountPage.select("form[action=/mon-compte/langue] input[name=mailLanguage][checked]").attr("value")).isEqualTo("fr");

        HttpResponse<String> changed = shopper.submit(accountPage, "form[action=/mon-compte/langue]", null, "mailLanguage", "en");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(location(changed)).isEqualTo("/mon-compte?langue=modifiee");
        assertThat(account("paul.langue@exemple.fr").language()).isEqualTo(Locale.ENGLISH);
        Document after = page(shopper.get(location(changed)));
        assertThat(after.select(".alert--success").text()).contains("langue choisie");
        assertThat(after.select("form[action=/mon-compte/langue] input[name=mailLanguage][checked]").attr("value")).isEqualTo("en");

        shopper.submit(after, "form[action=/mon-compte/langue]", null, "mailLanguage", "klingon");
        assertThat(account("paul.langue@exemple.fr").language()).as("an unknown language is French").isEqualTo(Locale.FRENCH);
    }
}
