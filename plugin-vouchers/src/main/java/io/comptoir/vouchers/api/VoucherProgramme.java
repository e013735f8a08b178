package io.comptoir.vouchers.api;

import io.comptoir.engine.api.error.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A voucher programme: the "Happy Kdo Booster" (12 € sold 10 €, the 2 € paid by the CAPSO and the CCPL from a budget),
 * or ordinary gift vouchers (face = price, valid 12 months). Its budget lives in the ledger: see
 * {@link Programmes#budget(long)}.
 *
 * @param denominations the denominations on sale, in display order
 */
public record VoucherProgramme(long id, String slug, String name, String description, Currency currency, LocalDate saleOpensOn,
                               Optional<LocalDate> saleClosesOn, Optional<LocalDate> spendUntil, OptionalInt validityMonths,
                               int creditValidityDays, List<Denomination> denominations, BuyerLimit buyerLimit,
                               Eligibility eligibility, List<FunderShare> funders, ExpiryRule expiryRule, Set<SalesChannel> channels,
                               Duration cancelWindow, SettlementPeriod settlementPeriod) {
    public VoucherProgramme {
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

    /**
     * When a voucher issued at that instant stops being spendable (exclusive): the end of its last day in the marketplace's
     * time zone ({@code PluginContext.zone()}).
     */
    public Instant expiresAt(Instant issuedAt, ZoneId zone) {
        Optional<Instant> byDeadline = spendUntil.map(day -> endOf(day, zone));
        Optional<Instant> byValidity = validityMonths.isPresent()
                ? Optional.of(endOf(LocalDate.ofInstant(issuedAt, zone).plusMonths(validityMonths.getAsInt()), zone))
                : Optional.empty();
        if (byDeadline.isPresent() && byValidity.isPresent()) {
            return byDeadline.get().isBefore(byValidity.get()) ? byDeadline.get() : byValidity.get();
        }
        return byDeadline.or(() -> byValidity).orElseThrow();
    }

    /** Whether vouchers may be sold at that instant, the programme's days being those of the marketplace's time zone. */
    public boolean onSaleAt(Instant now, ZoneId zone) {
        return !now.isBefore(saleOpensOn.atStartOfDay(zone).toInstant())
                && saleClosesOn.map(last -> now.isBefore(endOf(last, zone))).orElse(true)
                && spendUntil.map(last -> now.isBefore(endOf(last, zone))).orElse(true);
    }

    /** "Until that day" ends when the next day starts there. */
    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean sells(SalesChannel channel) {
        return channels.contains(channel);
    }

    public boolean subsidised() {
        return !funders.isEmpty();
    }

    /** @throws NotFoundException when the programme has no such denomination on sale */
    public Denomination denomination(long denominationId) {
        return denominations.stream().filter(d -> d.id() == denominationId).findFirst()
                .orElseThrow(() -> new NotFoundException("denomination_not_found", "no denomination " + denominationId + " on sale in " + name));
    }

    /** The funders' weights, in {@link #funders()} order, for {@code Money.allocate}. */
    public long[] funderWeights() {
        return funders.stream().mapToLong(FunderShare::weight).toArray();
    }
}
