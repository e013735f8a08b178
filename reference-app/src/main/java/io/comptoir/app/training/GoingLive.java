package io.comptoir.app.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantStatus;

import static java.util.Objects.requireNonNull;

/**
 * A shop in onboarding asks to go live: the engine's activation policies (the training plugin's checklist) decide, and
 * refuse with the blocking items. Staff may only take their shop from onboarding to live; reinstating a suspended shop
 * is the territory's decision.
 */
final class GoingLive {
    private final MerchantDirectory merchants;

    GoingLive(MerchantDirectory merchants) {
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    /**
     * @throws ConflictException {@code not_onboarding} when the shop is not in onboarding; {@code activation_refused}
     *         with the blocking items as details
     */
    Merchant goLive(Merchant shop, Actor actor) {
        if (shop.status() != MerchantStatus.ONBOARDING) {
            throw new ConflictException("not_onboarding", "only a shop in onboarding goes live this way; it is " + shop.status());
        }
        return merchants.changeStatus(shop.id(), MerchantStatus.LIVE, actor);
    }
}
