package io.comptoir.stripe.api;

import io.comptoir.engine.api.money.Money;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The territory's card payments over a period (days of the marketplace's time zone, both included), shop by shop.
 *
 * <p>It balances: over all time, for each shop and in total, captured − refunded = commission + transferred + owed. The
 * captured total is the sum of the charges Stripe captured in the period, the refunded total that of its refunds, the
 * transferred total that of its transfers less reversals: each line of {@link StripeReports#movements} names the Stripe
 * object (ch_, re_, tr_, trr_) that is the source of one balance transaction.
 *
 * @param charges the charges captured in the period (one per card tender)
 * @param stripeFees Stripe's fees on those charges, as their balance transactions gave them (paid by the territory)
 */
public record TerritoryReport(LocalDate from, LocalDate to, List<ShopTotals> shops, CardTotals total, int charges, Money stripeFees) {
    public TerritoryReport {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        shops = List.copyOf(requireNonNull(shops, "shops is null"));
        requireNonNull(total, "total is null");
        requireNonNull(stripeFees, "stripeFees is null");
    }
}
