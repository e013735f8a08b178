package io.comptoir.engine.api.stats;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Visits of the shoppers' site per day (days of the marketplace's time zone): one visit per visitor per day, the figure territories report
 * ("1 000 visits a day"). Visitors are known only by an opaque key (a random cookie), stored hashed.
 */
public interface SiteVisits {

    /** Counts a visit of this visitor today; repeated calls the same day count once. */
    void record(String visitorKey);

    /** Visits per day from {@code from} to {@code to} inclusive; days without visits are present with 0. */
    SortedMap<LocalDate, Long> perDay(LocalDate from, LocalDate to);
}
