package io.comptoir.stripe.checkout;

import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.stripe.book.PaymentDao;
import io.comptoir.stripe.book.PaymentRow;
import io.comptoir.stripe.gateway.CheckoutSession;
import io.comptoir.stripe.gateway.Intent;
import io.comptoir.stripe.gateway.StripeFailure;
import io.comptoir.stripe.gateway.StripeGateway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What Stripe's checkout events mean for a card tender. An event only says that something changed: the session or the
 * intent is read again from Stripe and its current state decides, so that events applied late, twice or out of order
 * (a decline of a first card arriving after the success of a second) lead to the same result.
 */
public final class SessionOutcomes {
    private static final Logger log = LoggerFactory.getLogger(SessionOutcomes.class);
    static final String NOT_FINISHED = "paiement par carte non terminé";

    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway gateway;

    public SessionOutcomes(Jdbi jdbi, Clock clock, StripeGateway gateway) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.gateway = requireNonNull(gateway, "gateway is null");
    }

    /**
     * A session completed or expired: the engine is told that the tender is authorised (the whole amount is held on the
     * card) or failed. Empty for a session of another integration, or one not settled yet.
     */
    public Optional<WebhookNotification> sessionChanged(String eventId, String sessionId) {
        Optional<PaymentRow> payment = jdbi.withExtension(PaymentDao.class, dao -> dao.paymentBySession(sessionId));
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        CheckoutSession session = gateway.retrieveSession(sessionId);
        switch (session.status()) {
            case "complete" -> {
                Optional<Intent> intent = session.intent();
                if (intent.isEmpty() || !intent.get().authorised()) {
                    return Optional.empty();
                }
                recordHold(payment.get().paymentId(), intent.get());
                return Optional.of(new WebhookNotification(eventId, sessionId, ProviderResult.Outcome.APPROVED, "")
                        .about(new PaymentId(payment.get().paymentId())));
            }
            case "expired" -> {
                return Optional.of(new WebhookNotification(eventId, sessionId, ProviderResult.Outcome.DECLINED, recordExpiry(payment.get()))
                        .about(new PaymentId(payment.get().paymentId())));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * Where a tender stands at Stripe, for the engine's reconciliation after a crash or a lost webhook
     * ({@link io.comptoir.engine.api.payment.PaymentProvider#authorisationStatus}): its Checkout Session and PaymentIntent
     * are read again and mapped, and a hold or an expiry whose webhook was lost is recorded as the webhook would have.
     * Moves no money. A tender without a recorded session answers UNKNOWN rather than NOT_FOUND: the plugin may have died
     * between opening the session and recording it (no shopper ever saw that page, and it expires unpaid).
     */
    public AuthorisationStatus status(AuthorisationQuery query) {
        Optional<PaymentRow> payment = jdbi.withExtension(PaymentDao.class, dao -> dao.payment(query.payment().value()));
        Optional<String> sessionId = payment.map(PaymentRow::sessionId).or(query::providerReference).filter(id -> !id.isEmpty());
        if (sessionId.isEmpty()) {
            return AuthorisationStatus.unknown();
        }
        CheckoutSession session;
        try {
            session = gateway.retrieveSession(sessionId.get());
        }
        catch (StripeFailure e) {
            log.warn("Could not read Checkout Session {} from Stripe: {}", sessionId.get(), e.getMessage());
            return new AuthorisationStatus(AuthorisationStatus.State.UNKNOWN, sessionId.get(), "");
        }
        return switch (session.status()) {
            case "open" -> AuthorisationStatus.of(AuthorisationStatus.State.PENDING, session.id());
            case "expired" -> new AuthorisationStatus(AuthorisationStatus.State.DECLINED, session.id(),
                    payment.map(this::recordExpiry).orElse(NOT_FINISHED));
            case "complete" -> session.intent().map(intent -> intentStatus(payment, session.id(), intent))
                    .orElse(AuthorisationStatus.of(AuthorisationStatus.State.PENDING, session.id()));
            default -> new AuthorisationStatus(AuthorisationStatus.State.UNKNOWN, session.id(), "");
        };
    }

    /** A completed session's intent: held in full (authorised), or no longer holding anything (captured or cancelled). */
    private AuthorisationStatus intentStatus(Optional<PaymentRow> payment, String sessionId, Intent intent) {
        if (intent.authorised()) {
            payment.ifPresent(row -> recordHold(row.paymentId(), intent));
            return AuthorisationStatus.of(AuthorisationStatus.State.AUTHORISED, sessionId);
        }
        return switch (intent.status()) {
            case "succeeded", "canceled" -> AuthorisationStatus.of(AuthorisationStatus.State.CLOSED, sessionId);
            default -> AuthorisationStatus.of(AuthorisationStatus.State.PENDING, sessionId);
        };
    }

    /** The whole amount is held on the card: the tender is authorised (or, already so, learns its intent). */
    private void recordHold(long paymentId, Intent held) {
        jdbi.useExtension(PaymentDao.class, dao -> {
            if (dao.authorised(paymentId, held.id(), held.chargeId().orElse(null), held.captureBefore().orElse(null), clock.instant()) == 0) {
                dao.intentKnown(paymentId, held.id(), held.chargeId().orElse(null), clock.instant());
            }
        });
    }

    /** The session expired unpaid: returns what the shopper is told, with the last decline they saw. */
    private String recordExpiry(PaymentRow payment) {
        jdbi.useExtension(PaymentDao.class, dao -> dao.move(payment.paymentId(), PaymentRow.OPEN, PaymentRow.EXPIRED, clock.instant()));
        return Optional.ofNullable(payment.declineMessage()).map(message -> NOT_FINISHED + " : " + message).orElse(NOT_FINISHED);
    }

    /** A card was declined on the Checkout page: kept to tell the shopper why, should they give up (they may try another card). */
    public void paymentFailed(String intentId) {
        Intent intent = gateway.retrieveIntent(intentId);
        Optional<Long> paymentId = paymentOf(intent);
        Optional<String> failure = intent.lastFailure();
        if (paymentId.isPresent() && failure.isPresent()) {
            jdbi.useExtension(PaymentDao.class, dao -> dao.declined(paymentId.get(), truncate(failure.get()), clock.instant()));
        }
    }

    /** A hold ended without a capture: cancelled by the plugin, or lapsed at Stripe. */
    public void intentCanceled(String intentId) {
        Intent intent = gateway.retrieveIntent(intentId);
        if (!intent.status().equals("canceled")) {
            return;
        }
        paymentOf(intent).ifPresent(paymentId -> jdbi.useExtension(PaymentDao.class, dao -> {
            if (dao.move(paymentId, PaymentRow.AUTHORISED, PaymentRow.CANCELLED, clock.instant()) == 1
                    && dao.parts(paymentId).stream().anyMatch(part -> part.toCapture() > 0)) {
                log.error("The card hold of payment {} lapsed before its accepted parts were captured: those shops will not be paid by card",
                        paymentId);
            }
        }));
    }

    /** The tender of an intent, from the metadata the plugin gave its session (the intent may not be recorded yet). */
    private static Optional<Long> paymentOf(Intent intent) {
        try {
            return Optional.ofNullable(intent.metadata().get("comptoir_payment")).map(Long::parseLong);
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
