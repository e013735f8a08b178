package io.comptoir.engine.core;

/**
 * The payment providers the engine itself offers, which an embedding application chooses with
 * {@link EngineBuilder#builtInPaymentProviders}. Others come from plugins
 * ({@link io.comptoir.engine.api.plugin.PluginContext#registerPaymentProvider}).
 */
public enum BuiltInPaymentProvider {
    /** {@code pay-at-pickup}: the shopper pays the shop at collection; the shop marks it paid. Chosen by default. */
    PAY_AT_PICKUP("pay-at-pickup"),
    /**
     * {@code sandbox-card}: a simulated card processor for demos and tests, which answers by signed webhooks like a real
     * one (test cards: 4242 4242 4242 4242 accepted, 4000 0000 0000 0002 declined…). Never for real money. Its settings
     * are the {@code sandbox-card.*} properties; it runs a small pool of "bank" threads.
     */
    SANDBOX_CARD("sandbox-card");

    private final String id;

    BuiltInPaymentProvider(String id) {
        this.id = id;
    }

    /** Its {@link io.comptoir.engine.api.payment.PaymentProvider#id()}. */
    public String id() {
        return id;
    }
}
