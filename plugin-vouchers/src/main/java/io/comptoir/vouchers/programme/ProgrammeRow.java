package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import java.time.LocalDate;

/** A stored programme, without its denominations, funders and eligibility lists. */
public record ProgrammeRow(long id, String slug, String name, String description, String currency,
                           @ColumnName("sale_opens_on") LocalDate saleOpensOn, @ColumnName("sale_closes_on") LocalDate saleClosesOn,
                           @ColumnName("spend_until") LocalDate spendUntil, @ColumnName("validity_months") Integer validityMonths,
                           @ColumnName("credit_validity_days") int creditValidityDays,
                           @ColumnName("per_sale_max_vouchers") Integer perSaleMaxVouchers,
                           @ColumnName("per_buyer_max_vouchers") Integer perBuyerMaxVouchers,
                           @ColumnName("per_buyer_max_amount") Long perBuyerMaxAmount,
                           @ColumnName("all_live_shops") boolean allLiveShops, @ColumnName("expiry_rule") String expiryRule,
                           @ColumnName("sold_at_points_of_sale") boolean soldAtPointsOfSale, @ColumnName("sold_online") boolean soldOnline,
                           @ColumnName("cancel_window_seconds") int cancelWindowSeconds,
                           @ColumnName("settlement_period") String settlementPeriod,
                           @ColumnName("subsidy_budget") long subsidyBudget) {
}
