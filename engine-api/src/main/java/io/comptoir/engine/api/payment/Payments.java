package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.order.CustomerOrderId;

import java.util.List;
import java.util.Optional;

/** The payment side of orders: providers, webhooks, and the audit trail. */
public interface Payments {

    /** The providers shoppers may use, in registration order. */
    List<PaymentProvider> providers();

    /**
     * Applies a provider's webhook: verifies it, then settles the pending authorisation it names (completing or failing
     * the order). A notification already applied is acknowledged and ignored.
     *
     * @throws NotFoundException for an unknown provider
     * @throws WebhookRejectedException when the provider does not trust it
     */
    void handleWebhook(String provider, WebhookRequest request);

    List<Payment> paymentsOf(CustomerOrderId order);

    /** One tender, by id (a provider checking that an authorisation it holds still has its payment). */
    Optional<Payment> payment(PaymentId payment);

    List<PaymentTransaction> transactionsOf(PaymentId payment);
}
