package com.example.shop;

import com.example.loyalty.LoyaltyPoints;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.core.Engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A small application embedding the engine with the example loyalty plugin: it opens a shop, sells a pair of boots, lets
 * the shopper collect it, and shows the points earned being spent on the next purchase.
 *
 * <pre>
 * mvn -B -ntp -pl examples/corner-shop -am package -DskipTests
 * java -jar examples/corner-shop/target/example-corner-shop.jar [jdbc-url [user password]]
 * </pre>
 */
public final class CornerShop {
    private CornerShop() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:h2:mem:corner-shop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String user = args.length > 2 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        // tag::start-engine[]
        try (Engine engine = Engine.builder()
                .jdbcUrl(url, user, password)                   // H2 needs ;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
                .discoverPlugins()                              // every EnginePlugin on the class path: here the loyalty plugin
                .assetDirectory(Path.of("data", "assets"))      // uploaded pictures (created on the first upload)
                .backgroundWork(false)                          // test mode: events are delivered when we ask (below)
                .build()) {                                     // migrates, checks and initialises plugins, rebuilds the search index
            run(engine);
        }
        // end::start-engine[]
    }

    static void run(Engine engine) {
        Walkthrough day = new Walkthrough(engine);
        Merchant shop = day.openShop();
        Account camille = day.shopper();
        say("%s is %s; %s has an account", shop.name(), shop.status(), camille.displayName());

        CustomerOrder boots = day.buy(camille, shop, "Bottines en cuir", 1);
        MerchantOrder collected = day.collect(boots.merchantOrders().get(0));
        say("Order %s: %s, %s", collected.number(), collected.total().format(Locale.FRANCE), collected.status());

        // tag::events[]
        engine.deliverPendingEvents();                          // with backgroundWork(true) the engine's threads do this
        LoyaltyPoints points = engine.service(LoyaltyPoints.class);
        int balance = points.balance(camille.id(), shop.id());  // 129 points: one per euro of the collected order
        // end::events[]
        say("%s has %d points at %s", camille.displayName(), balance, shop.name());

        CustomerOrder laces = day.buy(camille, shop, "Lacets cirés", 2);
        MerchantOrder part = laces.merchantOrders().get(0);
        for (OrderAdjustment adjustment : part.adjustments()) {
            say("Order %s: %s %s", part.number(), adjustment.label(), adjustment.amount().format(Locale.FRANCE));
        }
        say("Order %s: %s to pay; %d points left", part.number(), part.total().format(Locale.FRANCE), points.balance(camille.id(), shop.id()));
    }

    private static void say(String format, Object... arguments) {
        System.out.println(String.format(Locale.FRANCE, format, arguments));
    }
}
