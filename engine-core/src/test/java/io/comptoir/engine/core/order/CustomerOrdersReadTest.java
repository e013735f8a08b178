package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.core.persistence.SqlProfile;
import io.comptoir.engine.core.persistence.SqlProfile.Counts;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Several customer orders read at once ({@code Orders.customerOrders}): what one read of each gives, in four round trips. */
final class CustomerOrdersReadTest {

    @EachDatabase
    void ordersReadTogetherAreTheOrdersReadOneByOneEachOnceInTheOrderAsked(TestDatabase db) {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            CustomerOrder twoShops = shop.checkoutAndSettle(camille, List.of(Shop.payAtPickup()));
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);
            CustomerOrder oneShop = shop.checkoutAndSettle(camille, List.of(Shop.payAtPickup()));

            Map<String, Counts> before = profile.counts();
            List<CustomerOrder> read = shop.engine.orders().customerOrders(List.of(oneShop.id(), new CustomerOrderId(999_999),
                    twoShops.id(), oneShop.id()));
            // the read's own statements: the index follower and the feed's listener, woken by the checkouts' commits, may read meanwhile
            long statements = profile.counts().entrySet().stream().filter(entry -> entry.getKey().endsWith(">OrderService.customerOrders"))
                    .mapToLong(entry -> entry.getValue().statements() - before.getOrDefault(entry.getKey(), new Counts(0, 0)).statements()).sum();

            assertThat(read).containsExactly(shop.engine.orders().customerOrder(oneShop.id()).orElseThrow(),
                    shop.engine.orders().customerOrder(twoShops.id()).orElseThrow());
            assertThat(read.get(1).merchantOrders()).hasSize(2);
            assertThat(statements).as("the orders, their merchant orders with their lines, their payments, their history").isEqualTo(4);
            assertThat(shop.engine.orders().customerOrders(List.of())).isEmpty();
        }
    }
}
