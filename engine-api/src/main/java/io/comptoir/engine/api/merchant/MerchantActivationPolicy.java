package io.comptoir.engine.api.merchant;

/**
 * SPI: may a merchant go {@link MerchantStatus#LIVE live}? The engine asks every registered policy before it
 * lets a shop become visible to shoppers, and refuses while any of them names a blocking item. With no policy
 * registered every shop may go live.
 *
 * <p>The training plugin implements it with the onboarding checklist (profile complete, products published,
 * training done, charter accepted).
 */
public interface MerchantActivationPolicy {

    /** Evaluates the merchant as it is now. Must not change anything. */
    ActivationDecision evaluate(Merchant merchant);
}
