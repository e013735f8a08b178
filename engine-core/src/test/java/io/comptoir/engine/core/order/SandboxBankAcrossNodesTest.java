package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo card processor keeps its pending decisions and its webhooks in the database, as a real processor keeps them on
 * its side: when the node that took an authorisation dies before the bank answers, or before the marketplace took the
 * webhook, another node decides and delivers it, and the order is placed without waiting for the payment timeout.
 */
final class SandboxBankAcrossNodesTest {
    private static final String SECRET = "a-secret-every-node-shares-0123456789";

    @EachDatabase
    void anotherNodeDecidesWhatADeadNodeLeftPendingAndDeliversItsWebhook(TestDatabase db) {
        CustomerOrder pending;
        try (Shop dying = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "300", "sandbox-card.secret", SECRET))) {
            Account camille = dying.shopper("Camille Durand");
            dying.engine.carts().add(dying.cartOf(camille), dying.variant(dying.boots).id(), 1);
            pending = dying.checkout(camille, List.of(Shop.card(Shop.CARD))).order();
        }
        // the node is gone before its bank answered
        try (Engine survivor = node(db, Map.of())) {
            assertThat(awaitSettled(survivor, pending).status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    @EachDatabase
    void aWebhookTheMarketplaceDidNotTakeIsRetriedByAnotherNode(TestDatabase db) {
        CustomerOrder pending;
        // this node's webhooks go to an address where nobody listens: every delivery fails
        try (Shop unreachable = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "1", "sandbox-card.secret", SECRET,
                "sandbox-card.webhook-url", "http://127.0.0.1:9/api/v1/payments/sandbox-card/webhook"))) {
            Account dominique = unreachable.shopper("Dominique Lefebvre");
            unreachable.engine.carts().add(unreachable.cartOf(dominique), unreachable.variant(unreachable.boots).id(), 1);
            pending = unreachable.checkout(dominique, List.of(Shop.card(Shop.CARD))).order();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (attempts(db) == 0 && System.nanoTime() < deadline) {
                pause();
            }
            assertThat(attempts(db)).as("the bank decided and tried to deliver").isPositive();
            assertThat(unreachable.engine.orders().customerOrder(pending.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
        }
        try (Engine survivor = node(db, Map.of())) {
            assertThat(awaitSettled(survivor, pending).status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    /** A node with background work: it sweeps the bank's books and hands webhooks to itself. */
    private static Engine node(TestDatabase db, Map<String, String> properties) {
        Engine engine = Engine.builder().builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP, BuiltInPaymentProvider.SANDBOX_CARD).dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).properties(Fixtures.CHEAP_PASSWORDS)
                .property("sandbox-card.secret", SECRET).properties(properties).build();
        engine.awaitSearchReady(Duration.ofSeconds(30));
        return engine;
    }

    private static CustomerOrder awaitSettled(Engine engine, CustomerOrder order) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        CustomerOrder current = order;
        while (current.status() == CustomerOrderStatus.PENDING_PAYMENT && System.nanoTime() < deadline) {
            pause();
            current = engine.orders().customerOrder(order.id()).orElseThrow();
        }
        return current;
    }

    private static int attempts(TestDatabase db) {
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT COALESCE(SUM(attempts), 0) FROM sandbox_card_webhook")) {
            row.next();
            return row.getInt(1);
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
