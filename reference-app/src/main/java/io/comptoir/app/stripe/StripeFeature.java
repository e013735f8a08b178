package io.comptoir.app.stripe;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.stripe.api.StripeConnect;
import io.javalin.config.RoutesConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Card payments through Stripe Connect on the web ({@code plugin-payments-stripe}): a shop connects its Stripe Express
 * account and follows its card payments ({@code /espace-commercant/{merchantId}/paiements-carte}), the territory reads
 * what was captured, transferred, refunded and kept as commission per shop, with CSV for its accountant
 * ({@code /admin/paiements-carte}). The checkout offers the card through the engine ({@code PaymentProvider.refusal},
 * {@code approvalUrl}); Stripe's webhooks arrive on the engine's {@code /api/v1/payments/stripe/webhook}. Runs when
 * {@code STRIPE_SECRET_KEY} and {@code STRIPE_WEBHOOK_SECRET} are set.
 */
public final class StripeFeature implements WebFeature {

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Optional<String> plugin() {
        return Optional.of("stripe");
    }

    @Override
    public boolean runsOn(Marketplace marketplace) {
        return marketplace.plugin(StripeConnect.class).filter(StripeConnect::enabled).isPresent();
    }

    @Override
    public List<NavEntry> navigation(Marketplace marketplace) {
        return CardPaths.navigation();
    }

    /** The checkout's form leads to Stripe Checkout, the shop's "connect" form to Stripe's onboarding. */
    @Override
    public List<String> formTargets(Marketplace marketplace) {
        return marketplace.requirePlugin(StripeConnect.class).pageOrigins();
    }

    /** Stripe Checkout sends the shopper back to their order's page, which waits for the webhook. */
    @Override
    public Map<String, String> engineProperties(String siteAddress) {
        return Map.of("stripe.return-url", siteAddress + "/commandes/{order}");
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        Marketplace marketplace = context.marketplace();
        new ShopCardPages(marketplace, context.pages(), context.backOffices()).register(routes);
        new TerritoryCardReport(marketplace, context.pages(), context.backOffices()).register(routes);
    }
}
