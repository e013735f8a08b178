package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.error.EngineException;

/** A webhook that cannot be trusted or read (bad signature, stale timestamp, malformed body): nothing is applied. */
public final class WebhookRejectedException extends EngineException {
    private static final long serialVersionUID = 1L;

    public WebhookRejectedException(String message) {
        super("webhook_rejected", message);
    }
}
