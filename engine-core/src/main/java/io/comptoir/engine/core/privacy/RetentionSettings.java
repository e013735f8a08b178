package io.comptoir.engine.core.privacy;

import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.core.support.ConfigValues;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * How long personal data stays on the records the books keep, read from the engine's properties; every one is optional:
 * <ul>
 *   <li>{@code privacy.retention-years} (default {@value PersonalDataRights#DEFAULT_RETENTION_YEARS},
 *       {@value PersonalDataRights#MIN_RETENTION_YEARS} to {@value PersonalDataRights#MAX_RETENTION_YEARS}): the period;</li>
 *   <li>{@code privacy.time-zone} (default: the marketplace's zone, {@code EngineBuilder.zone}): the zone in which a
 *       record's date and today's are read;</li>
 *   <li>{@code privacy.retention-batch} (default 500, 1 to 10000): how many records one transaction of the retention job
 *       anonymises.</li>
 * </ul>
 */
public record RetentionSettings(Period period, ZoneId zone, int batch) {
    static final String PREFIX = "privacy.";

    public RetentionSettings {
        requireNonNull(period, "period is null");
        requireNonNull(zone, "zone is null");
        if (batch < 1 || batch > 10_000) {
            throw new IllegalArgumentException(PREFIX + "retention-batch must be between 1 and 10000");
        }
    }

    /** @param marketZone the marketplace's time zone, the default of {@code privacy.time-zone} */
    public static RetentionSettings from(Map<String, String> properties, ZoneId marketZone) {
        requireNonNull(marketZone, "marketZone is null");
        int years = ConfigValues.integer(properties, PREFIX + "retention-years", PersonalDataRights.DEFAULT_RETENTION_YEARS);
        if (years < PersonalDataRights.MIN_RETENTION_YEARS || years > PersonalDataRights.MAX_RETENTION_YEARS) {
            throw new IllegalArgumentException(PREFIX + "retention-years must be between " + PersonalDataRights.MIN_RETENTION_YEARS
                    + " and " + PersonalDataRights.MAX_RETENTION_YEARS + ", got " + years);
        }
        String zone = properties.getOrDefault(PREFIX + "time-zone", marketZone.getId()).strip();
        try {
            return new RetentionSettings(Period.ofYears(years), ZoneId.of(zone),
                    ConfigValues.integer(properties, PREFIX + "retention-batch", 500));
        }
        catch (DateTimeException e) {
            throw new IllegalArgumentException(PREFIX + "time-zone is not a time zone (e.g. Europe/Paris): " + zone, e);
        }
    }

    /**
     * The first instant still within the period: the start, in the territory's zone, of today's date the period ago. A
     * record dated before it is past the period: kept every day up to its date's anniversary, anonymised from the next.
     */
    public Instant cutoff(Instant now) {
        return now.atZone(zone).toLocalDate().minus(period).atStartOfDay(zone).toInstant();
    }
}
