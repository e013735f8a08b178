package io.comptoir.app.shopping;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/payments/{provider}/webhook}: where payment processors confirm asynchronous authorisations. The
 * raw body and the headers go to the engine, which has the provider verify the signature: 200 once applied (or already
 * applied), 400 {@code webhook_rejected} for a signature or body it does not trust, 404 for an unknown provider or a
 * payment it does not know yet (processors retry later). No session, no CSRF token: the signature is the proof.
 */
public final class PaymentWebhooks {
    private final Payments payments;

    public PaymentWebhooks(Payments payments) {
        this.payments = requireNonNull(payments, "payments is null");
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/payments/{provider}/webhook", this::webhook, AccessRole.ANYONE);
    }

    private void webhook(Context ctx) {
        String provider = ctx.pathParam("provider");
        Map<String, String> headers = ctx.headerMap();
        payments.handleWebhook(provider, new WebhookRequest(headers, ctx.bodyAsBytes()));
        ctx.status(HttpStatus.OK).json(Map.of("received", true));
    }
}
