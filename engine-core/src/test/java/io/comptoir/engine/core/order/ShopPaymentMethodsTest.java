package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.PaymentOption;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.comptoir.engine.api.payment.ShopRefusal;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.event.EventRow;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.Fixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The ways to pay each shop accepts: every one until its staff refuse some, a provider that declines a shop, and the one
 * answer the engine gives from both (which shops refuse which way to pay, and why), which the checkout keeps to.
 */
final class ShopPaymentMethodsTest {
    private static final Actor STAFF = Actor.account(4242);
    private static final List<String> EVERY_WAY = List.of("sandbox-card", "pay-at-pickup", BalanceProvider.ID);

    @EachDatabase
    void everyShopAcceptsEveryWayToPayUntilItsStaffRefuseOne(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            assertThat(shop.engine.payments().paymentMethodsOf(shop.grocer.id())).extracting(ShopPaymentMethod::method)
                    .containsExactlyElementsOf(EVERY_WAY);
            assertThat(shop.engine.payments().paymentMethodsOf(shop.grocer.id())).allSatisfy(method -> assertThat(method.usable()).isTrue());
            assertThat(shop.engine.payments().paymentOptions(List.of(shop.shoes.id(), shop.grocer.id())))
                    .allSatisfy(option -> assertThat(option.acceptedByEveryShop()).as(option.method()).isTrue());

            List<ShopPaymentMethod> saved = shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("sandbox-card",
                    BalanceProvider.ID), STAFF);

            assertThat(saved).extracting(ShopPaymentMethod::method, ShopPaymentMethod::accepted)
                    .containsExactly(tuple("sandbox-card", true), tuple("pay-at-pickup", false),
                            tuple(BalanceProvider.ID, true));
            assertThat(shop.engine.payments().paymentMethodsOf(shop.grocer.id())).isEqualTo(saved);
            assertThat(shop.engine.payments().paymentMethodsOf(shop.shoes.id())).as("another shop's choice is its own")
                    .allSatisfy(method -> assertThat(method.accepted()).isTrue());
            PaymentOption pickup = option(shop.engine.payments().paymentOptions(List.of(shop.shoes.id(), shop.grocer.id())), "pay-at-pickup");
            assertThat(pickup.displayName()).isEqualTo("Paiement au retrait");
            assertThat(pickup.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.merchant()).isEqualTo(shop.grocer.id());
                assertThat(refusal.merchantName()).isEqualTo("Épicerie du Marché");
                assertThat(refusal.refusal().code()).isEqualTo(PaymentRefusal.REFUSED_BY_SHOP);
            });

            // and back: accepting every way again leaves no refusal behind
            shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.copyOf(EVERY_WAY), STAFF);
            assertThat(shop.engine.payments().paymentOptions(List.of(shop.grocer.id())))
                    .allSatisfy(option -> assertThat(option.acceptedByEveryShop()).isTrue());
            assertThat(refusalRows(db)).isZero();
        }
    }

    @EachDatabase
    void eachChangeIsRecordedWithWhoMadeItAndWhatTheShopAcceptsAndRefuses(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("pay-at-pickup"), STAFF);

            List<EventRow> events = Jdbi.create(db.dataSource()).withHandle(handle -> handle.select("""
                    SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at FROM domain_event
                    WHERE type = 'merchant.payment_methods_changed' ORDER BY id""").map(new EventRow.Mapper()).list());
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.aggregateId()).isEqualTo(shop.grocer.id().toString());
                assertThat(event.toEvent().actor()).isEqualTo(STAFF);
                assertThat(event.dataValues()).containsEntry("accepted", "pay-at-pickup")
                        .containsEntry("refused", "sandbox-card," + BalanceProvider.ID);
            });
        }
    }

    @EachDatabase
    void aShopCannotRefuseEveryWayToPayNorNameOneTheMarketplaceDoesNotRunAndAWrongChoiceChangesNothing(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            assertThatThrownBy(() -> shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of(), STAFF))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("no_payment_method");
                        assertThat(e.field()).contains("methods");
                    });
            assertThatThrownBy(() -> shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("pay-at-pickup", "cheque"), STAFF))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("invalid_methods");
                        assertThat(e.field()).contains("methods");
                        assertThat(e.getMessage()).contains("cheque");
                    });
            assertThatThrownBy(() -> shop.engine.payments().acceptPaymentMethods(new MerchantId(987_654), Set.of("pay-at-pickup"), STAFF))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> shop.engine.payments().paymentMethodsOf(new MerchantId(987_654))).isInstanceOf(NotFoundException.class);

            assertThat(shop.engine.payments().paymentMethodsOf(shop.grocer.id())).allSatisfy(method -> assertThat(method.accepted()).isTrue());
            assertThat(refusalRows(db)).isZero();
            assertThat(changeEvents(db)).isZero();
        }
    }

    @EachDatabase
    void aTenderNeverPaysAShopThatRefusesItsWayToPayAndABasketNoTenderCanPayIsRefusedBeforeAnythingIsHeld(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("sandbox-card", BalanceProvider.ID), STAFF);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.payAtPickup())))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("payment_method_refused");
                        assertThat(e.getMessage()).contains("Épicerie du Marché", "pay-at-pickup");
                        assertThat(e.details()).singleElement().asString().startsWith("tenders[0]: Épicerie du Marché")
                                .contains(PaymentRefusal.REFUSED_BY_SHOP);
                    });
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).as("no order").isEmpty();
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).lines()).as("the basket is intact").hasSize(2);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.coffee).id()).orElseThrow().stock()).isEqualTo(20);

            // the shoes at pickup, the grocer by card
            CustomerOrder order = shop.checkoutAndSettle(camille, List.of(Shop.payAtPickup(), Shop.card(Shop.CARD)));

            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(partOf(order, shop.shoes.id()).tenders()).extracting(TenderShare::provider).containsExactly("pay-at-pickup");
            assertThat(partOf(order, shop.grocer.id()).tenders()).extracting(TenderShare::provider).containsExactly("sandbox-card");
        }
    }

    @EachDatabase
    void aProviderThatDeclinesAShopSaysWhyAndItsTendersPayOnlyTheOthers(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.outsiders.add(shop.shoes.id());
            shop.balances.card("CADEAU-1", 500_00, Set.of(shop.shoes.id(), shop.grocer.id()));
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);

            PaymentOption gift = option(shop.engine.payments().paymentOptions(List.of(shop.shoes.id(), shop.grocer.id())), BalanceProvider.ID);
            assertThat(gift.refusals()).extracting(ShopRefusal::merchant, refusal -> refusal.refusal().code())
                    .containsExactly(tuple(shop.shoes.id(), "not_a_member"));
            assertThat(shop.engine.payments().paymentMethodsOf(shop.shoes.id())).filteredOn(method -> method.method().equals(BalanceProvider.ID))
                    .singleElement().satisfies(method -> {
                        assertThat(method.accepted()).as("the shop did not refuse it").isTrue();
                        assertThat(method.usable()).isFalse();
                        assertThat(method.providerRefusal()).hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("réseau"));
                    });

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("CADEAU-1"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("payment_method_refused");
                        assertThat(e.details()).singleElement().asString().contains("Chaussures Martin", "not_a_member");
                    });
            assertThat(shop.balances.balance("CADEAU-1")).isEqualTo(500_00);

            // the card it would have paid in full pays the grocer only, although the card itself names both shops
            CustomerOrder order = shop.checkoutAndSettle(camille, List.of(Shop.balance("CADEAU-1"), Shop.card(Shop.CARD)));
            assertThat(partOf(order, shop.grocer.id()).tenders()).extracting(TenderShare::provider).containsExactly(BalanceProvider.ID);
            assertThat(partOf(order, shop.shoes.id()).tenders()).extracting(TenderShare::provider).containsExactly("sandbox-card");
            assertThat(shop.balances.balance("CADEAU-1")).isEqualTo(500_00 - 2 * 790);

            // the shop's own choice comes first when both say no
            shop.engine.payments().acceptPaymentMethods(shop.shoes.id(), Set.of("pay-at-pickup", "sandbox-card"), STAFF);
            assertThat(option(shop.engine.payments().paymentOptions(List.of(shop.shoes.id())), BalanceProvider.ID).refusals())
                    .singleElement().satisfies(refusal -> assertThat(refusal.refusal().code()).isEqualTo(PaymentRefusal.REFUSED_BY_SHOP));
        }
    }

    @EachDatabase
    void aTenderEveryShopItCouldPayRefusesIsUnusableAndSaysWhy(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("CADEAU-2", 50_00, Set.of(shop.grocer.id()));
            shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("pay-at-pickup", "sandbox-card"), STAFF);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("CADEAU-2"), Shop.payAtPickup())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("tender_unusable");
                        assertThat(e.field()).contains("tenders[0]");
                        assertThat(e.getMessage()).contains("Épicerie du Marché", PaymentRefusal.REFUSED_BY_SHOP);
                    });
            assertThat(shop.balances.balance("CADEAU-2")).isEqualTo(50_00);
        }
    }

    @EachDatabase
    void staffSavingAtOnceLeaveOneChoiceOrTheOtherNeverAMixThatRefusesEverything(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            Set<String> pickupOnly = Set.of("pay-at-pickup");
            Set<String> cardsOnly = Set.of("sandbox-card", BalanceProvider.ID);
            int threads = 8;
            int rounds = 15;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Set<String> choice = t % 2 == 0 ? pickupOnly : cardsOnly;
                    Actor staff = Actor.account(100 + t);
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int round = 0; round < rounds; round++) {
                            List<ShopPaymentMethod> saved = shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), choice, staff);
                            assertThat(saved).anySatisfy(method -> assertThat(method.accepted()).isTrue());
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get(120, TimeUnit.SECONDS);
                }
            }
            finally {
                pool.shutdownNow();
            }

            Set<String> accepted = Set.copyOf(shop.engine.payments().paymentMethodsOf(shop.grocer.id()).stream()
                    .filter(ShopPaymentMethod::accepted).map(ShopPaymentMethod::method).toList());
            assertThat(accepted).isIn(pickupOnly, cardsOnly);
            assertThat(refusalRows(db)).isEqualTo(accepted.equals(pickupOnly) ? 2 : 1);
            assertThat(changeEvents(db)).isEqualTo(threads * rounds);
        }
    }

    @EachDatabase
    void aChoiceMadeOnOneNodeIsKeptToOnAnotherOnceItFollowedTheChanges(TestDatabase db) {
        try (Shop shop = new Shop(db);
             Engine other = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).builtInPaymentProviders(PAY_AT_PICKUP)
                     .properties(io.comptoir.engine.core.Fixtures.CHEAP_PASSWORDS).build()) {
            other.awaitSearchReady(Duration.ofSeconds(30));
            assertThat(option(other.payments().paymentOptions(List.of(shop.grocer.id())), "pay-at-pickup").acceptedByEveryShop()).isTrue();

            shop.engine.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("sandbox-card"), ADMIN);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(option(other.payments().paymentOptions(List.of(shop.grocer.id())), "pay-at-pickup").refusals())
                            .as("the other node, after its poll").hasSize(1));
            // the other node runs pay-at-pickup only: saving there keeps the refusals of the ways to pay it does not run
            other.payments().acceptPaymentMethods(shop.grocer.id(), Set.of("pay-at-pickup"), ADMIN);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(shop.engine.payments().paymentMethodsOf(shop.grocer.id()))
                            .extracting(ShopPaymentMethod::method, ShopPaymentMethod::accepted)
                            .containsExactly(tuple("sandbox-card", true),
                                    tuple("pay-at-pickup", true),
                                    tuple(BalanceProvider.ID, false)));
        }
    }

    private static PaymentOption option(List<PaymentOption> options, String method) {
        return options.stream().filter(option -> option.method().equals(method)).findFirst().orElseThrow();
    }

    private static MerchantOrder partOf(CustomerOrder order, MerchantId shop) {
        return order.merchantOrders().stream().filter(part -> part.merchantId().equals(shop)).findFirst().orElseThrow();
    }

    private static int changeEvents(TestDatabase db) {
        return Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM domain_event WHERE type = 'merchant.payment_methods_changed'").mapTo(Integer.class).one());
    }

    private static int refusalRows(TestDatabase db) {
        return Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM merchant_refused_payment_method")
                .mapTo(Integer.class).one());
    }
}
