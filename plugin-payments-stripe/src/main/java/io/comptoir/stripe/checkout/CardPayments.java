package io.comptoir.stripe.checkout;

import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.stripe.api.MovementKind;
import io.comptoir.stripe.book.Commission;
import io.comptoir.stripe.book.PartRow;
import io.comptoir.stripe.book.PaymentDao;
import io.comptoir.stripe.book.PaymentRow;
import io.comptoir.stripe.connect.ConnectService;
import io.comptoir.stripe.gateway.CheckoutSession;
import io.comptoir.stripe.gateway.Intent;
import io.comptoir.stripe.gateway.SessionRequest;
import io.comptoir.stripe.gateway.StripeFailure;
import io.comptoir.stripe.gateway.StripeGateway;
import io.comptoir.stripe.transfer.Transfers;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The card tenders' money at Stripe, for the engine's payment calls.
 *
 * <p><b>One capture, at the last decision.</b> The shopper pays once, on a Checkout Session whose PaymentIntent only holds
 * the money (manual capture). Stripe captures a PaymentIntent once (multicapture is reserved to IC+ pricing, some card
 * brands, and does not combine with the {@code source_transaction} the shops' transfers draw on), so a shop's acceptance
 * books its part as accepted and the single capture happens when the last shop of the tender has accepted or refused:
 * it takes the accepted parts (less what was refunded meanwhile) and Stripe releases the rest. A shop that refuses
 * therefore costs the shopper nothing, not even a refund. A hold lasts seven days: the periodic job captures what was
 * accepted when the end of the hold comes near ({@code capture-margin-hours}), and a shop deciding after that is refused
 * (its part was released with the capture). If every shop refuses, the hold is cancelled.
 *
 * <p>Every decision takes the tender's row lock (then its parts'), so that two shops accepting at once capture once.
 */
public final class CardPayments {
    private static final Logger log = LoggerFactory.getLogger(CardPayments.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway gateway;
    private final ConnectService accounts;
    private final MerchantDirectory merchants;
    private final Transfers transfers;
    private final Commission commission;
    private final Duration sessionLifetime;
    private final Duration captureMargin;
    private final String returnUrl;
    private final String cancelUrl;

    public CardPayments(Jdbi jdbi, Clock clock, StripeGateway gateway, ConnectService accounts, MerchantDirectory merchants, Transfers transfers,
                        Commission commission, Duration sessionLifetime, Duration captureMargin, String returnUrl, String cancelUrl) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.gateway = requireNonNull(gateway, "gateway is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.transfers = requireNonNull(transfers, "transfers is null");
        this.commission = requireNonNull(commission, "commission is null");
        this.sessionLifetime = requireNonNull(sessionLifetime, "sessionLifetime is null");
        this.captureMargin = requireNonNull(captureMargin, "captureMargin is null");
        this.returnUrl = requireNonNull(returnUrl, "returnUrl is null");
        this.cancelUrl = requireNonNull(cancelUrl, "cancelUrl is null");
    }

    /**
     * Opens the Checkout Session the shopper pays on: one line per shop, the customer order as transfer group. PENDING until
     * Stripe's webhook says the shopper paid (or the session expired).
     */
    public ProviderResult authorise(Authorisation request) {
        long paymentId = request.payment().value();
        Optional<PaymentRow> earlier = jdbi.withExtension(PaymentDao.class, dao -> dao.payment(paymentId));
        if (earlier.isPresent()) {
            return ProviderResult.pending(earlier.get().sessionId());
        }
        List<MerchantId> shops = request.shares().keySet().stream().sorted(Comparator.comparingLong(MerchantId::value)).toList();
        for (MerchantId shop : shops) {
            if (!accounts.canReceivePayments(shop)) {
                return ProviderResult.declined("", merchants.require(shop).name() + " ne peut pas encore être payée par carte");
            }
        }
        Money amount = request.amount();
        String order = Long.toString(request.order().value());
        SessionRequest session = new SessionRequest(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                shops.stream().map(shop -> new SessionRequest.Line(merchants.require(shop).name() + " — commande " + request.orderNumber(),
                        request.shares().get(shop).minorUnits())).toList(),
                returnUrl.replace("{order}", order), cancelUrl.replace("{order}", order), clock.instant().plus(sessionLifetime),
                request.orderNumber(), request.orderNumber(),
                Map.of("comptoir_payment", Long.toString(paymentId), "comptoir_order", order, "comptoir_order_number", request.orderNumber()));
        CheckoutSession opened;
        try {
            opened = gateway.createSession(session, "session-" + request.idempotencyKey());
        }
        catch (StripeFailure e) {
            return ProviderResult.declined("", e.refused() ? e.getMessage() : "le paiement par carte est momentanément indisponible : réessayez");
        }
        try {
            jdbi.useTransaction(handle -> {
                PaymentDao dao = handle.attach(PaymentDao.class);
                dao.insertPayment(paymentId, request.order().value(), request.orderNumber(), opened.id(), opened.url(), amount.minorUnits(),
                        amount.currency().getCurrencyCode(), commission.basisPoints(), clock.instant());
                shops.forEach(shop -> dao.insertPart(paymentId, shop.value(), request.shares().get(shop).minorUnits(), clock.instant()));
            });
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        return ProviderResult.pending(opened.id());
    }

    /** The Checkout page of a tender the shopper has not paid yet. */
    public Optional<String> approvalUrl(Payment payment) {
        if (payment.status() != PaymentStatus.PENDING) {
            return Optional.empty();
        }
        return jdbi.withExtension(PaymentDao.class, dao -> dao.payment(payment.id().value())).filter(row -> row.is(PaymentRow.OPEN))
                .map(PaymentRow::sessionUrl);
    }

    /** The shop accepted: its part is accepted, and captured with the others' once the last shop decided. */
    public ProviderResult capture(PaymentOperation operation) {
        long paymentId = operation.payment().value();
        long merchantId = operation.merchant().value();
        ProviderResult result;
        boolean captured;
        try {
            record Decision(ProviderResult result, boolean captured) {
            }
            Decision decision = jdbi.inTransaction(handle -> {
                PaymentDao dao = handle.attach(PaymentDao.class);
                Optional<PaymentRow> found = dao.lockPayment(paymentId);
                if (found.isEmpty()) {
                    return new Decision(ProviderResult.declined(operation.providerReference(), "paiement par carte inconnu"), false);
                }
                PaymentRow payment = found.get();
                List<PartRow> parts = dao.lockParts(paymentId);
                PartRow part = partOf(parts, merchantId);
                if (part.is(PartRow.ACCEPTED)) {
                    return new Decision(ProviderResult.approved(payment.sessionId()), false);
                }
                Optional<String> refusal = refusal(payment, part, operation);
                if (refusal.isPresent()) {
                    return new Decision(ProviderResult.declined(payment.sessionId(), refusal.get()), false);
                }
                dao.decide(paymentId, merchantId, operation.merchantOrder().value(), PartRow.ACCEPTED, clock.instant());
                List<PartRow> decided = dao.parts(paymentId);
                boolean last = decided.stream().noneMatch(p -> p.is(PartRow.PENDING));
                if (last) {
                    close(handle, payment, decided);
                }
                return new Decision(ProviderResult.approved(payment.sessionId()), last);
            });
            result = decision.result();
            captured = decision.captured();
        }
        catch (StripeFailure e) {
            return ProviderResult.declined(operation.providerReference(), e.getMessage());
        }
        if (captured) {
            transfers.reconcileAll(paymentId);
        }
        return result;
    }

    private Optional<String> refusal(PaymentRow payment, PartRow part, PaymentOperation operation) {
        if (part.is(PartRow.RELEASED)) {
            return Optional.of("la part de cette boutique a été libérée");
        }
        if (payment.is(PaymentRow.CAPTURED) || payment.is(PaymentRow.CANCELLED)) {
            return Optional.of("la réservation sur la carte a pris fin avant l'acceptation de la boutique : annulez la commande");
        }
        if (!payment.is(PaymentRow.AUTHORISED)) {
            return Optional.of("le paiement par carte n'est pas autorisé");
        }
        if (payment.captureBefore() != null && !clock.instant().isBefore(payment.captureBefore())) {
            return Optional.of("la réservation sur la carte a expiré : annulez la commande");
        }
        if (operation.amount().minorUnits() != part.amount()) {
            return Optional.of("montant " + operation.amount() + " différent de la part de la boutique");
        }
        return Optional.empty();
    }

    /**
     * The shop refused its order (or the order was given up): its part (or every part still undecided, when the engine
     * releases the whole tender) will not be captured. Once no shop is left to decide the tender is closed; a failure to
     * reach Stripe then leaves it to the periodic job.
     */
    public ProviderResult release(PaymentOperation operation) {
        long paymentId = operation.payment().value();
        long merchantId = operation.merchant().value();
        ProviderResult result = jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            Optional<PaymentRow> payment = dao.lockPayment(paymentId);
            if (payment.isEmpty()) {
                return ProviderResult.declined(operation.providerReference(), "paiement par carte inconnu");
            }
            List<PartRow> parts = dao.lockParts(paymentId);
            PartRow part = partOf(parts, merchantId);
            long amount = operation.amount().minorUnits();
            List<PartRow> pending = parts.stream().filter(p -> p.is(PartRow.PENDING)).toList();
            List<PartRow> released = parts.stream().filter(p -> p.is(PartRow.RELEASED)).toList();
            List<PartRow> toRelease;
            if (part.is(PartRow.PENDING) && amount == part.amount()) {
                toRelease = List.of(part);
            }
            else if (!pending.isEmpty() && amount == sum(pending)) {
                toRelease = pending;
            }
            else if (pending.isEmpty() && (part.is(PartRow.RELEASED) && amount == part.amount() || amount == sum(released))) {
                toRelease = List.of();
            }
            else {
                return ProviderResult.declined(payment.get().sessionId(), "montant " + operation.amount() + " différent de ce qui reste à libérer");
            }
            toRelease.forEach(p -> dao.decide(paymentId, p.merchantId(), p.merchantId() == merchantId ? operation.merchantOrder().value() : null,
                    PartRow.RELEASED, clock.instant()));
            return ProviderResult.approved(payment.get().sessionId());
        });
        if (result.outcome() == ProviderResult.Outcome.APPROVED) {
            settleQuietly(paymentId);
        }
        return result;
    }

    /**
     * Refunds part of what the shop accepted: a refund at Stripe once captured (and the shop's transfer reversed by as much,
     * less the commission given back), or, before the capture, a smaller capture: the shopper is never charged it.
     */
    public ProviderResult refund(PaymentOperation operation) {
        long paymentId = operation.payment().value();
        long merchantId = operation.merchant().value();
        long amount = operation.amount().minorUnits();
        String key = "refund-" + operation.idempotencyKey();
        ProviderResult result;
        try {
            result = jdbi.inTransaction(handle -> {
                PaymentDao dao = handle.attach(PaymentDao.class);
                Optional<PaymentRow> found = dao.lockPayment(paymentId);
                if (found.isEmpty()) {
                    return ProviderResult.declined(operation.providerReference(), "paiement par carte inconnu");
                }
                PaymentRow payment = found.get();
                PartRow part = dao.lockPart(paymentId, merchantId).orElseThrow(() -> new IllegalStateException("no part of shop " + merchantId));
                if (dao.movementsWithKey(key) > 0) {
                    return ProviderResult.approved(payment.sessionId());
                }
                if (amount > part.refundable()) {
                    return ProviderResult.declined(payment.sessionId(), "on ne peut rembourser que " + new Money(part.refundable(),
                            operation.amount().currency()) + " sur cette carte");
                }
                Instant now = clock.instant();
                if (payment.is(PaymentRow.CAPTURED) && part.captured() > 0) {
                    String refundId = gateway.refund(payment.paymentIntentId(), amount, Map.of("comptoir_order", payment.orderNumber(),
                            "comptoir_merchant", Long.toString(merchantId)), key);
                    long commissionNow = payment.commission().of(part.net() - amount);
                    dao.refunded(paymentId, merchantId, amount, commissionNow, now);
                    dao.insertMovement(key, paymentId, merchantId, MovementKind.REFUND.name(), amount, commissionNow - part.commission(), refundId,
                            null, now);
                }
                else if (payment.is(PaymentRow.AUTHORISED)) {
                    dao.reduce(paymentId, merchantId, amount, now);
                    dao.insertMovement(key, paymentId, merchantId, MovementKind.REDUCTION.name(), amount, 0, payment.paymentIntentId(), null, now);
                }
                else {
                    return ProviderResult.declined(payment.sessionId(), "rien à rembourser sur ce paiement par carte");
                }
                return ProviderResult.approved(payment.sessionId());
            });
        }
        catch (StripeFailure e) {
            return ProviderResult.declined(operation.providerReference(), e.getMessage());
        }
        if (result.outcome() == ProviderResult.Outcome.APPROVED) {
            transfers.reconcile(paymentId, merchantId);
        }
        return result;
    }

    /** Closes every tender whose closing is due (see {@link #settle}); returns how many were looked at. */
    public int settleDue() {
        List<PaymentRow> due = jdbi.withExtension(PaymentDao.class, dao -> dao.settlementsDue(clock.instant().plus(captureMargin)));
        due.forEach(payment -> settleQuietly(payment.paymentId()));
        return due.size();
    }

    /**
     * Closes the tender when its closing is due: once every shop decided, captures what was accepted (or cancels the hold
     * when nothing was); near the end of the hold, captures what was accepted so far; closes the session of a tender whose
     * every part was released before the shopper paid.
     *
     * @throws StripeFailure when Stripe refused or could not be reached
     */
    public void settle(long paymentId) {
        boolean captured = jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            Optional<PaymentRow> payment = dao.lockPayment(paymentId);
            if (payment.isEmpty()) {
                return false;
            }
            List<PartRow> parts = dao.lockParts(paymentId);
            boolean undecided = parts.stream().anyMatch(p -> p.is(PartRow.PENDING));
            if (payment.get().is(PaymentRow.OPEN) && parts.stream().allMatch(p -> p.is(PartRow.RELEASED))) {
                closeSession(handle, payment.get());
                return false;
            }
            boolean holdEnding = payment.get().captureBefore() != null
                    && !clock.instant().plus(captureMargin).isBefore(payment.get().captureBefore());
            if (payment.get().is(PaymentRow.AUTHORISED) && (!undecided || holdEnding && sumToCapture(parts) > 0)) {
                close(handle, payment.get(), parts);
                return sumToCapture(parts) > 0;
            }
            return false;
        });
        if (captured) {
            transfers.reconcileAll(paymentId);
        }
    }

    private void settleQuietly(long paymentId) {
        try {
            settle(paymentId);
        }
        catch (StripeFailure e) {
            log.warn("Card payment {} not closed yet, the job will try again: {}", paymentId, e.getMessage());
        }
    }

    /** Captures the accepted parts of an authorised tender (Stripe releases the rest), or cancels the hold if none is left. */
    private void close(Handle handle, PaymentRow payment, List<PartRow> parts) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        Instant now = clock.instant();
        long total = sumToCapture(parts);
        if (total == 0) {
            gateway.cancel(payment.paymentIntentId(), "cancel-" + payment.paymentId());
            dao.move(payment.paymentId(), PaymentRow.AUTHORISED, PaymentRow.CANCELLED, now);
            return;
        }
        Intent intent;
        try {
            intent = gateway.capture(payment.paymentIntentId(), total, "capture-" + payment.paymentId() + "-" + total);
        }
        catch (StripeFailure e) {
            if (e.refused() && gateway.retrieveIntent(payment.paymentIntentId()).status().equals("canceled")) {
                log.error("The card hold of payment {} lapsed before its accepted parts were captured", payment.paymentId());
                // recorded in a transaction of its own: the caller's rolls back with the failure
                jdbi.useExtension(PaymentDao.class, other -> other.move(payment.paymentId(), PaymentRow.AUTHORISED, PaymentRow.CANCELLED,
                        clock.instant()));
            }
            throw e;
        }
        if (intent.amountReceived() != total) {
            log.error("Stripe captured {} of payment {} where {} was asked", intent.amountReceived(), payment.paymentId(), total);
        }
        dao.captured(payment.paymentId(), total, intent.fee().isPresent() ? intent.fee().getAsLong() : null, now);
        for (PartRow part : parts) {
            long amount = part.toCapture();
            if (amount > 0) {
                long partCommission = payment.commission().of(amount);
                dao.partCaptured(payment.paymentId(), part.merchantId(), partCommission, now);
                dao.insertMovement("capture-" + payment.paymentId() + "-" + part.merchantId(), payment.paymentId(), part.merchantId(),
                        MovementKind.CAPTURE.name(), amount, partCommission, intent.chargeId().orElse(payment.chargeId()), null, now);
            }
        }
    }

    /** Closes the session nobody is to pay on any more; if the shopper paid on it meanwhile, releases their card's hold. */
    private void closeSession(Handle handle, PaymentRow payment) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        try {
            gateway.expireSession(payment.sessionId(), "expire-" + payment.paymentId());
            dao.move(payment.paymentId(), PaymentRow.OPEN, PaymentRow.EXPIRED, clock.instant());
        }
        catch (StripeFailure e) {
            if (!e.refused()) {
                throw e;
            }
            CheckoutSession session = gateway.retrieveSession(payment.sessionId());
            Optional<Intent> intent = session.intent();
            if (intent.isPresent() && intent.get().authorised()) {
                dao.intentKnown(payment.paymentId(), intent.get().id(), intent.get().chargeId().orElse(null), clock.instant());
                gateway.cancel(intent.get().id(), "cancel-" + payment.paymentId());
                dao.move(payment.paymentId(), PaymentRow.OPEN, PaymentRow.CANCELLED, clock.instant());
            }
            else if (!session.status().equals("open")) {
                dao.move(payment.paymentId(), PaymentRow.OPEN, PaymentRow.EXPIRED, clock.instant());
            }
            else {
                throw e;
            }
        }
    }

    private static PartRow partOf(List<PartRow> parts, long merchantId) {
        return parts.stream().filter(p -> p.merchantId() == merchantId).findFirst()
                .orElseThrow(() -> new IllegalStateException("the card payment has no part for shop " + merchantId));
    }

    private static long sum(List<PartRow> parts) {
        return parts.stream().mapToLong(PartRow::amount).sum();
    }

    private static long sumToCapture(List<PartRow> parts) {
        return parts.stream().mapToLong(PartRow::toCapture).sum();
    }
}
