package com.example.loyalty;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ShopQuote;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin on both databases, through the engine as an application embeds it (test mode: events on demand). */
final class LoyaltyPluginTest {
    private static final Actor STAFF = Actor.system("test");

    /** A live shop selling boots at 129 € and laces at 6.50 €, and a shopper; the engine in test mode. */
    private static final class Market implements AutoCloseable {
        final Engine engine;
        final Merchant shop;
        final Product boots;
        final Product laces;
        final Account camille;

        Market(TestDatabase db) {
            engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false)
                    .builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP, BuiltInPaymentProvider.SANDBOX_CARD)
                    .property("sandbox-card.webhook-delay-ms", "1").property("accounts.argon2-memory-kib", "1024")
                    .plugin(new LoyaltyPlugin()).build();
            engine.territory().saveIntercommunality(new Intercommunality("CCPL", "Communauté de communes du Pays de Lumbres", "246200364"));
            engine.territory().saveCommune(new Commune("62534", "Lumbres", "62380", "CCPL", 3_900));
            Category category = engine.catalogue().createCategory(Optional.empty(), "Chaussures", STAFF);
            shop = engine.merchants().importMerchant(new MerchantProfile("Cordonnerie de Lumbres", "73282932000074", "Cordonnier",
                    "Chaussures et cordonnerie.", new Address("2 rue de Saint-Omer", "62380", "62534"), Contact.NONE,
                    OpeningHours.parse("Mo-Sa 09:00-18:00"), List.of(category.id()), Optional.empty()), MerchantStatus.LIVE, false, STAFF);
            boots = product(category, "Bottes", 129_00);
            laces = product(category, "Lacets", 6_50);
            camille = engine.accounts().register("camille@example.org", "correct horse battery staple", "Camille");
        }

        private Product product(Category category, String name, long cents) {
            return engine.catalogue().createProduct(shop.id(), new ProductDraft(name, name + " de qualité.", category.id(), List.of(),
                    List.of(new VariantDraft(name.toUpperCase(), List.of(), Money.euros(cents), 10))), STAFF);
        }

        CustomerOrder buy(Product product, int quantity, TenderRequest tender) {
            engine.carts().add(CartOwner.shopper(camille.id()), product.variants().get(0).id(), quantity);
            return engine.checkout().checkout(new CheckoutRequest(camille.id(), Map.of(), List.of(tender), UUID.randomUUID().toString())).order();
        }

        void move(MerchantOrder order, OrderAction... actions) {
            for (OrderAction action : actions) {
                engine.orders().act(order.id(), action, Optional.empty(), "", STAFF, false);
            }
        }

        int points() {
            return engine.service(LoyaltyPoints.class).balance(camille.id(), shop.id());
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    private static final TenderRequest AT_THE_SHOP = TenderRequest.of("pay-at-pickup", Map.of());

    // tag::plugin-test[]
    @EachDatabase
    void aCollectedOrderEarnsOnePointPerEuroOnceHoweverOftenItsEventComes(TestDatabase db) {
        try (Market market = new Market(db)) {
            MerchantOrder order = market.buy(market.boots, 1, AT_THE_SHOP).merchantOrders().get(0);
            market.move(order, OrderAction.ACCEPT, OrderAction.MARK_READY);
            market.engine.deliverPendingEvents();
            assertThat(market.points()).as("nothing before collection").isZero();

            market.move(order, OrderAction.MARK_COLLECTED);
            market.engine.deliverPendingEvents();
            assertThat(market.points()).isEqualTo(129);

            market.engine.eventDeliveries().rewind("loyalty.points", SubscriptionStart.fromBeginning(), STAFF);
            market.engine.deliverPendingEvents();
            assertThat(market.points()).as("redelivered, not recounted").isEqualTo(129);
            assertThat(market.engine.eventCatalogue().find("loyalty.points_earned")).contains(LoyaltyEvents.POINTS_EARNED);
        }
    }
    // end::plugin-test[]

    @EachDatabase
    void pointsBuyADiscountTakenWithTheOrderAndGivenBackWhenTheShopCancels(TestDatabase db) {
        try (Market market = new Market(db)) {
            MerchantOrder boots = market.buy(market.boots, 1, AT_THE_SHOP).merchantOrders().get(0);
            market.move(boots, OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.MARK_COLLECTED);
            market.engine.deliverPendingEvents();

            market.engine.carts().add(CartOwner.shopper(market.camille.id()), market.laces.variants().get(0).id(), 2);
            List<ShopQuote> quote = market.engine.checkout().quote(market.camille.id(), Map.of());
            assertThat(quote).singleElement().satisfies(part -> assertThat(part.total()).isEqualTo(Money.euros(8_00)));
            market.engine.carts().clear(CartOwner.shopper(market.camille.id()));

            MerchantOrder laces = market.buy(market.laces, 2, AT_THE_SHOP).merchantOrders().get(0);
            assertThat(laces.adjustments()).extracting(OrderAdjustment::label, OrderAdjustment::amount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Carte de fidélité : 100 points", Money.euros(-5_00)));
            assertThat(laces.total()).isEqualTo(Money.euros(8_00));
            assertThat(market.points()).as("spent with the order").isEqualTo(29);

            market.move(laces, OrderAction.CANCEL);
            market.engine.deliverPendingEvents();
            assertThat(market.points()).isEqualTo(129);
        }
    }

    @EachDatabase
    void whenThePaymentFailsThePointsGoBackWithTheStock(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            MerchantOrder boots = market.buy(market.boots, 1, AT_THE_SHOP).merchantOrders().get(0);
            market.move(boots, OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.MARK_COLLECTED);
            market.engine.deliverPendingEvents();

            CustomerOrderId declined;
            try {
                declined = market.buy(market.laces, 1, TenderRequest.of("sandbox-card", Map.of("card", "4000 0000 0000 0002"))).id();
            }
            catch (ConflictException alreadyDeclined) {   // the bank's webhook came before checkout returned
                declined = market.engine.orders().customerOrdersOf(market.camille.id(), 0, 1).get(0).id();
            }
            CustomerOrder settled = market.engine.orders().whenPaymentSettled(declined, Duration.ofSeconds(20)).toCompletableFuture()
                    .get().orElseThrow();
            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(market.points()).isEqualTo(129);
        }
    }
}
