package io.comptoir.training.api;

import io.comptoir.engine.api.money.Money;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Every shop's membership for a month, for the admin reports. */
public record MembershipStatement(YearMonth month, List<MembershipStatus> shops, Money totalDue, Map<MembershipState, Integer> counts) {
    public MembershipStatement {
        requireNonNull(month, "month is null");
        shops = List.copyOf(requireNonNull(shops, "shops is null"));
        requireNonNull(totalDue, "totalDue is null");
        counts = Map.copyOf(requireNonNull(counts, "counts is null"));
    }
}
