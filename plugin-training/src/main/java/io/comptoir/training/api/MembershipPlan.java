package io.comptoir.training.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/** The territory's membership price per month, from a month on (until the next plan). */
public record MembershipPlan(Money monthlyPrice, YearMonth from, Instant createdAt) {
    public MembershipPlan {
        requireNonNull(monthlyPrice, "monthlyPrice is null");
        requireNonNull(from, "from is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}
