package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures a territory reports about its marketplace, read live: shops live and in onboarding (and applicants,
 * suspended), customer accounts, products online, and visits per day over the last {@link #DAYS} days.
 *
 * @param shops shops in each status
 * @param shoppers active customer accounts (holding the shopper role only, not the accounts opened for a job)
 * @param visits visits per day, oldest first, today last
 */
public record TerritoryDashboard(Map<MerchantStatus, Integer> shops, int shoppers, int visibleProducts,
                                 SortedMap<LocalDate, Long> visits, LocalDate today) {
    public static final int DAYS = 30;

    public TerritoryDashboard {
        shops = Map.copyOf(shops);
        visits = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(visits));
    }

    public static TerritoryDashboard of(Marketplace marketplace) {
        LocalDate today = marketplace.today();
        return new TerritoryDashboard(marketplace.merchants().countByStatus(),
                marketplace.accounts().countCustomers(),
                marketplace.catalogue().countVisibleProducts(),
                marketplace.visits().perDay(today.minusDays(DAYS - 1), today), today);
    }

    public int shopsIn(MerchantStatus status) {
        return shops.getOrDefault(status, 0);
    }

    public long totalVisits() {
        return visits.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Visits per day over the period, rounded. */
    public long averageVisits() {
        return visits.isEmpty() ? 0 : Math.round((double) totalVisits() / visits.size());
    }

    public long visitsToday() {
        return visits.getOrDefault(today, 0L);
    }
}
