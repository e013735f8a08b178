package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random baskets, tenders and order moves against the real engine; after every step the money adds up: merchant orders
 * sum to the order, tenders cover it exactly, no share captures or releases beyond its amount, refunds never exceed
 * what was captured, per tender and per order. The seed is printed with any failure ({@code -Dseed=...} replays it).
 */
final class OrderMoneyPropertiesTest {
    private static final Actor STAFF = Actor.account(999);
    private static final OrderAction[] MOVES = {OrderAction.ACCEPT, OrderAction.CANCEL, OrderAction.MARK_READY, OrderAction.SEND_OUT,
            OrderAction.MARK_COLLECTED, OrderAction.REFUND, OrderAction.MARK_PAID};

    @EachDatabase
    void moneyAlwaysAddsUpThroughRandomCheckoutsAndMoves(TestDatabase db) {
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        try (Shop shop = new Shop(db)) {
            List<Product> products = List.of(shop.boots, shop.sandals, shop.coffee);
            products.forEach(product -> product.variants().forEach(variant -> shop.engine.catalogue().setStock(variant.id(), 1000, ADMIN)));
            Account shopper = shop.shopper("Dominique Petit");
            int placed = 0;
            for (int round = 0; round < 20; round++) {
                String context = "seed " + seed + ", round " + round;
                shop.engine.carts().clear(shop.cartOf(shopper));
                for (Product product : products) {
                    if (random.nextBoolean()) {
                        shop.engine.carts().add(shop.cartOf(shopper), product.variants().get(random.nextInt(product.variants().size())).id(),
                                1 + random.nextInt(3));
                    }
                }
                if (shop.engine.carts().cart(shop.cartOf(shopper)).isEmpty()) {
                    continue;
                }
                List<TenderRequest> tenders = new ArrayList<>();
                for (int t = random.nextInt(3); t > 0; t--) {
                    String code = "CARD-" + round + "-" + t;
                    shop.balances.card(code, 100 + random.nextInt(10_000), random.nextBoolean() ? Set.of(shop.shoes.id(), shop.grocer.id())
                            : Set.of(random.nextBoolean() ? shop.shoes.id() : shop.grocer.id()));
                    tenders.add(Shop.balance(code));
                }
                tenders.add(random.nextBoolean() ? Shop.card(Shop.CARD) : Shop.payAtPickup());
                CustomerOrder order;
                try {
                    order = shop.awaitSettled(shop.checkout(shopper, tenders).order());
                }
                catch (InvalidInputException | ConflictException refused) {
                    continue;
                }
                assertThat(order.status()).as(context).isEqualTo(CustomerOrderStatus.PLACED);
                placed++;
                checkOrder(shop, order, context);
                for (int step = 0; step < 6; step++) {
                    MerchantOrder target = order.merchantOrders().get(random.nextInt(order.merchantOrders().size()));
                    OrderAction action = MOVES[random.nextInt(MOVES.length)];
                    Optional<Money> amount = action == OrderAction.REFUND && random.nextBoolean()
                            ? Optional.of(Money.euros(1 + random.nextInt((int) Math.max(1, target.total().minorUnits())))) : Optional.empty();
                    try {
                        shop.engine.orders().act(target.id(), action, amount, "", STAFF, false);
                    }
                    catch (ConflictException | InvalidInputException refused) {
                        // An illegal move or an excessive refund: refused, and nothing must have moved.
                    }
                    order = shop.engine.orders().customerOrder(order.id()).orElseThrow();
                    checkOrder(shop, order, context + ", step " + step + " " + action + " " + amount);
                }
            }
            assertThat(placed).as("seed " + seed + ": enough orders placed to mean something").isGreaterThan(5);
        }
    }

    private static void checkOrder(Shop shop, CustomerOrder order, String context) {
        Money zero = Money.euros(0);
        assertThat(order.merchantOrders().stream().map(MerchantOrder::total).reduce(zero, Money::plus)).as(context).isEqualTo(order.total());
        assertThat(order.payments().stream().map(Payment::amount).reduce(zero, Money::plus)).as(context).isEqualTo(order.total());
        for (MerchantOrder part : order.merchantOrders()) {
            assertThat(part.tenders().stream().map(TenderShare::amount).reduce(zero, Money::plus)).as(context).isEqualTo(part.total());
            assertThat(part.tenders().stream().map(TenderShare::refunded).reduce(zero, Money::plus)).as(context).isEqualTo(part.refunded());
            for (TenderShare share : part.tenders()) {
                assertThat(share.captured().plus(share.released())).as(context).isLessThanOrEqualTo(share.amount());
                assertThat(share.refunded()).as(context).isLessThanOrEqualTo(share.captured());
                assertThat(share.captured().isNegative() || share.released().isNegative() || share.refunded().isNegative()).as(context).isFalse();
            }
        }
        for (Payment payment : order.payments()) {
            assertThat(payment.captured().plus(payment.released())).as(context).isLessThanOrEqualTo(payment.amount());
            assertThat(payment.refunded()).as(context).isLessThanOrEqualTo(payment.captured());
        }
    }
}
