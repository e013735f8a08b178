package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.HtmlMail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of mail the engine sends, to an English reader in English and to a French one in French, subject and body,
 * with its HTML alternative in the same language: account invitations, e-mail changes and password resets; the
 * shopper's order mails (placed, ready, cancelled, refunded, payment failed) and the shop's new order mail (the
 * language of the account at the shop's contact address, French without one).
 */
final class EveryMailLanguageTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String RESET = "https://marche.example/mot-de-passe/";
    private static final Actor STAFF = Actor.account(999);
    private static final String DECLINED_CARD = "4000 0000 0000 0002";

    @EachDatabase
    void accountMailsSpeakTheLanguageOfTheAccount(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            RoleGrant staff = RoleGrant.of(Role.MERCHANT_STAFF, shop.shoes.id().value());
            Account oliver = shop.engine.accounts().register("oliver.smith@example.org", PASSWORD, "Oliver Smith", Locale.ENGLISH);
            Account camille = shop.shopper("Camille Durand");

            shop.engine.accounts().invite("oliver.smith@example.org", "ignored", staff, "Chaussures Martin", RESET, STAFF);
            shop.engine.accounts().invite("sam.vendeur@example.org", "Sam Vendeur", staff, "Chaussures Martin", RESET, STAFF);
            english(last(shop, oliver.email(), "account_invited"), "Your access to \"Chaussures Martin\"", "Hello Oliver Smith,",
                    "You now have access to \"Chaussures Martin\" on the marketplace.", "Sign in with your usual account");
            french(last(shop, "sam.vendeur@example.org", "account_invited"), "Votre accès à « Chaussures Martin »", "Bonjour Sam Vendeur,",
                    "Vous avez désormais accès à « Chaussures Martin »", "Un compte a été ouvert pour vous");

            shop.engine.accounts().changeEmail(oliver.id(), PASSWORD, "oliver@example.co.uk");
            shop.engine.accounts().changeEmail(camille.id(), PASSWORD, "camille@example.fr");
            english(last(shop, oliver.email(), "account_email_changed"), "The e-mail address of your account has changed",
                    "Hello Oliver Smith,", "The e-mail address of your account is now oliver@example.co.uk", "If you did not make this change");
            french(last(shop, camille.email(), "account_email_changed"), "L'adresse e-mail de votre compte a changé",
                    "Bonjour Camille Durand,", "est désormais camille@example.fr", "Si vous n'êtes pas à l'origine de ce changement");

            shop.engine.accounts().requestPasswordReset("oliver@example.co.uk", RESET);
            shop.engine.accounts().requestPasswordReset("camille@example.fr", RESET);
            english(last(shop, "oliver@example.co.uk", "password_reset"), "Resetting your password", "Hello Oliver Smith,",
                    "Open this link within the hour", RESET);
            french(last(shop, "camille@example.fr", "password_reset"), "Réinitialisation de votre mot de passe", "Bonjour Camille Durand,",
                    "Ouvrez ce lien dans l'heure", RESET);
        }
    }

    @EachDatabase
    void orderMailsSpeakTheShoppersLanguageAndTheShopsMailThatOfItsContactsAccount(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            lifeOfAnOrder(shop, camille);
            french(last(shop, camille.email(), "order_placed"), "Votre commande", "Bonjour Camille Durand,", "Merci pour votre commande",
                    "Retrait à la boutique : 1 place Foch", "Total de la commande : 104,80");
            french(last(shop, "contact@shop.example", "merchant_order_placed"), "Nouvelle commande", "Bonjour,",
                    "Vous avez reçu la commande", "Acceptez-la depuis votre espace commerçant");
            french(last(shop, camille.email(), "order_ready"), "Votre commande", "Bonjour Camille Durand,", "est prête",
                    "Vous pouvez la retirer à la boutique");
            french(last(shop, camille.email(), "order_cancelled"), "Votre commande", "Bonjour Camille Durand,", "a été annulée",
                    "Motif : plus besoin");
            french(last(shop, camille.email(), "order_refunded"), "Remboursement de votre commande", "Bonjour Camille Durand,",
                    "Chaussures Martin vous rembourse 20,00", "Motif : talon abîmé");
            french(last(shop, camille.email(), "order_payment_failed"), "Votre paiement n'a pas abouti", "Bonjour Camille Durand,",
                    "Rien n'a été débité");

            // the shops' contact address now has an account whose holder reads English
            shop.engine.accounts().register("contact@shop.example", PASSWORD, "Shop Contact", Locale.ENGLISH);
            Account oliver = shop.engine.accounts().register("oliver.smith@example.org", PASSWORD, "Oliver Smith", Locale.ENGLISH);
            lifeOfAnOrder(shop, oliver);
            english(last(shop, oliver.email(), "order_placed"), "Your order", "Hello Oliver Smith,", "Thank you for your order",
                    "Pick-up at the shop: 1 place Foch", "Order total: €104.80");
            english(last(shop, "contact@shop.example", "merchant_order_placed"), "New order", "Hello,", "You have received order",
                    "Accept it from your shop back-office");
            english(last(shop, oliver.email(), "order_ready"), "Your order", "Hello Oliver Smith,", "is ready", "You can pick it up at the shop");
            english(last(shop, oliver.email(), "order_cancelled"), "Your order", "Hello Oliver Smith,", "has been cancelled", "Reason: plus besoin");
            english(last(shop, oliver.email(), "order_refunded"), "Refund of your order", "Hello Oliver Smith,",
                    "Chaussures Martin refunds you €20.00", "Reason: talon abîmé");
            english(last(shop, oliver.email(), "order_payment_failed"), "Your payment did not go through", "Hello Oliver Smith,",
                    "Nothing was charged");
        }
    }

    /**
     * An order of both shops paid by card: the shoe shop accepts, makes it ready, hands it over and refunds 20 €; the
     * grocer cancels its part; then a checkout whose card is declined.
     */
    private static void lifeOfAnOrder(Shop shop, Account shopper) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 2);
        CustomerOrder order = shop.awaitSettled(shop.checkout(shopper, List.of(Shop.card(Shop.CARD))).order());
        MerchantOrder shoes = order.merchantOrders().stream().filter(part -> part.merchantId().equals(shop.shoes.id())).findFirst().orElseThrow();
        MerchantOrder grocer = order.merchantOrders().stream().filter(part -> part.merchantId().equals(shop.grocer.id())).findFirst().orElseThrow();
        act(shop, shoes, OrderAction.ACCEPT, Optional.empty(), "");
        act(shop, shoes, OrderAction.MARK_READY, Optional.empty(), "");
        act(shop, shoes, OrderAction.MARK_COLLECTED, Optional.empty(), "");
        act(shop, shoes, OrderAction.REFUND, Optional.of(Money.euros(2000)), "talon abîmé");
        act(shop, grocer, OrderAction.CANCEL, Optional.empty(), "plus besoin");

        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.sandals).id(), 1);
        shop.checkoutAndSettle(shopper, List.of(Shop.card(DECLINED_CARD)));
        shop.engine.deliverPendingEvents();
    }

    private static void act(Shop shop, MerchantOrder order, OrderAction action, Optional<Money> amount, String note) {
        shop.engine.orders().act(order.id(), action, amount, note, STAFF, false);
    }

    private static Mail last(Shop shop, String email, String kind) {
        return shop.engine.mailOutbox().sentTo(email, 50).stream().map(SentMail::mail).filter(mail -> mail.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " mail to " + email));
    }

    static void english(Mail mail, String subject, String... body) {
        written(mail, "en", subject, body);
        assertThat(mail.subject() + "\n" + mail.body()).as(mail.kind()).doesNotContain("Bonjour", "Votre", "Merci", "commande");
    }

    static void french(Mail mail, String subject, String... body) {
        written(mail, "fr", subject, body);
        assertThat(mail.subject() + "\n" + mail.body()).as(mail.kind()).doesNotContain("Hello", "Your", "Thank", "order");
    }

    private static void written(Mail mail, String language, String subject, String... body) {
        assertThat(mail.subject()).as(mail.kind()).startsWith(subject);
        assertThat(mail.body()).as(mail.kind()).startsWith(body[0]).contains(body);
        // the HTML alternative is the rendering of this very text, declared in the same language
        assertThat(mail.html()).as(mail.kind()).contains(HtmlMail.render(mail.subject(), mail.body(), Locale.forLanguageTag(language)));
    }
}
