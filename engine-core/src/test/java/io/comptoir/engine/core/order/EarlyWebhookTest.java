package io.comptoir.engine.core.order;

import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A processor's webhook may come before the checkout has heard the processor's own answer, and so before the engine knows
 * the processor's reference for the payment. When the webhook names the engine's payment (as Stripe's metadata does, and the
 * sandbox bank), the engine applies it at once; the checkout's answer, when it comes, changes nothing. Here a test processor
 * delivers each webhook from inside its authorisation call, before it answers: the earliest a webhook can come.
 */
final class EarlyWebhookTest {

    @EachDatabase
    void aWebhookBeforeTheCheckoutsAnswerPlacesTheOrderAndRecordsTheProcessorsReference(TestDatabase db) throws Exception {
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);

            CustomerOrder order = shop.checkout(camille, List.of(EarlyProcessor.tender("approve"))).order();

            assertThat(processor.refused).as("no webhook refused").isEmpty();
            assertThat(order.status()).as("placed by the webhook before the checkout answered").isEqualTo(CustomerOrderStatus.PLACED);
            Payment payment = order.payments().get(0);
            assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
            assertThat(payment.providerReference()).contains(EarlyProcessor.reference(payment.id()));
            assertThat(shop.engine.payments().transactionsOf(payment.id())).extracting(PaymentTransaction::kind)
                    .as("the webhook, then the checkout's own answer").containsExactly(PaymentTransaction.Kind.WEBHOOK, PaymentTransaction.Kind.AUTHORISE);
            assertThat(markedForRelease(db, payment)).as("the late answer does not mark an authorised payment for release").isFalse();
        }
    }

    /** The first tender's webhook comes before its answer: the checkout goes on and asks for the second. */
    @EachDatabase
    void aWebhookBeforeTheAnswerAboutTheFirstOfTwoTendersLetsTheCheckoutAskForTheSecond(TestDatabase db) throws Exception {
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            TenderRequest fifty = new TenderRequest(EarlyProcessor.ID, Optional.of(Money.euros(5000)), Map.of("outcome", "approve"));

            CustomerOrder order = shop.checkout(camille, List.of(fifty, EarlyProcessor.tender("approve"))).order();

            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(order.payments()).extracting(Payment::status).containsExactly(PaymentStatus.AUTHORISED, PaymentStatus.AUTHORISED);
            assertThat(processor.authorised).as("both tenders asked").hasSize(2);
        }
    }

    @EachDatabase
    void aRefusalBeforeTheCheckoutsAnswerFailsTheOrderAndGivesTheStockBack(TestDatabase db) throws Exception {
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);

            assertThatThrownBy(() -> shop.checkout(camille, List.of(EarlyProcessor.tender("decline"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment_declined"));

            CustomerOrder failed = shop.engine.orders().customerOrdersOf(camille.id(), 0, 1).get(0);
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(failed.payments()).extracting(Payment::status).containsExactly(PaymentStatus.FAILED);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).as("given back").isEqualTo(5);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).as("back in the cart").isEqualTo(1);
        }
    }

    /** Without the payment named, an early webhook is refused, as before; the processor's next delivery settles the order. */
    @EachDatabase
    void aWebhookThatDoesNotNameThePaymentIsRefusedUntilTheReferenceIsKnown(TestDatabase db) throws Exception {
        EarlyProcessor processor = new EarlyProcessor(false);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);

            CustomerOrder order = shop.checkout(camille, List.of(EarlyProcessor.tender("approve"))).order();

            assertThat(processor.refused).hasSize(1);
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            shop.engine.payments().handleWebhook(EarlyProcessor.ID, processor.refused.get(0));
            assertThat(shop.engine.orders().customerOrder(order.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    /** A webhook names a payment whose reference is another one, or a payment of another provider: refused, nothing changes. */
    @EachDatabase
    void aWebhookNamingAPaymentThatIsNotItsOwnIsRefused(TestDatabase db) throws Exception {
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);
            CustomerOrder early = shop.checkout(camille, List.of(EarlyProcessor.tender("approve"))).order();
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 1);
            CustomerOrder atPickup = shop.checkout(camille, List.of(Shop.payAtPickup())).order();

            PaymentId authorised = early.payments().get(0).id();
            PaymentId anothers = atPickup.payments().get(0).id();
            assertThatThrownBy(() -> shop.engine.payments().handleWebhook(EarlyProcessor.ID,
                    EarlyProcessor.webhook("evt-other", "early-other", authorised, "decline")))
                    .as("its reference is another one").isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> shop.engine.payments().handleWebhook(EarlyProcessor.ID,
                    EarlyProcessor.webhook("evt-pickup", "early-pickup", anothers, "approve")))
                    .as("another provider's").isInstanceOf(NotFoundException.class);

            assertThat(shop.engine.orders().customerOrder(early.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(shop.engine.orders().customerOrder(atPickup.id()).orElseThrow().payments()).singleElement()
                    .isEqualTo(atPickup.payments().get(0));
        }
    }

    /**
     * The order is given up (its payment timed out) between the first tender's webhook and the processor's late answer
     * about it: the checkout does not go on to ask for the second tender of an order that failed.
     */
    @EachDatabase
    void theCheckoutAsksNoFurtherTenderOfAnOrderGivenUpBeforeItsLateAnswer(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-14T09:00:00Z"));
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db, clock)) {
            Account camille = withBoots(shop);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            processor.afterWebhook = () -> {
                clock.advance(OrderSettlement.PAYMENT_TIMEOUT.plusMinutes(1));
                shop.engine.runDueJobs();
            };
            TenderRequest fifty = new TenderRequest(EarlyProcessor.ID, Optional.of(Money.euros(5000)), Map.of("outcome", "approve"));

            assertThatThrownBy(() -> shop.checkout(camille, List.of(fifty, EarlyProcessor.tender("approve"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment_declined"));

            assertThat(processor.authorised).as("the second tender never asked").hasSize(1);
            CustomerOrder failed = shop.engine.orders().customerOrdersOf(camille.id(), 0, 1).get(0);
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(failed.payments().get(0).released()).as("the first tender released").isEqualTo(failed.payments().get(0).amount());
        }
    }

    /**
     * The processor could not be reached when asked (the tender failed, with no reference), yet it authorised: its
     * webhook, naming the payment, has the authorisation released at once.
     */
    @EachDatabase
    void anApprovalOfATenderThatFailedWithoutAReferenceIsReleasedAtOnce(TestDatabase db) {
        EarlyProcessor processor = new EarlyProcessor(true);
        try (Shop shop = processor.shop(db)) {
            Account camille = withBoots(shop);
            processor.unreachable = true;
            assertThatThrownBy(() -> shop.checkout(camille, List.of(EarlyProcessor.tender("approve"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment_declined"));
            Payment failed = shop.engine.orders().customerOrdersOf(camille.id(), 0, 1).get(0).payments().get(0);
            assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(failed.providerReference()).isEmpty();

            shop.engine.payments().handleWebhook(EarlyProcessor.ID,
                    EarlyProcessor.webhook("evt-late", EarlyProcessor.reference(failed.id()), failed.id(), "approve"));

            assertThat(processor.released).extracting(PaymentOperation::providerReference).containsExactly(EarlyProcessor.reference(failed.id()));
            assertThat(shop.engine.payments().transactionsOf(failed.id())).extracting(PaymentTransaction::kind)
                    .contains(PaymentTransaction.Kind.WEBHOOK, PaymentTransaction.Kind.RELEASE);
        }
    }

    /** A shopper with a pair of boots in the cart. */
    private static Account withBoots(Shop shop) {
        Account camille = shop.shopper("Camille Durand");
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
        return camille;
    }

    private static boolean markedForRelease(TestDatabase db, Payment payment) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT void_check FROM payment WHERE id = ?")) {
            statement.setLong(1, payment.id().value());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBoolean(1);
            }
        }
    }

    /**
     * A processor that answers every authorisation "pending" and sends its outcome by a webhook delivered before that
     * answer, from inside the call; the webhook names the engine's payment when {@code namesThePayment}. Its webhooks are
     * unsigned text ({@code id|reference|payment|outcome}): it is the engine's handling that is tested here.
     */
    private static final class EarlyProcessor implements PaymentProvider {
        static final String ID = "early-card";

        private final boolean namesThePayment;
        private volatile Shop shop;
        final List<WebhookRequest> refused = new CopyOnWriteArrayList<>();
        final List<Authorisation> authorised = new CopyOnWriteArrayList<>();
        final List<PaymentOperation> released = new CopyOnWriteArrayList<>();
        /** Runs after a webhook is delivered, before the authorisation call answers. */
        volatile Runnable afterWebhook = () -> { };
        /** The call fails as an unreachable processor's would; the processor authorises all the same. */
        volatile boolean unreachable;

        EarlyProcessor(boolean namesThePayment) {
            this.namesThePayment = namesThePayment;
        }

        static TenderRequest tender(String outcome) {
            return TenderRequest.of(ID, Map.of("outcome", outcome));
        }

        static String reference(PaymentId payment) {
            return "early-" + payment.value();
        }

        static WebhookRequest webhook(String eventId, String reference, PaymentId payment, String outcome) {
            return new WebhookRequest(Map.of(), String.join("|", eventId, reference, Long.toString(payment.value()), outcome)
                    .getBytes(StandardCharsets.UTF_8));
        }

        /** The test shop, with this processor among its ways to pay and its webhooks delivered to it. */
        Shop shop(TestDatabase db) {
            return shop(db, Clock.systemUTC());
        }

        Shop shop(TestDatabase db, Clock clock) {
            Shop shop = new Shop(db, Map.of(), clock, plugin());
            this.shop = shop;
            return shop;
        }

        private EnginePlugin plugin() {
            return new EnginePlugin() {
                @Override
                public String id() {
                    return "early_processor";
                }

                @Override
                public void initialize(PluginContext context) {
                    context.registerPaymentProvider(EarlyProcessor.this);
                }
            };
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
            return new TenderCapacity(dueByMerchant.keySet(), Optional.empty(), "Carte rapide");
        }

        @Override
        public ProviderResult authorise(Authorisation request) {
            authorised.add(request);
            String reference = reference(request.payment());
            WebhookRequest webhook = webhook("evt-" + request.idempotencyKey(), reference, request.payment(), request.details().get("outcome"));
            if (unreachable) {
                throw new IllegalStateException("processor unreachable");
            }
            try {
                shop.engine.payments().handleWebhook(ID, webhook);
            }
            catch (NotFoundException e) {
                refused.add(webhook);
            }
            afterWebhook.run();
            return ProviderResult.pending(reference);
        }

        @Override
        public Optional<WebhookNotification> verifyWebhook(WebhookRequest request) {
            String[] fields = new String(request.body(), StandardCharsets.UTF_8).split("\\|");
            WebhookNotification notification = fields[3].equals("approve")
                    ? new WebhookNotification(fields[0], fields[1], ProviderResult.Outcome.APPROVED, "")
                    : new WebhookNotification(fields[0], fields[1], ProviderResult.Outcome.DECLINED, "carte refusée");
            return Optional.of(namesThePayment ? notification.about(new PaymentId(Long.parseLong(fields[2]))) : notification);
        }

        @Override
        public ProviderResult capture(PaymentOperation operation) {
            return ProviderResult.approved(operation.providerReference());
        }

        @Override
        public ProviderResult release(PaymentOperation operation) {
            released.add(operation);
            return ProviderResult.approved(operation.providerReference());
        }

        @Override
        public ProviderResult refund(PaymentOperation operation) {
            return ProviderResult.approved(operation.providerReference());
        }
    }
}
