package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A programme's figures for the territory admin's dashboard.
 *
 * @param subsidyConsumed top-up actually spent at shops (net of refunds): what the funders pay
 * @param faceSold face value of the vouchers sold (net of cancellations)
 * @param redeemed spent at shops, net of refunds: the turnover the programme brought the shops
 * @param outstanding value still on vouchers and online holds (the liability)
 * @param breakage unspent value kept at expiry
 * @param leverage turnover at shops per unit of subsidy consumed ({@code redeemed / subsidyConsumed}), empty without subsidy
 * @param potentialLeverage face value sold per unit of subsidy committed (the article's "100 000 € → 600 000 €": 6)
 */
public record ProgrammeDashboard(long programmeId, String programmeName, BudgetStatus budget, Money subsidyConsumed, long vouchersSold,
                                 Money faceSold, Money buyerMoney, Money redeemed, Money outstanding, Money breakage,
                                 Optional<BigDecimal> leverage, Optional<BigDecimal> potentialLeverage, List<DailySales> salesPerDay,
                                 List<Tally> salesPerPointOfSale, List<Tally> redeemedPerShop, List<Tally> redeemedPerCategory,
                                 List<Tally> redeemedPerCommune) {
    public ProgrammeDashboard {
        requireNonNull(programmeName, "programmeName is null");
        requireNonNull(budget, "budget is null");
        requireNonNull(subsidyConsumed, "subsidyConsumed is null");
        requireNonNull(faceSold, "faceSold is null");
        requireNonNull(buyerMoney, "buyerMoney is null");
        requireNonNull(redeemed, "redeemed is null");
        requireNonNull(outstanding, "outstanding is null");
        requireNonNull(breakage, "breakage is null");
        requireNonNull(leverage, "leverage is null");
        requireNonNull(potentialLeverage, "potentialLeverage is null");
        salesPerDay = List.copyOf(salesPerDay);
        salesPerPointOfSale = List.copyOf(salesPerPointOfSale);
        redeemedPerShop = List.copyOf(redeemedPerShop);
        redeemedPerCategory = List.copyOf(redeemedPerCategory);
        redeemedPerCommune = List.copyOf(redeemedPerCommune);
    }
}
