package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OrderLifecycleTest {
    private static final Actor STAFF = Actor.account(999);

    private static MerchantOrder act(Shop shop, MerchantOrder order, OrderAction action) {
        return shop.engine.orders().act(order.id(), action, Optional.empty(), "", STAFF, false);
    }

    private static CustomerOrder placedByCard(Shop shop, Account shopper, String card) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 2);
        return shop.awaitSettled(shop.checkout(shopper, List.of(Shop.card(card))).order());
    }

    @EachDatabase
    void eachShopCapturesItsShareWhenItAcceptsThenHandsOverTheOrder(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            CustomerOrder order = placedByCard(shop, shop.shopper("Camille Durand"), Shop.CARD);
            MerchantOrder boots = order.merchantOrders().get(0);

            MerchantOrder accepted = act(shop, boots, OrderAction.ACCEPT);
            assertThat(accepted.status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
            assertThat(accepted.tenders()).singleElement().satisfies(share -> assertThat(share.captured()).isEqualTo(Money.euros(8900)));
            Payment card = shop.engine.payments().paymentsOf(order.id()).get(0);
            assertThat(card.status()).as("the grocer has not accepted yet").isEqualTo(PaymentStatus.AUTHORISED);

            assertThat(act(shop, accepted, OrderAction.MARK_READY).status()).isEqualTo(MerchantOrderStatus.READY_FOR_PICKUP);
            MerchantOrder collected = act(shop, accepted, OrderAction.MARK_COLLECTED);
            assertThat(collected.status()).isEqualTo(MerchantOrderStatus.COLLECTED);
            assertThat(collected.history()).extracting(StatusChange::to).containsExactly(MerchantOrderStatus.PLACED,
                    MerchantOrderStatus.ACCEPTED, MerchantOrderStatus.READY_FOR_PICKUP, MerchantOrderStatus.COLLECTED);
            assertThat(collected.history().get(1).actor()).isEqualTo(STAFF);

            act(shop, order.merchantOrders().get(1), OrderAction.ACCEPT);
            assertThat(shop.engine.payments().paymentsOf(order.id()).get(0).status()).isEqualTo(PaymentStatus.CAPTURED);
        }
    }

    @EachDatabase
    void illegalMovesAreRefusedWithTheReason(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            MerchantOrder boots = placedByCard(shop, shop.shopper("Camille Durand"), Shop.CARD).merchantOrders().get(0);

            assertThatThrownBy(() -> act(shop, boots, OrderAction.MARK_COLLECTED))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("illegal_transition");
                        assertThat(e.getMessage()).contains("placed");
                    });
            assertThatThrownBy(() -> act(shop, boots, OrderAction.SEND_OUT)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> shop.engine.orders().act(boots.id(), OrderAction.ACCEPT, Optional.empty(), "", STAFF, true))
                    .isInstanceOf(ConflictException.class);
            MerchantOrder accepted = act(shop, boots, OrderAction.ACCEPT);
            assertThatThrownBy(() -> shop.engine.orders().act(accepted.id(), OrderAction.CANCEL, Optional.empty(), "", STAFF, true))
                    .as("the shopper cannot cancel once the shop accepted").isInstanceOf(ConflictException.class);
        }
    }

    @EachDatabase
    void cancellingBeforeAcceptanceReleasesTheMoneyAndReturnsTheStock(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("GIFT-1", 3000, Set.of(shop.shoes.id(), shop.grocer.id()));
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            CustomerOrder order = shop.awaitSettled(shop.checkout(camille, List.of(Shop.balance("GIFT-1"), Shop.card(Shop.CARD))).order());
            MerchantOrder boots = order.merchantOrders().get(0);

            MerchantOrder cancelled = shop.engine.orders().act(boots.id(), OrderAction.CANCEL, Optional.empty(), "plus besoin",
                    Actor.account(camille.id().value()), true);

            assertThat(cancelled.status()).isEqualTo(MerchantOrderStatus.CANCELLED);
            assertThat(cancelled.tenders()).allSatisfy(share -> assertThat(share.released()).isEqualTo(share.amount()));
            assertThat(shop.engine.payments().paymentsOf(order.id())).extracting(Payment::status).containsOnly(PaymentStatus.VOIDED);
            assertThat(shop.balances.balance("GIFT-1")).isEqualTo(3000);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
        }
    }

    @EachDatabase
    void refundsGoBackInReverseTenderOrderAndNeverBeyondWhatWasCaptured(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("GIFT-1", 3000, Set.of(shop.shoes.id()));
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            CustomerOrder order = shop.awaitSettled(shop.checkout(camille, List.of(Shop.balance("GIFT-1"), Shop.card(Shop.CARD))).order());
            MerchantOrder boots = act(shop, order.merchantOrders().get(0), OrderAction.ACCEPT);
            act(shop, boots, OrderAction.MARK_READY);
            act(shop, boots, OrderAction.MARK_COLLECTED);

            MerchantOrder refunded = shop.engine.orders().act(boots.id(), OrderAction.REFUND, Optional.of(Money.euros(6000)), "défaut",
                    STAFF, false);
            assertThat(refunded.status()).isEqualTo(MerchantOrderStatus.REFUNDED);
            assertThat(refunded.refunded()).isEqualTo(Money.euros(6000));
            assertThat(refunded.tenders()).extracting(TenderShare::provider, TenderShare::refunded).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(BalanceProvider.ID, Money.euros(100)),
                    org.assertj.core.groups.Tuple.tuple("sandbox-card", Money.euros(5900)));
            assertThat(shop.balances.balance("GIFT-1")).isEqualTo(100);

            assertThatThrownBy(() -> shop.engine.orders().act(boots.id(), OrderAction.REFUND, Optional.of(Money.euros(2901)), "", STAFF, false))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("amount"));
            MerchantOrder rest = shop.engine.orders().act(boots.id(), OrderAction.REFUND, Optional.empty(), "", STAFF, false);
            assertThat(rest.refunded()).isEqualTo(rest.total());
            assertThat(shop.engine.payments().paymentsOf(order.id())).extracting(Payment::status).containsOnly(PaymentStatus.REFUNDED);
            assertThat(shop.engine.orders().allowedActions(rest, STAFF, false)).doesNotContain(OrderAction.REFUND);
        }
    }

    @EachDatabase
    void aPayAtPickupTenderIsCapturedWhenTheShopMarksTheOrderPaid(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);
            CustomerOrder order = shop.checkout(camille, List.of(Shop.payAtPickup())).order();
            MerchantOrder accepted = act(shop, order.merchantOrders().get(0), OrderAction.ACCEPT);
            assertThat(accepted.tenders().get(0).captured()).isEqualTo(Money.euros(0));
            assertThat(shop.engine.orders().allowedActions(accepted, STAFF, false)).contains(OrderAction.MARK_PAID);

            MerchantOrder paid = act(shop, accepted, OrderAction.MARK_PAID);
            assertThat(paid.status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
            assertThat(paid.tenders().get(0).captured()).isEqualTo(Money.euros(790));
            assertThat(shop.engine.orders().allowedActions(paid, STAFF, false)).doesNotContain(OrderAction.MARK_PAID);
        }
    }

    @EachDatabase
    void aRefusedCaptureKeepsTheOrderPlacedAndTellsTheShop(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            MerchantOrder boots = placedByCard(shop, shop.shopper("Camille Durand"), "4000 0000 0000 0341").merchantOrders().get(0);

            assertThatThrownBy(() -> act(shop, boots, OrderAction.ACCEPT))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment_failed"));
            assertThat(shop.engine.orders().merchantOrder(boots.id()).orElseThrow().status()).isEqualTo(MerchantOrderStatus.PLACED);
            assertThat(act(shop, boots, OrderAction.CANCEL).status()).isEqualTo(MerchantOrderStatus.CANCELLED);
        }
    }
}
