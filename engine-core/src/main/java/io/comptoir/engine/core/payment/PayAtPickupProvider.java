package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.ProviderResult;

/**
 * Payment at the shop, at collection: nothing is held online. The order is placed at once; the shop takes the money
 * when the shopper comes and marks the order paid, which is when this tender is captured.
 */
public final class PayAtPickupProvider implements PaymentProvider {
    public static final String ID = "pay-at-pickup";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Paiement au retrait";
    }

    @Override
    public boolean capturesOnAcceptance() {
        return false;
    }

    @Override
    public ProviderResult authorise(Authorisation request) {
        return ProviderResult.approved(reference(request.payment()));
    }

    private static String reference(PaymentId payment) {
        return "pap-" + payment.value();
    }

    /** Nothing is held and the authorisation is always granted: what it would have answered, it answers now. */
    @Override
    public AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        return AuthorisationStatus.of(AuthorisationStatus.State.AUTHORISED, reference(query.payment()));
    }

    @Override
    public ProviderResult capture(PaymentOperation operation) {
        return ProviderResult.approved(operation.providerReference());
    }

    @Override
    public ProviderResult release(PaymentOperation operation) {
        return ProviderResult.approved(operation.providerReference());
    }

    @Override
    public ProviderResult refund(PaymentOperation operation) {
        return ProviderResult.approved(operation.providerReference());
    }
}
