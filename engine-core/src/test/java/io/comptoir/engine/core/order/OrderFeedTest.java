package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderFeedPage;
import io.comptoir.engine.api.order.OrderFeedQuery;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The territory's order feed: filtered by status, shop and date, paged by cursor however deep, newest first. */
final class OrderFeedTest {

    @EachDatabase
    void pagesByCursorWalkTheWholeFeedNewestFirstWithoutSkippingOrRepeatingEvenWhenOrdersArrive(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            Account shopper = shop.shopper("Camille Durand");
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                made.addAll(order(shop, shopper).merchantOrders().stream().map(mo -> mo.id().value()).toList());
                clock.advance(Duration.ofMinutes(1));
            }
            List<Long> walked = new ArrayList<>();
            OrderFeedPage page = shop.engine.orders().orderFeed(OrderFeedQuery.all(3));
            walked.addAll(ids(page));
            order(shop, shopper);
            while (page.next().isPresent()) {
                page = shop.engine.orders().orderFeed(OrderFeedQuery.all(3).after(page.next().get()));
                walked.addAll(ids(page));
            }
            java.util.Collections.reverse(made);
            assertThat(walked).as("newest first, each once").containsExactlyElementsOf(made);
        }
    }

    @EachDatabase
    void filtersByStatusShopAndDate(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            Account shopper = shop.shopper("Dominique Lefebvre");
            Instant start = clock.instant();
            CustomerOrder first = order(shop, shopper);
            clock.advance(Duration.ofDays(1));
            CustomerOrder second = order(shop, shopper);
            MerchantOrder accepted = second.merchantOrders().get(0);
            shop.engine.orders().act(accepted.id(), OrderAction.ACCEPT, Optional.empty(), "", Actor.system("test"), false);

            assertThat(ids(shop.engine.orders().orderFeed(new OrderFeedQuery(Set.of(MerchantOrderStatus.ACCEPTED), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 50)))).containsExactly(accepted.id().value());
            assertThat(ids(shop.engine.orders().orderFeed(new OrderFeedQuery(Set.of(), Optional.of(shop.grocer.id()), Optional.empty(),
                    Optional.empty(), Optional.empty(), 50)))).containsExactly(second.merchantOrders().get(1).id().value(),
                    first.merchantOrders().get(1).id().value());
            assertThat(ids(shop.engine.orders().orderFeed(new OrderFeedQuery(Set.of(), Optional.empty(), Optional.of(start),
                    Optional.of(start.plus(Duration.ofHours(1))), Optional.empty(), 50))))
                    .containsExactlyInAnyOrderElementsOf(first.merchantOrders().stream().map(mo -> mo.id().value()).toList());
        }
    }

    @EachDatabase
    void aCursorTheFeedDidNotGiveIsRefusedNamingIt(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            for (String bad : List.of("nope", "", "MTIzLjQ1Ng", "MS4yLi0z", "MS4yMDAwMDAwMDAwLjM")) {
                assertThatThrownBy(() -> shop.engine.orders().orderFeed(OrderFeedQuery.all(10).after(bad)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.field()).contains("after");
                            assertThat(e.code()).isEqualTo("invalid_cursor");
                        });
            }
        }
    }

    private static CustomerOrder order(Shop shop, Account shopper) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 1);
        return shop.checkout(shopper, List.of(Shop.payAtPickup())).order();
    }

    private static List<Long> ids(OrderFeedPage page) {
        return page.orders().stream().map(order -> order.id().value()).toList();
    }
}
