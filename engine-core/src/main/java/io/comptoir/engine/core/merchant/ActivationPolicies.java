package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.merchant.ActivationDecision;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/** Every registered {@link MerchantActivationPolicy}; a merchant may go live only when all of them allow it. */
public final class ActivationPolicies {
    private final List<MerchantActivationPolicy> policies = new CopyOnWriteArrayList<>();

    public void register(MerchantActivationPolicy policy) {
        policies.add(requireNonNull(policy, "policy is null"));
    }

    public ActivationDecision evaluate(Merchant merchant) {
        ActivationDecision decision = ActivationDecision.allowed();
        for (MerchantActivationPolicy policy : policies) {
            decision = decision.and(policy.evaluate(merchant));
        }
        return decision;
    }
}
