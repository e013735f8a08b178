package io.comptoir.stripe.api;

import io.comptoir.engine.api.merchant.MerchantId;

import java.time.LocalDate;
import java.util.List;

/**
 * The card payments' reports ({@code engine.service(StripeReports.class)}): the territory's by shop, each shop's parts, the
 * movements with their Stripe ids, and CSV exports for the accountant (French conventions: {@code ;}, decimal commas,
 * UTF-8, local times of the marketplace's zone). Periods are days of that zone, both included, at most 366 days. The caller checks who
 * may read them.
 */
public interface StripeReports {

    TerritoryReport territory(LocalDate from, LocalDate to);

    /** Every shop's totals over all time (what a shop's back-office shows). */
    ShopTotals shop(MerchantId merchant);

    /** The shop's card shares, newest first. */
    List<CardPart> partsOf(MerchantId merchant, int offset, int limit);

    List<Movement> movements(LocalDate from, LocalDate to);

    /** The territory report as CSV: one line per shop, then the total. */
    void writeTerritoryCsv(LocalDate from, LocalDate to, Appendable out);

    /** The movements as CSV, one line per Stripe object, for matching with Stripe's balance transactions. */
    void writeMovementsCsv(LocalDate from, LocalDate to, Appendable out);
}
