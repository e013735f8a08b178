package io.comptoir.training.membership;

import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.MembershipPlan;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.Waiver;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The membership rule, without the database:
 * <ol>
 *   <li>no plan in force for the month (the latest plan starting that month or before): {@link MembershipState#NO_PLAN};</li>
 *   <li>the shop was not live on any day of the month (in the marketplace's time zone): {@link MembershipState#NOT_LIVE} — shops in
 *       training pay nothing; a shop live before the plugin followed it, with no period recorded, counts as live if it is
 *       live now;</li>
 *   <li>a waiver covers at least one day of the month: {@link MembershipState#WAIVED};</li>
 *   <li>otherwise the whole monthly price is {@link MembershipState#DUE} (no proration).</li>
 * </ol>
 */
final class MembershipCalculator {
    private MembershipCalculator() {
    }

    public static MembershipStatus status(Merchant shop, YearMonth month, List<MembershipPlan> plans, List<Waiver> waivers,
                                          List<LivePeriod> periods, MarketCalendar calendar) {
        Optional<MembershipPlan> plan = plans.stream().filter(candidate -> !candidate.from().isAfter(month))
                .max(Comparator.comparing(MembershipPlan::from));
        if (plan.isEmpty()) {
            return new MembershipStatus(shop.id(), shop.name(), month, MembershipState.NO_PLAN, Money.zero(Money.EUR), Optional.empty(),
                    Optional.empty());
        }
        Money price = plan.get().monthlyPrice();
        Money zero = Money.zero(price.currency());
        if (!liveDuring(shop, month, periods, calendar)) {
            return new MembershipStatus(shop.id(), shop.name(), month, MembershipState.NOT_LIVE, zero, Optional.of(price), Optional.empty());
        }
        Optional<Waiver> waiver = waivers.stream().filter(candidate -> candidate.covers(shop.id(), month))
                .max(Comparator.comparing(Waiver::until));
        if (waiver.isPresent()) {
            return new MembershipStatus(shop.id(), shop.name(), month, MembershipState.WAIVED, zero, Optional.of(price), waiver);
        }
        return new MembershipStatus(shop.id(), shop.name(), month, MembershipState.DUE, price, Optional.of(price), Optional.empty());
    }

    private static boolean liveDuring(Merchant shop, YearMonth month, List<LivePeriod> periods, MarketCalendar calendar) {
        if (periods.isEmpty()) {
            return shop.status() == MerchantStatus.LIVE;
        }
        Instant start = calendar.startOf(month.atDay(1));
        Instant end = calendar.startOf(month.plusMonths(1).atDay(1));
        return periods.stream().anyMatch(period -> period.overlaps(start, end));
    }
}
