package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mails speak the language the account chose (French unless chosen); a shop is written to in French. */
final class MailLanguageTest {

    @EachDatabase
    void anAccountChoosesTheLanguageOfItsMailsAtSignUpAndLater(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account french = shop.shopper("Camille Durand");
            assertThat(french.language()).isEqualTo(Locale.FRENCH);
            Account english = shop.engine.accounts().register("oliver.smith@example.org", "correct horse battery", "Oliver Smith", Locale.ENGLISH);
            assertThat(shop.engine.accounts().account(english.id()).orElseThrow().language()).isEqualTo(Locale.ENGLISH);

            shop.engine.accounts().requestPasswordReset(french.email(), "https://marche.example/mot-de-passe/");
            shop.engine.accounts().requestPasswordReset(english.email(), "https://marche.example/mot-de-passe/");
            assertThat(latestTo(shop, french).mail().subject()).isEqualTo("Réinitialisation de votre mot de passe");
            assertThat(latestTo(shop, english).mail().subject()).isEqualTo("Resetting your password");
            assertThat(latestTo(shop, english).mail().body()).startsWith("Hello Oliver Smith,").contains("https://marche.example/mot-de-passe/");

            Account nowFrench = shop.engine.accounts().setLanguage(english.id(), Locale.FRENCH);
            assertThat(nowFrench.language()).isEqualTo(Locale.FRENCH);
            shop.engine.accounts().requestPasswordReset(english.email(), "https://marche.example/mot-de-passe/");
            assertThat(latestTo(shop, english).mail().body()).startsWith("Bonjour Oliver Smith,");

            for (Locale wrong : List.of(Locale.UK, Locale.forLanguageTag("x-klingon"), Locale.ROOT)) {
                assertThatThrownBy(() -> shop.engine.accounts().setLanguage(english.id(), wrong))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("language"));
            }
        }
    }

    @EachDatabase
    void anEnglishShopperGetsTheOrderMailInEnglishAndTheShopInFrench(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account oliver = shop.engine.accounts().register("oliver.smith@example.org", "correct horse battery", "Oliver Smith", Locale.ENGLISH);
            shop.engine.carts().add(shop.cartOf(oliver), shop.variant(shop.coffee).id(), 2);
            var order = shop.checkout(oliver, List.of(Shop.payAtPickup())).order();
            shop.engine.deliverPendingEvents();

            SentMail placed = latestTo(shop, oliver);
            assertThat(placed.mail().subject()).isEqualTo("Your order " + order.number() + " is confirmed");
            assertThat(placed.mail().body()).contains("Hello Oliver Smith,", "Pick-up at the shop", "Order total: €", "Thank you for supporting local shops!")
                    .doesNotContain("Bonjour");
            assertThat(shop.engine.mailOutbox().sentTo("contact@shop.example", 1).get(0).mail().subject()).startsWith("Nouvelle commande");
        }
    }

    private static SentMail latestTo(Shop shop, Account account) {
        return shop.engine.mailOutbox().sentTo(account.email(), 1).get(0);
    }
}
