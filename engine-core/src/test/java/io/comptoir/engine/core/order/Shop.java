package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.testkit.TestDatabase;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.awaitility.Awaitility.await;

/** A small marketplace to shop in: two live shops with products, a balance provider, and shoppers. */
final class Shop implements AutoCloseable {
    static final String CARD = "4242 4242 4242 4242";

    final Engine engine;
    final BalanceProvider balances = new BalanceProvider();
    final RecordingSearchIndex index = new RecordingSearchIndex();
    final Fixtures fixtures;
    final Merchant shoes;
    final Merchant grocer;
    final Product boots;
    final Product sandals;
    final Product coffee;

    Shop(TestDatabase db) {
        this(db, Map.of());
    }

    Shop(TestDatabase db, Map<String, String> properties, EnginePlugin... more) {
        this(db, properties, java.time.Clock.systemUTC(), more);
    }

    Shop(TestDatabase db, Map<String, String> properties, java.time.Clock clock, EnginePlugin... more) {
        this(db.dataSource(), properties, clock, more);
    }

    /** On a data source of the test's making (one that counts its statements, say). */
    Shop(DataSource dataSource, Map<String, String> properties, java.time.Clock clock, EnginePlugin... more) {
        EnginePlugin plugin = new EnginePlugin() {
            @Override
            public String id() {
                return "balances";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerPaymentProvider(balances);
            }
        };
        engine = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(dataSource).searchIndex(index)
                .backgroundWork(false).clock(clock)
                .plugin(plugin).properties(Fixtures.CHEAP_PASSWORDS).property("sandbox-card.webhook-delay-ms", "1")
                .properties(properties).plugins(List.of(more)).build();
        engine.awaitSearchReady(Duration.ofSeconds(30));
        fixtures = Fixtures.on(engine);
        shoes = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
        grocer = fixtures.liveMerchant("Épicerie du Marché", ARQUES);
        boots = fixtures.product(shoes, "Bottines en cuir", 8900, 5);
        sandals = fixtures.product(shoes, "Sandales", 4500, 5);
        coffee = fixtures.product(grocer, "Café moulu d'Éthiopie", 790, 20);
    }

    Account shopper(String name) {
        return engine.accounts().register(name.toLowerCase().replace(' ', '.') + "@example.org", "correct horse battery", name);
    }

    CartOwner cartOf(Account account) {
        return CartOwner.shopper(account.id());
    }

    Variant variant(Product product) {
        return product.variants().get(0);
    }

    static TenderRequest card(String number) {
        return TenderRequest.of("sandbox-card", Map.of("card", number));
    }

    static TenderRequest payAtPickup() {
        return TenderRequest.of("pay-at-pickup", Map.of());
    }

    static TenderRequest balance(String code) {
        return TenderRequest.of(BalanceProvider.ID, Map.of("code", code));
    }

    CheckoutResult checkout(Account shopper, List<TenderRequest> tenders) {
        return checkout(shopper, Map.of(), tenders, UUID.randomUUID().toString());
    }

    CheckoutResult checkout(Account shopper, Map<MerchantId, FulfilmentChoice> fulfilment, List<TenderRequest> tenders, String key) {
        return engine.checkout().checkout(new CheckoutRequest(shopper.id(), fulfilment, tenders, key));
    }

    /**
     * Checks out and waits for the outcome. The sandbox bank answers in another thread, possibly before checkout
     * returns: a refusal then comes as {@code payment_declined} from checkout itself.
     */
    CustomerOrder checkoutAndSettle(Account shopper, List<TenderRequest> tenders) {
        try {
            return awaitSettled(checkout(shopper, tenders).order());
        }
        catch (io.comptoir.engine.api.error.ConflictException e) {
            if (!e.code().equals("payment_declined")) {
                throw e;
            }
            return engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0);
        }
    }

    /** Waits for the sandbox bank's webhook to settle an order (it answers after a millisecond, in another thread). */
    CustomerOrder awaitSettled(CustomerOrder order) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> engine.orders().customerOrder(order.id()).orElseThrow(), current -> current.status() != CustomerOrderStatus.PENDING_PAYMENT);
    }

    /** Keeps the sandbox bank's webhooks for the test to hand over (to {@code engine.payments().handleWebhook}) when it chooses. */
    BlockingQueue<WebhookRequest> holdWebhooks() {
        BlockingQueue<WebhookRequest> held = new LinkedBlockingQueue<>();
        engine.payments().providers().stream().filter(SandboxCardProvider.class::isInstance).map(SandboxCardProvider.class::cast)
                .findFirst().orElseThrow().deliverInProcessTo(held::add);
        return held;
    }

    @Override
    public void close() {
        engine.close();
    }
}
