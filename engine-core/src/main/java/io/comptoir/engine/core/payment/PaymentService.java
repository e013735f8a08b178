package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOption;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.order.CustomerOrderRow;
import io.comptoir.engine.core.order.OrderAssembler;
import io.comptoir.engine.core.order.OrderSettlement;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The {@link Payments}: webhooks settle pending authorisations, each notification applied once; the ways to pay shops accept
 * are {@link MethodAcceptance}'s.
 */
@Singleton
public final class PaymentService implements Payments {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentProviders providers;
    private final PaymentBook book;
    private final OrderSettlement settlement;
    private final MethodAcceptance acceptance;

    @Inject
    public PaymentService(Jdbi jdbi, Clock clock, PaymentProviders providers, PaymentBook book, OrderSettlement settlement,
                          MethodAcceptance acceptance) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.book = requireNonNull(book, "book is null");
        this.settlement = requireNonNull(settlement, "settlement is null");
        this.acceptance = requireNonNull(acceptance, "acceptance is null");
    }

    @Override
    public List<PaymentProvider> providers() {
        return providers.all();
    }

    @Override
    public List<ShopPaymentMethod> paymentMethodsOf(MerchantId merchant) {
        return acceptance.methodsOf(merchant);
    }

    @Override
    public List<ShopPaymentMethod> acceptPaymentMethods(MerchantId merchant, Set<String> methods, Actor actor) {
        return acceptance.accept(merchant, methods, actor);
    }

    @Override
    public List<PaymentOption> paymentOptions(List<MerchantId> shops) {
        return acceptance.options(shops);
    }

    @Override
    public void handleWebhook(String providerId, WebhookRequest request) {
        requireNonNull(providerId, "providerId is null");
        requireNonNull(request, "request is null");
        PaymentProvider provider = providers.find(providerId)
                .orElseThrow(() -> new NotFoundException("provider_not_found", "no payment provider " + providerId));
        Optional<WebhookNotification> verified = provider.verifyWebhook(request);
        if (verified.isEmpty()) {
            return;
        }
        WebhookNotification notification = verified.get();
        // One transaction applies the notification and settles the order it decides (placed, or failed and released). The
        // payment is found without a lock, then its order's row is locked before the payment's is written (customer_order,
        // then payment: the order of every transaction that changes both, see OrderSettlement.lock); a duplicate of the
        // notification delivered at the same moment waits for that lock, then finds the notification applied.
        Optional<Settlement> settled = jdbi.inTransaction(handle -> {
            PaymentDao dao = Daos.of(handle, PaymentDao.class);
            PaymentRow found = dao.byReference(providerId, notification.providerReference())
                    // The provider may answer before the checkout has recorded its reference: the payment it names, if it names
                    // one, is that one when it is this provider's and has no reference yet (it is then recorded with the
                    // outcome); otherwise refuse, the provider sends it again.
                    .or(() -> notification.payment().filter(payment -> !notification.providerReference().isBlank())
                            .flatMap(payment -> dao.payment(payment.value()))
                            .filter(payment -> payment.provider().equals(providerId) && payment.providerReference() == null))
                    .orElseThrow(() -> new NotFoundException("payment_not_found", "no payment " + notification.providerReference() + " (yet)"));
            Optional<CustomerOrderRow> order = settlement.lock(handle, found.customerOrderId());
            if (dao.recordWebhook(providerId, notification.eventId(), clock.instant()) == 0) {
                return Optional.<Settlement>empty();
            }
            ProviderResult result = new ProviderResult(notification.outcome(), notification.providerReference(), notification.message());
            book.record(handle, found.id(), PaymentTransaction.Kind.WEBHOOK, found.amount(), "webhook-" + notification.eventId(), result);
            if (!found.status().equals("PENDING") || !book.settle(handle, found.id(), result)) {
                // decided already (by the checkout's answer, the reconciliation, another notification); a decided status is final
                PaymentRow decided = found.status().equals("PENDING") ? dao.payment(found.id()).orElseThrow() : found;
                if (decided.status().equals("FAILED") && notification.outcome() == ProviderResult.Outcome.APPROVED) {
                    // a tender given up before the engine heard of its authorisation has no reference: the notification's
                    releaseLate(handle, provider, decided, Optional.ofNullable(decided.providerReference()).orElse(notification.providerReference()));
                }
            }
            return Optional.of(new Settlement(found.customerOrderId(), settlement.settle(handle, order)));
        });
        settled.ifPresent(applied -> settlement.committed(applied.customerOrderId(), applied.decided()));
    }

    /** What a notification's transaction did to its order: settled it (placed or failed), or not yet. */
    private record Settlement(long customerOrderId, boolean decided) {
    }

    /** The order was given up before the provider confirmed: gives the late authorisation back. */
    private void releaseLate(org.jdbi.v3.core.Handle handle, PaymentProvider provider, PaymentRow row, String reference) {
        String key = "late-release-" + row.id();
        ProviderResult released = provider.release(new io.comptoir.engine.api.payment.PaymentOperation(key, new PaymentId(row.id()),
                reference, new Money(row.amount(), Currency.getInstance(row.currency())),
                new io.comptoir.engine.api.merchant.MerchantId(firstMerchant(handle, row.id())),
                new io.comptoir.engine.api.order.MerchantOrderId(Daos.of(handle, PaymentDao.class).sharesOfPayment(row.id()).get(0).merchantOrderId())));
        book.record(handle, row.id(), PaymentTransaction.Kind.RELEASE, row.amount(), key, released);
        if (released.outcome() == ProviderResult.Outcome.APPROVED) {
            Daos.of(handle, PaymentDao.class).voidCheck(row.id(), false, clock.instant());
        }
    }

    private static long firstMerchant(org.jdbi.v3.core.Handle handle, long paymentId) {
        long merchantOrder = Daos.of(handle, PaymentDao.class).sharesOfPayment(paymentId).get(0).merchantOrderId();
        return Daos.of(handle, io.comptoir.engine.core.order.OrderDao.class).merchantOrder(merchantOrder).orElseThrow().merchantId();
    }

    @Override
    public List<Payment> paymentsOf(CustomerOrderId order) {
        requireNonNull(order, "order is null");
        return jdbi.withExtension(PaymentDao.class, dao -> dao.paymentsOf(List.of(order.value()))).stream().map(OrderAssembler::payment).toList();
    }

    @Override
    public Optional<Payment> payment(PaymentId payment) {
        requireNonNull(payment, "payment is null");
        return jdbi.withExtension(PaymentDao.class, dao -> dao.payment(payment.value())).map(OrderAssembler::payment);
    }

    @Override
    public List<PaymentTransaction> transactionsOf(PaymentId payment) {
        requireNonNull(payment, "payment is null");
        return jdbi.withHandle(handle -> {
            PaymentRow row = Daos.of(handle, PaymentDao.class).payment(payment.value()).orElseThrow(() -> NotFoundException.of("payment", payment));
            Currency currency = Currency.getInstance(row.currency());
            return Daos.of(handle, PaymentDao.class).transactionsOf(payment.value()).stream()
                    .map(tx -> new PaymentTransaction(tx.id(), payment, PaymentTransaction.Kind.valueOf(tx.kind()), new Money(tx.amount(), currency),
                            tx.idempotencyKey(), ProviderResult.Outcome.valueOf(tx.outcome()), tx.message(), tx.at()))
                    .toList();
        });
    }
}
