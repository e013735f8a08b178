package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A whole customer order is cancelled in one call: every shop's part or none, stock back and money released. */
final class WholeOrderCancelTest {
    private static final Actor SHOPPER = Actor.system("shopper");

    @EachDatabase
    void everyPartIsCancelledItsStockBackAndItsTendersReleased(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("GIFT-1", 10_000, Set.of(shop.shoes.id(), shop.grocer.id()));
            int coffee = stock(shop);
            CustomerOrder order = twoShopOrder(shop, camille, "GIFT-1");

            CustomerOrder cancelled = shop.engine.orders().cancel(order.id(), "plus besoin", SHOPPER, true);

            assertThat(cancelled.merchantOrders()).extracting(MerchantOrder::status).containsOnly(MerchantOrderStatus.CANCELLED);
            assertThat(cancelled.payments()).extracting(payment -> payment.status()).containsOnly(PaymentStatus.VOIDED);
            assertThat(shop.balances.outstandingHolds()).isZero();
            assertThat(shop.balances.balance("GIFT-1")).isEqualTo(10_000);
            assertThat(stock(shop)).isEqualTo(coffee);
            assertThat(cancelled.merchantOrders().get(0).history()).last().satisfies(change -> assertThat(change.note()).isEqualTo("plus besoin"));
        }
    }

    @EachDatabase
    void anOrderAShopHasTakenOnIsNotCancelledAtAll(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account dominique = shop.shopper("Dominique Lefebvre");
            shop.balances.card("GIFT-2", 10_000, Set.of(shop.shoes.id(), shop.grocer.id()));
            CustomerOrder order = twoShopOrder(shop, dominique, "GIFT-2");
            MerchantOrder grocer = order.merchantOrders().get(1);
            shop.engine.orders().act(grocer.id(), OrderAction.ACCEPT, Optional.empty(), "", Actor.system("staff"), false);

            assertThatThrownBy(() -> shop.engine.orders().cancel(order.id(), "", SHOPPER, true))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("order_not_cancellable");
                        assertThat(e.details()).containsExactly(grocer.number());
                    });
            CustomerOrder after = shop.engine.orders().customerOrder(order.id()).orElseThrow();
            assertThat(after.merchantOrders()).extracting(MerchantOrder::status)
                    .containsExactly(MerchantOrderStatus.PLACED, MerchantOrderStatus.ACCEPTED);
        }
    }

    @EachDatabase
    void aPartAlreadyCancelledIsLeftAsItIsAndTheRestIsCancelled(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account lou = shop.shopper("Lou Martin");
            shop.balances.card("GIFT-3", 10_000, Set.of(shop.shoes.id(), shop.grocer.id()));
            CustomerOrder order = twoShopOrder(shop, lou, "GIFT-3");
            shop.engine.orders().act(order.merchantOrders().get(0).id(), OrderAction.CANCEL, Optional.empty(), "", SHOPPER, true);

            CustomerOrder cancelled = shop.engine.orders().cancel(order.id(), "", SHOPPER, true);

            assertThat(cancelled.merchantOrders()).extracting(MerchantOrder::status).containsOnly(MerchantOrderStatus.CANCELLED);
            assertThatThrownBy(() -> shop.engine.orders().cancel(new io.comptoir.engine.api.order.CustomerOrderId(999_999), "", SHOPPER, true))
                    .isInstanceOf(io.comptoir.engine.api.error.NotFoundException.class);
        }
    }

    /** Sandals and coffee, paid by the gift card. */
    private static CustomerOrder twoShopOrder(Shop shop, Account shopper, String giftCard) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.sandals).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 2);
        return shop.checkout(shopper, List.of(Shop.balance(giftCard))).order();
    }

    private static int stock(Shop shop) {
        return shop.engine.catalogue().product(shop.coffee.id()).orElseThrow().variants().get(0).stock();
    }
}
