package io.comptoir.engine.api.merchant;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The answer of the {@link MerchantActivationPolicy activation policies}: a shop may go live when
 * {@link #blockingItems()} is empty; otherwise each item says, for people, what is still missing.
 */
public record ActivationDecision(List<String> blockingItems) {
    private static final ActivationDecision ALLOWED = new ActivationDecision(List.of());

    public ActivationDecision {
        blockingItems = List.copyOf(requireNonNull(blockingItems, "blockingItems is null"));
    }

    public static ActivationDecision allowed() {
        return ALLOWED;
    }

    public static ActivationDecision blockedBy(List<String> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one blocking item");
        }
        return new ActivationDecision(items);
    }

    public boolean isAllowed() {
        return blockingItems.isEmpty();
    }

    /** Both must allow; the blocking items of both are kept. */
    public ActivationDecision and(ActivationDecision other) {
        if (other.isAllowed()) {
            return this;
        }
        if (isAllowed()) {
            return other;
        }
        List<String> all = new java.util.ArrayList<>(blockingItems);
        all.addAll(other.blockingItems);
        return new ActivationDecision(all);
    }
}
