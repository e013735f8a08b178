package io.comptoir.engine.core.stats;

import io.comptoir.engine.api.stats.SiteVisits;
import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The {@link SiteVisits}: a visitor is written once per day; this node remembers the visitors it already wrote today
 * (bounded), so page views cost no database write after the first.
 */
@Singleton
public final class VisitCounter implements SiteVisits {
    private static final int REMEMBERED = 50_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final Set<String> written = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    @Inject
    public VisitCounter(Jdbi jdbi, Clock clock, ZoneId zone) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.zone = requireNonNull(zone, "zone is null");
    }

    @Override
    public void record(String visitorKey) {
        requireNonNull(visitorKey, "visitorKey is null");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String hash = Tokens.sha256(visitorKey);
        if (!written.add(today + "/" + hash)) {
            return;
        }
        try {
            jdbi.useExtension(VisitDao.class, dao -> dao.record(today, hash));
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                written.remove(today + "/" + hash);
                throw e;
            }
        }
    }

    @Override
    public SortedMap<LocalDate, Long> perDay(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from) || from.plusDays(3660).isBefore(to)) {
            throw new IllegalArgumentException("a period of at most ten years, from before to");
        }
        Map<LocalDate, Long> counted = jdbi.withExtension(VisitDao.class, dao -> dao.perDay(from, to));
        SortedMap<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, counted.getOrDefault(day, 0L));
        }
        return days;
    }
}
