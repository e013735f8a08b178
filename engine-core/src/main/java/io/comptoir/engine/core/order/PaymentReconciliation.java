package io.comptoir.engine.core.order;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.payment.PaymentBook;
import io.comptoir.engine.core.payment.PaymentDao;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.payment.PaymentRow;
import io.comptoir.engine.core.payment.TenderShareRow;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Learns from their providers how the authorisations the engine lost track of ended, and acts on it
 * ({@link PaymentProvider#authorisationStatus}). Run at start-up and every few seconds, on whichever node wins the job:
 * <ul>
 *   <li>a tender whose authorisation has no recorded answer while its order has not moved for
 *       {@link #UNANSWERED_AFTER} (the node that asked crashed between the provider's answer and its own commit): the
 *       answer the provider gives now is recorded — an authorisation that never reached the provider fails the tender —
 *       and the order is settled, placed or failed;</li>
 *   <li>a tender the provider accepted for processing whose webhook is {@link #WEBHOOK_LATE_AFTER} late (the processor's
 *       notification was lost): settled the same way, without waiting for the 15-minute payment timeout;</li>
 *   <li>an order whose tenders are all settled but which is still pending (the node died before settling it): settled;</li>
 *   <li>a tender given up with its order (failed while pending, or authorised after the order failed): whatever its
 *       provider still holds for it is released.</li>
 * </ul>
 * Every step is guarded (a tender is settled only while pending, an order only while pending) and every provider call
 * carries an idempotency key, so nodes and retries may overlap.
 */
@Singleton
public final class PaymentReconciliation {
    public static final String JOB = "engine.payment-reconciliation";
    public static final Duration PERIOD = Duration.ofSeconds(5);
    /** How long an authorisation may go unanswered before its provider is asked (providers answer in seconds). */
    static final Duration UNANSWERED_AFTER = Duration.ofSeconds(15);
    /** How late a webhook may be before its provider is asked (and asked again, at this pace, while it is undecided). */
    static final Duration WEBHOOK_LATE_AFTER = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentProviders providers;
    private final PaymentBook book;
    private final OrderSettlement settlement;
    private final CommitSignal commits;

    @Inject
    public PaymentReconciliation(Jdbi jdbi, Clock clock, PaymentProviders providers, PaymentBook book, OrderSettlement settlement,
                                 CommitSignal commits) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.book = requireNonNull(book, "book is null");
        this.settlement = requireNonNull(settlement, "settlement is null");
        this.commits = requireNonNull(commits, "commits is null");
    }

    /** One round: returns how many tenders it settled or released. */
    public int reconcile() {
        Instant now = clock.instant();
        List<PaymentRow> unresolved = jdbi.withExtension(PaymentDao.class, dao -> dao.unresolved(now.minus(UNANSWERED_AFTER),
                now.minus(WEBHOOK_LATE_AFTER)));
        int done = 0;
        Set<Long> orders = new LinkedHashSet<>();
        for (PaymentRow payment : unresolved) {
            if (settle(payment)) {
                orders.add(payment.customerOrderId());
                done++;
            }
        }
        commits.committedInBackground();
        orders.addAll(jdbi.withExtension(OrderDao.class, dao -> dao.unsettled(now.minus(UNANSWERED_AFTER))));
        orders.forEach(settlement::settle);
        for (PaymentRow payment : jdbi.withExtension(PaymentDao.class, dao -> dao.toVoid(now.minus(WEBHOOK_LATE_AFTER)))) {
            if (releaseGivenUp(payment)) {
                done++;
            }
        }
        return done;
    }

    /** Asks the provider how a pending tender's authorisation ended and records it; true when the tender is settled. */
    private boolean settle(PaymentRow payment) {
        Optional<PaymentProvider> provider = providers.find(payment.provider());
        if (provider.isEmpty()) {
            return false;
        }
        AuthorisationStatus status = ask(provider.get(), payment);
        String key = "status-" + payment.id() + "-" + clock.millis();
        ProviderResult answer = switch (status.state()) {
            case AUTHORISED -> ProviderResult.approved(status.providerReference());
            case PENDING -> ProviderResult.pending(status.providerReference());
            case DECLINED, CLOSED -> ProviderResult.declined(status.providerReference(), status.message().isEmpty()
                    ? "declined (" + status.state().name().toLowerCase() + ")" : status.message());
            case NOT_FOUND -> ProviderResult.declined("", "the authorisation never reached " + provider.get().displayName());
            case UNKNOWN -> null;
        };
        if (answer == null) {
            jdbi.useExtension(PaymentDao.class, dao -> dao.touch(payment.id(), clock.instant()));
            return false;
        }
        // The payment's row alone: the order is settled after this commit (reconcile), by a transaction that locks the
        // order's row first, as every one that changes an order and its tenders (OrderSettlement.lock).
        boolean settled = jdbi.inTransaction(handle -> {
            if (answer.outcome() == ProviderResult.Outcome.PENDING) {
                // still deciding: remember its reference if the checkout could not, and ask again later
                if (payment.providerReference() == null && !answer.providerReference().isEmpty()) {
                    book.answer(handle, payment.id(), PaymentTransaction.Kind.STATUS, payment.amount(), key, answer);
                }
                else {
                    Daos.of(handle, PaymentDao.class).touch(payment.id(), clock.instant());
                }
                return false;
            }
            return book.answer(handle, payment.id(), PaymentTransaction.Kind.STATUS, payment.amount(), key, answer);
        });
        if (settled) {
            log.info("Payment {} of order {} reconciled with {}: {}", payment.id(), payment.customerOrderId(), payment.provider(), status.state());
        }
        return settled;
    }

    /**
     * Releases what the provider still holds for a tender given up with its order; clears the mark once nothing is held (or
     * the provider cannot tell). True when it released something.
     */
    private boolean releaseGivenUp(PaymentRow payment) {
        Optional<PaymentProvider> found = providers.find(payment.provider());
        AuthorisationStatus status = found.map(provider -> ask(provider, payment)).orElse(AuthorisationStatus.unknown());
        if (status.state() == AuthorisationStatus.State.PENDING) {
            jdbi.useExtension(PaymentDao.class, dao -> dao.touch(payment.id(), clock.instant()));
            return false;
        }
        if (status.state() != AuthorisationStatus.State.AUTHORISED) {
            jdbi.useExtension(PaymentDao.class, dao -> dao.voidCheck(payment.id(), false, clock.instant()));
            return false;
        }
        PaymentProvider provider = found.orElseThrow();
        long outstanding = payment.amount() - payment.captured() - payment.released();
        if (outstanding <= 0) {
            log.error("Provider {} holds money for payment {}, which the engine recorded as released", payment.provider(), payment.id());
            jdbi.useExtension(PaymentDao.class, dao -> dao.voidCheck(payment.id(), false, clock.instant()));
            return false;
        }
        return jdbi.inTransaction(handle -> {
            List<TenderShareRow> shares = Daos.of(handle, PaymentDao.class).sharesOfPayment(payment.id());
            long merchantOrder = shares.get(0).merchantOrderId();
            long merchant = Daos.of(handle, OrderDao.class).merchantOrder(merchantOrder).orElseThrow().merchantId();
            String key = "void-" + payment.id();
            ProviderResult result = OrderSettlement.call(() -> provider.release(new PaymentOperation(key, new PaymentId(payment.id()),
                    status.providerReference(), new Money(outstanding, Currency.getInstance(payment.currency())), new MerchantId(merchant),
                    new MerchantOrderId(merchantOrder))));
            book.record(handle, payment.id(), PaymentTransaction.Kind.RELEASE, outstanding, key, result);
            if (result.outcome() != ProviderResult.Outcome.APPROVED) {
                log.error("Provider {} refused to release {} held for payment {} of a failed order: {}", payment.provider(), outstanding,
                        payment.id(), result.message());
                Daos.of(handle, PaymentDao.class).touch(payment.id(), clock.instant());
                return false;
            }
            if (payment.status().equals("AUTHORISED")) {
                for (TenderShareRow share : shares) {
                    long held = share.amount() - share.captured() - share.released();
                    if (held > 0) {
                        book.move(handle, payment.id(), share.merchantOrderId(), 0, held, 0);
                    }
                }
            }
            Daos.of(handle, PaymentDao.class).voidCheck(payment.id(), false, clock.instant());
            log.info("Released {} held by {} for payment {} of a failed order", outstanding, payment.provider(), payment.id());
            return true;
        });
    }

    private AuthorisationStatus ask(PaymentProvider provider, PaymentRow payment) {
        AuthorisationQuery query = new AuthorisationQuery(CheckoutService.authorisationKey(payment.customerOrderId(), payment.position()),
                new PaymentId(payment.id()), new CustomerOrderId(payment.customerOrderId()), Optional.ofNullable(payment.providerReference()),
                new Money(payment.amount(), Currency.getInstance(payment.currency())));
        try {
            return provider.authorisationStatus(query);
        }
        catch (RuntimeException e) {
            log.warn("Payment provider {} could not say where payment {} stands", payment.provider(), payment.id(), e);
            return AuthorisationStatus.unknown();
        }
    }
}
