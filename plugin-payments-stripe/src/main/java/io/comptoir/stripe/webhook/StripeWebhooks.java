package io.comptoir.stripe.webhook;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.HasId;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.engine.api.payment.WebhookRejectedException;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.stripe.checkout.SessionOutcomes;
import io.comptoir.stripe.connect.ConnectService;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Stripe's webhooks, verified with the SDK ({@code Stripe-Signature}: an HMAC-SHA256 of the timestamp and the raw body with
 * the endpoint's secret, refused when it does not match any configured secret or is older than the tolerance). Checkout
 * events settle the engine's pending tender (the engine applies each event id once); the others are the plugin's own and
 * are applied once per event id here. Every event makes the plugin read the object from Stripe again, so that the order in
 * which events arrive does not matter. A failure to reach Stripe throws: nothing is recorded, and Stripe sends the event
 * again.
 */
public final class StripeWebhooks {
    private final Jdbi jdbi;
    private final Clock clock;
    private final List<String> secrets;
    private final Duration tolerance;
    private final SessionOutcomes sessions;
    private final ConnectService accounts;

    public StripeWebhooks(Jdbi jdbi, Clock clock, List<String> secrets, Duration tolerance, SessionOutcomes sessions, ConnectService accounts) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.secrets = List.copyOf(requireNonNull(secrets, "secrets is null"));
        this.tolerance = requireNonNull(tolerance, "tolerance is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("no webhook secret");
        }
    }

    public Optional<WebhookNotification> handle(WebhookRequest request) {
        Event event = verify(request);
        return switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.expired",
                 "checkout.session.async_payment_failed" -> sessions.sessionChanged(event.getId(), objectId(event));
            case "payment_intent.payment_failed" -> once(event, () -> sessions.paymentFailed(objectId(event)));
            case "payment_intent.canceled" -> once(event, () -> sessions.intentCanceled(objectId(event)));
            case "account.updated" -> once(event, () -> accounts.updated(objectId(event)));
            default -> Optional.empty();
        };
    }

    private Event verify(WebhookRequest request) {
        String signature = request.header("Stripe-Signature")
                .orElseThrow(() -> new WebhookRejectedException("no Stripe-Signature header"));
        String payload = new String(request.body(), StandardCharsets.UTF_8);
        SignatureVerificationException last = null;
        for (String secret : secrets) {
            try {
                return Webhook.constructEvent(payload, signature, secret, tolerance.toSeconds(), clock);
            }
            catch (SignatureVerificationException e) {
                last = e;
            }
            catch (RuntimeException e) {
                throw new WebhookRejectedException("not a Stripe event: " + e.getClass().getSimpleName());
            }
        }
        throw new WebhookRejectedException("Stripe signature refused: " + last.getMessage());
    }

    private static String objectId(Event event) {
        StripeObject object;
        try {
            // the plugin reads the object again from Stripe: the event's copy may come from another API version
            object = event.getDataObjectDeserializer().deserializeUnsafe();
        }
        catch (EventDataObjectDeserializationException | RuntimeException e) {
            throw new WebhookRejectedException("unreadable event " + event.getId());
        }
        if (!(object instanceof HasId withId) || withId.getId() == null) {
            throw new WebhookRejectedException("event " + event.getId() + " names no object");
        }
        return withId.getId();
    }

    private Optional<WebhookNotification> once(Event event, Runnable action) {
        if (jdbi.withExtension(EventDao.class, dao -> dao.seen(event.getId())) > 0) {
            return Optional.empty();
        }
        action.run();
        try {
            jdbi.useExtension(EventDao.class, dao -> dao.insert(event.getId(), event.getType(), clock.instant()));
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        return Optional.empty();
    }
}
