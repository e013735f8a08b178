package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tender's amount is what it pays, never a ceiling: an amount the tender cannot pay in full is refused with the field
 * named, and nothing is stored or held — rather than the next tender silently paying the difference.
 */
final class TenderAmountTest {

    @EachDatabase
    void anAmountAboveAVouchersBalanceIsRefusedNamingTheTendersAmount(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("GIFT-7", 700, Set.of(shop.shoes.id()));
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 1);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(amount(Shop.balance("GIFT-7"), 800), Shop.card(Shop.CARD))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("tenders[0].amount");
                        assertThat(e.code()).isEqualTo("amount_above_capacity");
                    });
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).isEmpty();
            assertThat(shop.balances.balance("GIFT-7")).isEqualTo(700);
        }
    }

    @EachDatabase
    void anAmountAboveWhatTheBasketLeavesTheTenderIsRefused(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account dominique = shop.shopper("Dominique Lefebvre");
            shop.balances.card("GIFT-8", 10_000, Set.of(shop.grocer.id()));
            shop.engine.carts().add(shop.cartOf(dominique), shop.variant(shop.sandals).id(), 1);
            shop.engine.carts().add(shop.cartOf(dominique), shop.variant(shop.coffee).id(), 1);

            assertThatThrownBy(() -> shop.checkout(dominique, List.of(amount(Shop.card(Shop.CARD), 99_999))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("tenders[0].amount");
                        assertThat(e.code()).isEqualTo("amount_not_payable");
                    });
            assertThatThrownBy(() -> shop.checkout(dominique, List.of(amount(Shop.balance("GIFT-8"), 1000), Shop.card(Shop.CARD))))
                    .as("the gift card pays only at the grocer, which is owed 7,90 €")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[0].amount"));
            assertThat(shop.engine.orders().customerOrdersOf(dominique.id(), 0, 10)).isEmpty();
        }
    }

    @EachDatabase
    void anAmountTheTenderCanPayIsExactlyWhatItPays(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account lou = shop.shopper("Lou Martin");
            shop.balances.card("GIFT-9", 10_000, Set.of(shop.shoes.id(), shop.grocer.id()));
            shop.engine.carts().add(shop.cartOf(lou), shop.variant(shop.sandals).id(), 1);

            CustomerOrder order = shop.awaitSettled(shop.checkout(lou, List.of(amount(Shop.balance("GIFT-9"), 1500), Shop.card(Shop.CARD))).order());

            assertThat(order.payments()).extracting(payment -> payment.provider() + ":" + payment.amount().minorUnits())
                    .containsExactly(BalanceProvider.ID + ":1500", "sandbox-card:3000");
        }
    }

    private static TenderRequest amount(TenderRequest tender, long cents) {
        return new TenderRequest(tender.provider(), Optional.of(Money.euros(cents)), Map.copyOf(tender.details()));
    }
}
