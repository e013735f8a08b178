package io.comptoir.stripe.api;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;
import java.util.Optional;

/**
 * The shops' Stripe Connect accounts ({@code engine.service(StripeConnect.class)}). Each shop connects an Express account
 * through Stripe's hosted onboarding; Stripe's {@code account.updated} webhooks (and a refresh when the shop comes back
 * from Stripe) keep its state. The caller checks that the person works for the shop.
 */
public interface StripeConnect {

    /** Whether card payments through Stripe are configured (a secret key and a webhook secret). */
    boolean enabled();

    /**
     * The origins ({@code https://host[:port]}) of Stripe's pages the marketplace sends people to: Checkout for the shopper,
     * the Connect onboarding for a shop. A site that restricts where its forms may lead (a content security policy's
     * {@code form-action}) allows these; empty when card payments are not configured.
     */
    List<String> pageOrigins();

    Optional<ConnectedAccount> account(MerchantId merchant);

    /** Whether card payments can be taken for the shop now. */
    default boolean canReceivePayments(MerchantId merchant) {
        return account(merchant).filter(ConnectedAccount::canReceivePayments).isPresent();
    }

    /**
     * Creates the shop's Express account on first use (once, however often it is asked), then a fresh single-use link to
     * Stripe's onboarding for it.
     *
     * @param returnUrl where Stripe sends the shop when it leaves the onboarding (done or not)
     * @param refreshUrl where Stripe sends it when the link expired or was used: ask for a new link there
     * @throws ConflictException {@code stripe_not_configured} when Stripe is not configured, {@code stripe_unavailable} when
     *         Stripe refused or could not be reached (the shop may try again)
     */
    String onboardingLink(MerchantId merchant, String returnUrl, String refreshUrl);

    /**
     * Reads the account's state from Stripe again (when the shop comes back from the onboarding, before the webhook).
     *
     * @return empty when the shop has no account
     * @throws ConflictException {@code stripe_unavailable} when Stripe refused or could not be reached
     */
    Optional<ConnectedAccount> refresh(MerchantId merchant);
}
