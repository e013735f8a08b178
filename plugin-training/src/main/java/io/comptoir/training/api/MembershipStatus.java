package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.YearMonth;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shop's membership for a month.
 *
 * @param amountDue zero unless {@link MembershipState#DUE}
 * @param monthlyPrice the plan's price that month, if there is a plan
 * @param waiver the waiver in force that month, when {@link MembershipState#WAIVED} (the one ending last)
 */
public record MembershipStatus(MerchantId shop, String shopName, YearMonth month, MembershipState state, Money amountDue,
                               Optional<Money> monthlyPrice, Optional<Waiver> waiver) {
    public MembershipStatus {
        requireNonNull(shop, "shop is null");
        requireNonNull(shopName, "shopName is null");
        requireNonNull(month, "month is null");
        requireNonNull(state, "state is null");
        requireNonNull(amountDue, "amountDue is null");
        requireNonNull(monthlyPrice, "monthlyPrice is null");
        requireNonNull(waiver, "waiver is null");
    }
}
