package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.event.SubscriptionState;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.merchant.MerchantService;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's contact address the mailer refuses (stored before the profile's rules refused it) loses that shop its order
 * mails, with a warning, and nothing else: the shopper's mails and every other shop's go, the order mails never stall.
 */
final class RefusedOrderMailTest {

    @EachDatabase
    void aMailTheMailerRefusesForGoodIsSkippedAndHoldsNothingBack(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Jdbi.create(db.dataSource()).useHandle(handle -> handle.createUpdate("UPDATE merchant SET email = :email WHERE id = :id")
                    .bind("email", "contact\u0001@shop.example").bind("id", shop.grocer.id().value()).execute());
            ((MerchantService) shop.engine.merchants()).committed(List.of(shop.grocer.id()));
            Account camille = shop.shopper("Camille Durand");

            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);
            var atTheGrocer = shop.checkout(camille, List.of(Shop.payAtPickup())).order();
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            var atTheShoeShop = shop.checkout(camille, List.of(Shop.payAtPickup())).order();
            shop.engine.deliverPendingEvents();

            SubscriptionState mails = shop.engine.eventDeliveries().subscription(OrderMails.SUBSCRIPTION).orElseThrow();
            assertThat(mails.isFailing()).as(mails.lastError().orElse("")).isFalse();
            assertThat(mails.parked()).isZero();
            assertThat(shop.engine.mailOutbox().sentTo(camille.email(), 10)).extracting(sent -> sent.mail().subject())
                    .anyMatch(subject -> subject.contains(atTheGrocer.number())).anyMatch(subject -> subject.contains(atTheShoeShop.number()));
            assertThat(shop.engine.mailOutbox().sentTo("contact@shop.example", 10)).extracting(sent -> sent.mail().subject())
                    .anyMatch(subject -> subject.startsWith("Nouvelle commande") && subject.contains(atTheShoeShop.merchantOrders().get(0).number()));
            assertThat(shop.engine.mailOutbox().latest(100)).extracting(SentMail::mail).noneMatch(mail -> mail.to().contains("\u0001"));
        }
    }
}
