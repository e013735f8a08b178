package io.comptoir.engine.api.merchant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a shop stands in its life on the marketplace. Only {@link #LIVE} shops are visible to shoppers.
 *
 * <pre>
 * APPLICANT ──approve──▶ ONBOARDING ──go live*──▶ LIVE ──suspend──▶ SUSPENDED
 *                              ▲                    ▲                  │
 *                              └──── back to onboarding ◀──────────────┤
 *                                                   └──── reinstate* ──┘
 * </pre>
 * Transitions marked * are allowed only when every {@link MerchantActivationPolicy} agrees.
 */
public enum MerchantStatus {
    /** Has applied; not yet approved by the territory. */
    APPLICANT,
    /** Approved; completing its onboarding (profile, products, training). */
    ONBOARDING,
    /** Selling: its products are visible to shoppers. */
    LIVE,
    /** Taken off the marketplace by the territory; its data is kept. */
    SUSPENDED;

    /** The statuses this one may move to. */
    public Set<MerchantStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(ONBOARDING);
            case ONBOARDING -> EnumSet.of(LIVE);
            case LIVE -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(LIVE, ONBOARDING);
        };
    }

    public boolean canMoveTo(MerchantStatus target) {
        return next().contains(target);
    }

    /** Whether moving into this status must be approved by the activation policies. */
    public boolean requiresActivation() {
        return this == LIVE;
    }
}
