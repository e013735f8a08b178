package io.comptoir.stripe;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.checkout.CardPayments;
import io.comptoir.stripe.checkout.SessionOutcomes;
import io.comptoir.stripe.webhook.StripeWebhooks;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Card payments through Stripe Checkout (provider id {@code stripe}, no tender details: the card is typed on Stripe's page).
 * It can pay only the shops whose Stripe account is ready; {@link #approvalUrl} is the Checkout page the shopper is sent
 * to. See {@link CardPayments} for the money, {@link SessionOutcomes} for where a tender stands, and {@link StripeWebhooks}
 * for the webhooks.
 */
public final class StripeCardProvider implements PaymentProvider {
    public static final String ID = "stripe";
    /** The {@link PaymentRefusal} code of a shop whose Stripe account cannot receive money yet. */
    public static final String ACCOUNT_NOT_READY = "card_account_not_ready";

    private final CardPayments payments;
    private final SessionOutcomes sessions;
    private final StripeWebhooks webhooks;
    private final StripeConnect accounts;

    public StripeCardProvider(CardPayments payments, SessionOutcomes sessions, StripeWebhooks webhooks, StripeConnect accounts) {
        this.payments = requireNonNull(payments, "payments is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.webhooks = requireNonNull(webhooks, "webhooks is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Carte bancaire";
    }

    /** A shop whose Stripe account cannot receive money yet (onboarding not finished, transfers not active) cannot be paid by card. */
    @Override
    public Optional<PaymentRefusal> refusal(MerchantId merchant) {
        return accounts.canReceivePayments(merchant) ? Optional.empty() : Optional.of(new PaymentRefusal(ACCOUNT_NOT_READY,
                "la boutique ne peut pas encore être payée par carte : son compte Stripe n’est pas prêt à recevoir des paiements"));
    }

    @Override
    public ProviderResult authorise(Authorisation request) {
        return payments.authorise(request);
    }

    @Override
    public Optional<String> approvalUrl(Payment payment) {
        return payments.approvalUrl(payment);
    }

    @Override
    public ProviderResult capture(PaymentOperation operation) {
        return payments.capture(operation);
    }

    @Override
    public ProviderResult release(PaymentOperation operation) {
        return payments.release(operation);
    }

    @Override
    public ProviderResult refund(PaymentOperation operation) {
        return payments.refund(operation);
    }

    @Override
    public AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        return sessions.status(query);
    }

    @Override
    public Optional<WebhookNotification> verifyWebhook(WebhookRequest request) {
        return webhooks.handle(request);
    }
}
