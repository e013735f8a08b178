package io.comptoir.vouchers.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A voucher programme as a territory admin configures it. Dates are days of the marketplace's calendar (the territory's time zone), inclusive.
 *
 * @param slug stable URL name, e.g. {@code happy-kdo-booster}
 * @param saleClosesOn last day of sale; empty: sold until further notice
 * @param spendUntil last day vouchers can be spent (until the end of that day in the marketplace's zone)
 * @param validityMonths or/and: a voucher is valid this many months from the day it is issued, the same day included
 *        (when both are set, the earlier end wins)
 * @param creditValidityDays how long a credit voucher (issued for a refund to an expired voucher) is valid at least
 * @param cancelWindow how long after a sale at a point of sale the operator may still cancel it
 */
public record ProgrammeDraft(String slug, String name, String description, Currency currency, LocalDate saleOpensOn,
                             Optional<LocalDate> saleClosesOn, Optional<LocalDate> spendUntil, OptionalInt validityMonths,
                             int creditValidityDays, List<DenominationDraft> denominations, BuyerLimit buyerLimit,
                             Eligibility eligibility, List<FunderShare> funders, ExpiryRule expiryRule, Set<SalesChannel> channels,
                             Duration cancelWindow, SettlementPeriod settlementPeriod) {
    public static final Duration DEFAULT_CANCEL_WINDOW = Duration.ofMinutes(15);
    public static final int DEFAULT_CREDIT_VALIDITY_DAYS = 90;

    public ProgrammeDraft {
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(saleOpensOn, "saleOpensOn is null");
        requireNonNull(saleClosesOn, "saleClosesOn is null");
        requireNonNull(spendUntil, "spendUntil is null");
        requireNonNull(validityMonths, "validityMonths is null");
        denominations = List.copyOf(requireNonNull(denominations, "denominations is null"));
        requireNonNull(buyerLimit, "buyerLimit is null");
        requireNonNull(eligibility, "eligibility is null");
        funders = List.copyOf(requireNonNull(funders, "funders is null"));
        requireNonNull(expiryRule, "expiryRule is null");
        channels = Set.copyOf(requireNonNull(channels, "channels is null"));
        requireNonNull(cancelWindow, "cancelWindow is null");
        requireNonNull(settlementPeriod, "settlementPeriod is null");
    }
}
