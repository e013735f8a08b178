package com.example.shop;

import com.example.loyalty.LoyaltyPoints;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The walk-through of the README, run on both databases; and the application itself, from its main. */
final class CornerShopTest {

    @EachDatabase
    void theWalkThroughOpensAShopSellsAndTheLoyaltyPluginFollows(TestDatabase db) {
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).discoverPlugins().backgroundWork(false)
                .property("accounts.argon2-memory-kib", "1024").build()) {
            CornerShop.run(engine);

            Merchant shop = engine.merchants().merchantBySlug("chaussures-martin").orElseThrow();
            assertThat(shop.status()).isEqualTo(MerchantStatus.LIVE);
            Account camille = engine.accounts().accountByEmail("camille.martin@example.org").orElseThrow();
            assertThat(engine.orders().customerOrdersOf(camille.id(), 0, 10)).extracting(CustomerOrder::total)
                    .containsExactly(Money.euros(8_00), Money.euros(129_00));
            assertThat(engine.service(LoyaltyPoints.class).balance(camille.id(), shop.id())).isEqualTo(29);
        }
    }

    @EachDatabase
    void withBackgroundWorkTheEnginesThreadsDeliverTheEvents(TestDatabase db) throws InterruptedException {
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).discoverPlugins()
                .property("accounts.argon2-memory-kib", "1024").property("events.poll-interval", "PT0.05S").build()) {
            Walkthrough day = new Walkthrough(engine);
            Merchant shop = day.openShop();
            Account camille = day.shopper();
            MerchantOrder collected = day.collect(day.buy(camille, shop, "Bottines en cuir", 1).merchantOrders().get(0));
            assertThat(collected.status()).isEqualTo(MerchantOrderStatus.COLLECTED);

            LoyaltyPoints points = engine.service(LoyaltyPoints.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (points.balance(camille.id(), shop.id()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(points.balance(camille.id(), shop.id())).isEqualTo(129);
        }
    }

    @Test
    void theApplicationRunsFromItsMainOnAnEmbeddedDatabase() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            CornerShop.main(new String[0]);
        }
        finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).replace('\u202f', ' ').replace('\u00a0', ' '))   // French money spacing
                .contains("Chaussures Martin is LIVE")
                .contains("Camille Martin has 129 points at Chaussures Martin")
                .contains("Carte de fidélité : 100 points -5,00")
                .contains("8,00 € to pay; 29 points left");
    }
}
