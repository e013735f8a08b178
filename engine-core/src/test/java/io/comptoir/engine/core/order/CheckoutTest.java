package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

final class CheckoutTest {

    @EachDatabase
    void aBasketFromTwoShopsBecomesOneOrderSplitPerShopPaidAtPickup(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 3);

            CheckoutResult result = shop.checkout(camille, List.of(Shop.payAtPickup()));

            CustomerOrder order = result.order();
            assertThat(result.replayed()).isFalse();
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(order.total()).isEqualTo(Money.euros(8900 + 3 * 790));
            assertThat(order.merchantOrders()).extracting(MerchantOrder::merchantId).containsExactly(shop.shoes.id(), shop.grocer.id());
            assertThat(order.merchantOrders()).allSatisfy(part -> {
                assertThat(part.status()).isEqualTo(MerchantOrderStatus.PLACED);
                assertThat(part.fulfilment().method()).isEqualTo(FulfilmentMethod.CLICK_AND_COLLECT);
                assertThat(part.shopperEmail()).isEqualTo("camille.durand@example.org");
            });
            assertThat(order.merchantOrders().stream().map(MerchantOrder::total).reduce(Money::plus)).contains(order.total());
            assertThat(order.payments()).singleElement().satisfies(payment -> {
                assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
                assertThat(payment.amount()).isEqualTo(order.total());
            });
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(4);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.coffee).id()).orElseThrow().stock()).isEqualTo(17);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).isEmpty()).isTrue();
            assertThat(shop.engine.orders().merchantOrdersOf(shop.shoes.id(), Set.of(), 0, 10)).hasSize(1);
        }
    }

    @EachDatabase
    void aSaleTouchesAProductsSearchDocumentOnlyWhenAVariantSellsOut(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            long sandals = shop.sandals.id().value();
            int writesBefore = shop.index.writesOf(sandals);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 2);
            shop.checkout(camille, List.of(Shop.payAtPickup()));
            assertThat(shop.index.writesOf(sandals)).as("still in stock: the document says the same").isEqualTo(writesBefore);

            // the rest of both sizes: the product is sold out and leaves the in-stock results
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 3);
            shop.engine.carts().add(shop.cartOf(camille), shop.sandals.variants().get(1).id(), 5);
            shop.checkout(camille, List.of(Shop.payAtPickup()));
            // orders do not wait for the index: it follows them in its own thread
            awaitInStock(shop, sandals, false);
            assertThat(shop.index.writesOf(sandals)).isGreaterThan(writesBefore);

            // a cancellation brings it back
            CustomerOrder last = shop.engine.orders().customerOrdersOf(camille.id(), 0, 1).get(0);
            shop.engine.orders().act(last.merchantOrders().get(0).id(), OrderAction.CANCEL, java.util.Optional.empty(), "changé d'avis",
                    io.comptoir.engine.api.Actor.account(camille.id().value()), true);
            awaitInStock(shop, sandals, true);
        }
    }

    private static void awaitInStock(Shop shop, long product, boolean inStock) {
        await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(shop.index.documents().get(product).inStock()).as("in stock in the index").isEqualTo(inStock));
    }

    @EachDatabase
    void aCardPaymentIsConfirmedByTheProcessorsSignedWebhook(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 2);

            CustomerOrder order = shop.checkout(camille, List.of(Shop.card(Shop.CARD))).order();
            CustomerOrder settled = shop.awaitSettled(order);

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(settled.payments()).singleElement().satisfies(payment -> {
                assertThat(payment.label()).isEqualTo("Carte •••• 4242");
                assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
                assertThat(payment.providerReference()).isPresent();
            });
            // the webhook, which names the payment, may be applied before the checkout records the bank's answer, or after
            assertThat(shop.engine.payments().transactionsOf(settled.payments().get(0).id()))
                    .extracting(transaction -> transaction.kind().name()).containsExactlyInAnyOrder("AUTHORISE", "WEBHOOK");
        }
    }

    @EachDatabase
    void aDeclinedCardFailsTheOrderGivesTheStockBackAndRestoresTheCart(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 2);

            CustomerOrder settled = shop.checkoutAndSettle(camille, List.of(Shop.card("4000 0000 0000 0002")));

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(settled.failureReason()).contains("carte refusée");
            assertThat(settled.merchantOrders()).extracting(MerchantOrder::status).containsOnly(MerchantOrderStatus.CANCELLED);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).isEqualTo(2);
        }
    }

    @EachDatabase
    void whenALaterTenderFailsTheEarlierOnesAreReleasedAndNothingStaysHeld(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            shop.balances.card("GIFT-1", 5000, Set.of(shop.shoes.id(), shop.grocer.id()));
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);

            CustomerOrder settled = shop.checkoutAndSettle(camille, List.of(Shop.balance("GIFT-1"), Shop.card("4000 0000 0000 9995")));

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(settled.payments()).extracting(Payment::status).containsExactly(PaymentStatus.VOIDED, PaymentStatus.FAILED);
            assertThat(shop.balances.balance("GIFT-1")).isEqualTo(5000);
            assertThat(shop.balances.outstandingHolds()).isZero();
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
        }
    }

    @EachDatabase
    void tendersPayShopByShopAndAVoucherOnlyWhereItIsAccepted(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            shop.balances.card("GIFT-1", 1000, Set.of(shop.grocer.id()));
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);

            CustomerOrder order = shop.awaitSettled(shop.checkout(camille, List.of(Shop.balance("GIFT-1"), Shop.card(Shop.CARD))).order());

            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            MerchantOrder grocery = order.merchantOrders().get(1);
            assertThat(grocery.tenders()).extracting(share -> share.provider(), share -> share.amount())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(BalanceProvider.ID, Money.euros(1000)),
                            org.assertj.core.groups.Tuple.tuple("sandbox-card", Money.euros(580)));
            MerchantOrder shoes = order.merchantOrders().get(0);
            assertThat(shoes.tenders()).extracting(share -> share.provider()).containsExactly("sandbox-card");
            assertThat(order.payments()).extracting(Payment::amount).containsExactly(Money.euros(1000), Money.euros(8900 + 580));
        }
    }

    @EachDatabase
    void tendersThatDoNotCoverTheTotalAreRefusedAndNothingIsKept(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            shop.balances.card("GIFT-1", 1000, Set.of(shop.shoes.id()));
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("GIFT-1"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("tenders_do_not_cover"));
            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("NOPE"), Shop.card(Shop.CARD))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[0].details.code"));
            assertThatThrownBy(() -> shop.checkout(camille, List.of(TenderRequest.of("bitcoin", Map.of()))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[0]"));
            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.card("1234"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[0].details.card"));
            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("GIFT-1"), Shop.card("1234"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("tenders[1].details.card");
                        assertThat(e.code()).isEqualTo("invalid_card");
                    });

            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).isEmpty();
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).isEqualTo(1);
        }
    }

    @EachDatabase
    void theSameIdempotencyKeyReturnsTheSameOrder(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            String key = UUID.randomUUID().toString();

            CheckoutResult first = shop.checkout(camille, Map.of(), List.of(Shop.payAtPickup()), key);
            CheckoutResult again = shop.checkout(camille, Map.of(), List.of(Shop.payAtPickup()), key);

            assertThat(again.replayed()).isTrue();
            assertThat(again.order().id()).isEqualTo(first.order().id());
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).hasSize(1);
            assertThatThrownBy(() -> shop.checkout(camille, Map.of(), List.of(Shop.card(Shop.CARD)), key))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
        }
    }

    @EachDatabase
    void aRetryAfterTheCartWasFilledAgainTheSameWayIsAnsweredWithTheFirstOrderAndKeepsTheCart(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            String key = UUID.randomUUID().toString();
            CheckoutResult first = shop.checkout(camille, Map.of(), List.of(Shop.payAtPickup()), key);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);

            // the basket goes through again: the order's unique key refuses a second order, and the retry finds the first
            CheckoutResult again = shop.checkout(camille, Map.of(), List.of(Shop.payAtPickup()), key);

            assertThat(again.replayed()).isTrue();
            assertThat(again.order().id()).isEqualTo(first.order().id());
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).hasSize(1);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).isEqualTo(1);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(4);
        }
    }

    @EachDatabase
    void aCartThatChangedMustBeReviewedBeforePaying(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 4);
            shop.engine.catalogue().setStock(shop.variant(shop.boots).id(), 2, ADMIN);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.payAtPickup())))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("cart_changed");
                        assertThat(e.details()).singleElement().asString().contains("Bottines en cuir");
                    });
            Cart reviewed = shop.engine.carts().cart(shop.cartOf(camille));
            assertThat(reviewed.itemCount()).isEqualTo(2);
            assertThat(shop.checkout(camille, List.of(Shop.payAtPickup())).order().status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    @EachDatabase
    void aShopsOwnDeliveryIsChargedUnlessTheOrderReachesItsFreeThreshold(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            shop.engine.merchants().updateFulfilment(shop.grocer.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(
                    Money.euros(450), Set.of(ARQUES, SAINT_OMER), Optional.of(Money.euros(5000))))), ADMIN);
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            DeliveryAddress home = new DeliveryAddress("Camille Durand", "4 rue de Dunkerque", "62500", SAINT_OMER, "06 39 98 00 00", "");

            CustomerOrder order = shop.checkout(camille, Map.of(shop.grocer.id(), FulfilmentChoice.deliverTo(home)),
                    List.of(Shop.payAtPickup()), UUID.randomUUID().toString()).order();

            MerchantOrder delivery = order.merchantOrders().get(0);
            assertThat(delivery.deliveryFee()).isEqualTo(Money.euros(450));
            assertThat(delivery.total()).isEqualTo(Money.euros(2 * 790 + 450));
            assertThat(delivery.fulfilment().address()).contains(home);

            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);
            DeliveryAddress away = new DeliveryAddress("Camille Durand", "1 rue", "62380", "62534", "", "");
            assertThatThrownBy(() -> shop.checkout(camille, Map.of(shop.grocer.id(), FulfilmentChoice.deliverTo(away)),
                    List.of(Shop.payAtPickup()), UUID.randomUUID().toString()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("outside_delivery_area"));
        }
    }

    @EachDatabase
    void theShopperAndEachShopAreToldByMailOnceTheOrderIsCommitted(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            CustomerOrder order = shop.checkout(camille, List.of(Shop.payAtPickup())).order();

            assertThat(shop.engine.mailOutbox().sentTo(camille.email(), 10)).as("nothing before the events are delivered").isEmpty();
            shop.engine.deliverPendingEvents();

            assertThat(shop.engine.mailOutbox().sentTo(camille.email(), 10)).singleElement().satisfies(sent -> {
                assertThat(sent.mail().kind()).isEqualTo("order_placed");
                assertThat(sent.mail().subject()).contains(order.number());
                assertThat(sent.mail().body()).contains("Bottines en cuir", "Café moulu d'Éthiopie", "Retrait à la boutique", "Saint-Omer",
                        "104,80");
            });
            assertThat(shop.engine.mailOutbox().sentTo("contact@shop.example", 10)).extracting(sent -> sent.mail().kind())
                    .containsExactly("merchant_order_placed", "merchant_order_placed");

            MerchantOrder boots = order.merchantOrders().get(0);
            shop.engine.orders().act(boots.id(), io.comptoir.engine.api.order.OrderAction.ACCEPT, Optional.empty(), "",
                    io.comptoir.engine.api.Actor.account(1), false);
            shop.engine.orders().act(boots.id(), io.comptoir.engine.api.order.OrderAction.MARK_READY, Optional.empty(), "",
                    io.comptoir.engine.api.Actor.account(1), false);
            shop.engine.deliverPendingEvents();
            assertThat(shop.engine.mailOutbox().sentTo(camille.email(), 10)).extracting(sent -> sent.mail().kind())
                    .containsExactly("order_ready", "order_placed");
        }
    }
}
