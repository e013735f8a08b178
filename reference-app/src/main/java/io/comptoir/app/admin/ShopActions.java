package io.comptoir.app.admin;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.util.List;
import java.util.Locale;

/** The moves of a shop's life cycle the territory offers, with their words: approve, go live, suspend, reinstate. */
public final class ShopActions {

    private ShopActions() {
    }

    /** @param primary whether it is the move expected next (approve, go live) rather than a sanction */
    public record Action(String target, String label, boolean primary) {
    }

    public static List<Action> from(Page page, MerchantStatus status) {
        return status.next().stream().sorted().map(target -> new Action(target.name(), page.t(key(status, target)),
                target != MerchantStatus.SUSPENDED)).toList();
    }

    static String key(MerchantStatus from, MerchantStatus to) {
        return "bo.admin.shop.move." + from.name().toLowerCase(Locale.ROOT) + "." + to.name().toLowerCase(Locale.ROOT);
    }
}
