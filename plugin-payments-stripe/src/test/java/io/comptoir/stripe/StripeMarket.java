package io.comptoir.stripe;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookRejectedException;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.api.StripeReports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small marketplace paying by card through the plugin, against the fake Stripe server: a bakery and a bookshop whose
 * Stripe accounts are connected, a florist that has none, a shopper. Event delivery and jobs are run by hand
 * ({@link #deliverEvents()}, {@link #runJobs()}); the fake posts its webhooks to the engine in another thread.
 */
public final class StripeMarket implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    public static final String SECRET_KEY = "sk_test_51FakeComptoirKey000000000000";
    public static final String WEBHOOK_SECRET = "whsec_fakeComptoirEndpointSecret0000";
    static final String RETURN_URL = "https://marche.example/commandes/{order}";
    private static final Actor ADMIN = Actor.system("test");

    public final MovableClock clock = new MovableClock(START);
    public final FakeStripe stripe;
    public final Engine engine;
    public final Category food;
    public final Merchant bakery;
    public final Merchant bookshop;
    public final Merchant florist;
    public final Account shopper;
    public final Account admin;

    public StripeMarket(TestDatabase db) {
        this(db, "5", List.of());
    }

    /** @param commissionPercent the territory's commission, as {@code STRIPE_COMMISSION_PERCENT} */
    public StripeMarket(TestDatabase db, String commissionPercent, List<EnginePlugin> otherPlugins) {
        stripe = FakeStripe.start(SECRET_KEY, WEBHOOK_SECRET, clock);
        Map<String, String> properties = new HashMap<>(Map.of("accounts.argon2-memory-kib", "1024", "accounts.argon2-iterations", "1",
                "stripe.secret-key", SECRET_KEY, "stripe.webhook-secret", WEBHOOK_SECRET, "stripe.api-base", stripe.apiBase(),
                "stripe.return-url", RETURN_URL, "stripe.commission-percent", commissionPercent));
        engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new NoSearchIndex()).backgroundWork(false).clock(clock)
                .plugin(new StripePlugin()).plugins(otherPlugins).properties(properties).build();
        stripe.webhooks().sendTo(this::receiveWebhook);
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer", "200069037"));
        engine.territory().saveCommune(new Commune("62765", "Saint-Omer", "62500", "CAPSO", 14_903));
        food = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", ADMIN);
        bakery = liveMerchant("Boulangerie du Marché", "pain@boulangerie.example");
        bookshop = liveMerchant("Librairie L'Encre", "");
        florist = liveMerchant("Fleurs de Lumbres", "fleurs@lumbres.example");
        shopper = account("Camille Martin");
        admin = engine.accounts().grant(account("Alice Admin").id(), RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
    }

    /** The marketplace's webhook route, in this JVM: 200 when applied, 400 when refused, 404 for a payment not recorded yet. */
    public int receiveWebhook(Map<String, String> headers, byte[] body) {
        try {
            engine.payments().handleWebhook(StripeCardProvider.ID, new WebhookRequest(headers, body));
            return 200;
        }
        catch (WebhookRejectedException e) {
            return 400;
        }
        catch (NotFoundException e) {
            return 404;
        }
    }

    public Merchant liveMerchant(String name, String email) {
        return engine.merchants().importMerchant(new MerchantProfile(name, "73282932000074", "Commerce", "Une boutique.",
                new Address("1 place Foch", "62500", "62765"), new Contact(email, "", ""), OpeningHours.parse("Tu-Sa 09:00-19:00"),
                List.of(food.id()), Optional.empty()), MerchantStatus.LIVE, false, ADMIN);
    }

    public Account account(String name) {
        return engine.accounts().register(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org", "correct horse battery", name);
    }

    public Account staffOf(Merchant merchant) {
        return engine.accounts().grant(account("Staff " + merchant.id()).id(), RoleGrant.of(Role.MERCHANT_STAFF, merchant.id().value()), ADMIN);
    }

    public Product product(Merchant merchant, String name, long cents) {
        return engine.catalogue().createProduct(merchant.id(), new ProductDraft(name, "Un produit.", food.id(), List.of(),
                List.of(new VariantDraft(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-" + merchant.id(), List.of(),
                        Money.euros(cents), 50))), ADMIN);
    }

    public StripeConnect connect() {
        return engine.service(StripeConnect.class);
    }

    public StripeReports reports() {
        return engine.service(StripeReports.class);
    }

    public PaymentProvider card() {
        return engine.payments().providers().stream().filter(provider -> provider.id().equals(StripeCardProvider.ID)).findFirst().orElseThrow();
    }

    /** Connects the shop's Stripe account through the hosted onboarding, as its staff would; returns the account id. */
    public String connectAccount(Merchant merchant) {
        String link = connect().onboardingLink(merchant.id(), "https://marche.example/espace-commercant/stripe",
                "https://marche.example/espace-commercant/stripe/lien");
        stripe.completeOnboarding(link);
        awaitWebhooks();
        return connect().account(merchant.id()).orElseThrow().accountId();
    }

    public void awaitWebhooks() {
        stripe.webhooks().awaitIdle(Duration.ofSeconds(20));
    }

    /** Puts one of each product in the shopper's cart. */
    public void basket(Product... products) {
        for (Product product : products) {
            engine.carts().add(CartOwner.shopper(shopper.id()), product.variants().get(0).id(), 1);
        }
    }

    public CustomerOrder checkout(TenderRequest... tenders) {
        return engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(), List.of(tenders), UUID.randomUUID().toString())).order();
    }

    public static TenderRequest byCard() {
        return TenderRequest.of(StripeCardProvider.ID, Map.of());
    }

    public Payment cardPayment(CustomerOrder order) {
        return engine.payments().paymentsOf(order.id()).stream().filter(payment -> payment.provider().equals(StripeCardProvider.ID))
                .findFirst().orElseThrow();
    }

    /** The Checkout Session the shopper is sent to (its id is the card payment's reference). */
    public String sessionOf(CustomerOrder order) {
        return cardPayment(order).providerReference().orElseThrow();
    }

    /** The shopper pays on Stripe's page with that card; the webhooks are then delivered. */
    public FakeStripe.PageAnswer pay(CustomerOrder order, String card) {
        FakeStripe.PageAnswer answer = stripe.pay(sessionOf(order), card);
        awaitWebhooks();
        return answer;
    }

    public CustomerOrder reload(CustomerOrder order) {
        return engine.orders().customerOrder(order.id()).orElseThrow();
    }

    public MerchantOrder partOf(CustomerOrder order, Merchant merchant) {
        return reload(order).merchantOrders().stream().filter(part -> part.merchantId().equals(merchant.id())).findFirst().orElseThrow();
    }

    public MerchantOrder act(CustomerOrder order, Merchant merchant, OrderAction action) {
        return act(order, merchant, action, Optional.empty());
    }

    public MerchantOrder act(CustomerOrder order, Merchant merchant, OrderAction action, Optional<Money> amount) {
        MerchantOrder part = partOf(order, merchant);
        MerchantOrder moved = engine.orders().act(part.id(), action, amount, "", Actor.system("shop-" + merchant.id()), false);
        deliverEvents();
        return moved;
    }

    /** Accepts, prepares and hands over the shop's part of the order. */
    public void collect(CustomerOrder order, Merchant merchant) {
        act(order, merchant, OrderAction.MARK_READY);
        act(order, merchant, OrderAction.MARK_COLLECTED);
    }

    public void deliverEvents() {
        engine.deliverPendingEvents();
    }

    public void runJobs() {
        engine.runDueJobs();
    }

    /** The Stripe objects of a type whose metadata or group name the order. */
    public List<Map<String, Object>> transfersOf(CustomerOrder order) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> transfer : stripe.objects("transfer")) {
            if (order.number().equals(transfer.get("transfer_group"))) {
                found.add(transfer);
            }
        }
        return found;
    }

    @Override
    public void close() {
        try {
            stripe.close();
        }
        finally {
            engine.close();
        }
    }

    /** A clock the tests move, shared by the engine and the fake Stripe (so that signatures and holds agree). */
    public static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        public void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
