package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.BasketAdjustment;
import io.comptoir.engine.api.order.BasketReview;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ReservedOrder;
import io.comptoir.engine.api.order.ShopQuote;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plugin takes part in checkout inside its transaction: refuses, discounts, writes with the order, undoes on failure. */
final class CheckoutHookTest {

    /** A "one pair of boots per order" rule, a 5 € discount at the shoe shop, and a stamp written with the order. */
    private static final class Hook implements CheckoutHook {
        final AtomicBoolean refuseAtReservation = new AtomicBoolean();
        final MerchantId discounted;
        final long limitedVariant;

        Hook(MerchantId discounted, long limitedVariant) {
            this.discounted = discounted;
            this.limitedVariant = limitedVariant;
        }

        @Override
        public List<BasketAdjustment> review(BasketReview basket, Connection transaction) {
            boolean tooMany = basket.shops().stream().flatMap(shop -> shop.lines().stream())
                    .anyMatch(line -> line.variantId().value() == limitedVariant && line.quantity() > 1);
            if (tooMany) {
                throw new ConflictException("limited_product", "one pair of boots per order");
            }
            return basket.shops().stream().filter(shop -> shop.merchant().equals(discounted))
                    .map(shop -> new BasketAdjustment(shop.merchant(), "Remise fidélité", Money.euros(-500))).toList();
        }

        @Override
        public void reserved(ReservedOrder order, Connection transaction) throws Exception {
            try (PreparedStatement stamp = transaction.prepareStatement("INSERT INTO loyalty_stamp (merchant_id, shopper) VALUES (?, ?)")) {
                stamp.setLong(1, order.shops().get(0).merchant().value());
                stamp.setString(2, order.number());
                stamp.executeUpdate();
            }
            if (refuseAtReservation.get()) {
                throw new ConflictException("card_blocked", "this shopper's loyalty card is blocked");
            }
        }

        @Override
        public void paymentFailed(ReservedOrder order, Connection transaction) throws Exception {
            try (PreparedStatement unstamp = transaction.prepareStatement("DELETE FROM loyalty_stamp WHERE shopper = ?")) {
                unstamp.setString(1, order.number());
                unstamp.executeUpdate();
            }
        }
    }

    /** The hook is made once the shop's products exist: the plugin delegates to it. */
    private static EnginePlugin plugin(Hook[] hook) {
        return new EnginePlugin() {
            @Override
            public String id() {
                return "hooked";
            }

            @Override
            public Optional<String> migrationLocation() {
                return Optional.of("classpath:io/comptoir/engine/core/plugin/loyalty/db");
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerCheckoutHook(new CheckoutHook() {
                    @Override
                    public List<BasketAdjustment> review(BasketReview basket, Connection transaction) {
                        return hook[0].review(basket, transaction);
                    }

                    @Override
                    public void reserved(ReservedOrder order, Connection transaction) throws Exception {
                        hook[0].reserved(order, transaction);
                    }

                    @Override
                    public void paymentFailed(ReservedOrder order, Connection transaction) throws Exception {
                        hook[0].paymentFailed(order, transaction);
                    }
                });
            }
        };
    }

    private static int stamps(TestDatabase db) {
        return Jdbi.create(db.dataSource()).withHandle(handle -> handle.select("SELECT COUNT(*) FROM loyalty_stamp").mapTo(Integer.class).one());
    }

    private static Shop shop(TestDatabase db, Hook[] hook) {
        Shop shop = new Shop(db, Map.of(), plugin(hook));
        hook[0] = new Hook(shop.shoes.id(), shop.variant(shop.boots).id().value());
        return shop;
    }

    @EachDatabase
    void aHookDiscountsAShopInTheQuoteAndTheOrderAndWritesWithTheOrder(TestDatabase db) {
        Hook[] hook = new Hook[1];
        try (Shop shop = shop(db, hook)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);

            List<ShopQuote> quotes = shop.engine.checkout().quote(camille.id(), Map.of());
            assertThat(quotes).filteredOn(quote -> quote.merchantId().equals(shop.shoes.id())).singleElement().satisfies(quote -> {
                assertThat(quote.adjustments()).extracting(OrderAdjustment::label, OrderAdjustment::amount, OrderAdjustment::source)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Remise fidélité", Money.euros(-500), "hooked"));
                assertThat(quote.total()).isEqualTo(Money.euros(8900 - 500));
            });

            CustomerOrder order = shop.checkout(camille, List.of(Shop.payAtPickup())).order();
            MerchantOrder boots = order.merchantOrders().stream().filter(part -> part.merchantId().equals(shop.shoes.id())).findFirst().orElseThrow();
            assertThat(boots.subtotal()).isEqualTo(Money.euros(8900));
            assertThat(boots.adjustments()).extracting(OrderAdjustment::amount).containsExactly(Money.euros(-500));
            assertThat(boots.total()).isEqualTo(Money.euros(8400));
            assertThat(order.total()).isEqualTo(Money.euros(8400 + 790));
            assertThat(order.payments()).singleElement().satisfies(payment -> assertThat(payment.amount()).isEqualTo(Money.euros(9190)));
            assertThat(shop.engine.orders().merchantOrder(boots.id()).orElseThrow().adjustments()).isEqualTo(boots.adjustments());
            assertThat(stamps(db)).isEqualTo(1);
        }
    }

    @EachDatabase
    void aHookThatRefusesTheBasketLeavesNothingBehind(TestDatabase db) {
        Hook[] hook = new Hook[1];
        try (Shop shop = shop(db, hook)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 2);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.payAtPickup())))
                    .isInstanceOf(ConflictException.class).hasMessage("one pair of boots per order")
                    .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("limited_product"));
            assertThatThrownBy(() -> shop.engine.checkout().quote(camille.id(), Map.of())).isInstanceOf(ConflictException.class);
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).isEmpty();
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).lines()).hasSize(1);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
        }
    }

    @EachDatabase
    void aRefusalWhileTheOrderIsWrittenRollsBackTheOrderAndTheHooksOwnWrites(TestDatabase db) {
        Hook[] hook = new Hook[1];
        try (Shop shop = shop(db, hook)) {
            hook[0].refuseAtReservation.set(true);
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.payAtPickup())))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("blocked");
            assertThat(stamps(db)).isZero();
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).isEmpty();
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).lines()).hasSize(1);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(5);
        }
    }

    @EachDatabase
    void whenThePaymentFailsTheHookUndoesItsWritesWithTheOrder(TestDatabase db) {
        Hook[] hook = new Hook[1];
        try (Shop shop = shop(db, hook)) {
            Account camille = shop.shopper("Camille Durand");
            shop.balances.card("CARTE-1", 100_00, Set.of(shop.shoes.id()));
            shop.balances.declineAuthorisations = true;
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("CARTE-1")))).isInstanceOf(ConflictException.class);
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).singleElement()
                    .satisfies(order -> assertThat(order.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED));
            assertThat(stamps(db)).isZero();
        }
    }
}
