package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CustomerOrderId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The payment side of orders: providers, the ways to pay each shop accepts, webhooks, and the audit trail.
 *
 * <p>The marketplace's ways to pay are its {@link #providers()}. A shop accepts every one of them until its staff refuse some
 * ({@link #acceptPaymentMethods}); a provider may itself decline a shop ({@link PaymentProvider#refusal}). Both make the one
 * answer to "which shops refuse this way to pay, and why" ({@link #paymentOptions}), which the checkout keeps to: a tender
 * never pays a shop that refuses its way to pay.
 */
public interface Payments {

    /** The providers shoppers may use, in registration order. */
    List<PaymentProvider> providers();

    /**
     * Each way to pay of the marketplace as the shop takes it: whether its staff accept it, and whether the provider declines
     * the shop. In the order of {@link #providers()}.
     *
     * @throws NotFoundException for an unknown shop
     */
    List<ShopPaymentMethod> paymentMethodsOf(MerchantId merchant);

    /**
     * Sets the ways to pay a shop accepts (provider ids); it refuses the others the marketplace runs. A way to pay added to the
     * marketplace later is accepted until refused. Recorded with the actor as a {@code merchant.payment_methods_changed} event.
     *
     * @return the shop's ways to pay as they now stand
     * @throws InvalidInputException {@code invalid_methods} (field {@code methods}) for an id that is not a way to pay of the
     *         marketplace, {@code no_payment_method} (field {@code methods}) when none is accepted: a shop cannot refuse every
     *         way to pay
     * @throws NotFoundException for an unknown shop
     */
    List<ShopPaymentMethod> acceptPaymentMethods(MerchantId merchant, Set<String> methods, Actor actor);

    /**
     * Each way to pay of the marketplace, with the shops among {@code shops} it cannot pay and why: the shop refused it
     * ({@link PaymentRefusal#REFUSED_BY_SHOP}) or its provider declines the shop ({@link PaymentProvider#refusal}). In the
     * order of {@link #providers()}; refusals in the order of {@code shops}.
     */
    List<PaymentOption> paymentOptions(List<MerchantId> shops);

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
