package io.comptoir.engine.core.privacy;

import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static java.util.Objects.requireNonNull;

/**
 * The end of the retention period ({@link RetentionSettings}): the orders older than it lose their personal fields as an
 * erasure replaces them (the shopper's name and e-mail, the delivery address, the notes of their moves; amounts, lines,
 * dates and the commune stay), the mails older than it go, and each plugin's {@link PersonalData} anonymises its own
 * records past it. The engine runs it as the periodic job {@value PersonalDataRights#RETENTION_JOB}.
 *
 * <p>It works in batches, one transaction each, and is idempotent: an order is picked only while it holds personal data,
 * and is marked when anonymised. Batches are locked with {@code FOR UPDATE SKIP LOCKED}, so two nodes running it at once
 * (a lease that ran out mid-run) take different orders instead of the same ones or of waiting on each other. A run stops
 * after {@link #BUDGET}, so that the node's other jobs are not held up behind a backlog; the next run goes on.
 */
@Singleton
public final class RetentionPurge {
    public static final Duration PERIOD = Duration.ofHours(1);
    static final Duration BUDGET = Duration.ofSeconds(30);
    private static final String ORDERS = "orders";
    private static final String MAILS = "mails";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /**
     * What one run anonymised.
     *
     * @param cutoff the start of the retention period: records dated before it were past it
     * @param counts records anonymised (mails deleted) per part: {@code orders}, {@code mails}, then each plugin's section
     */
    public record Outcome(Instant cutoff, Map<String, Integer> counts) {
        public Outcome {
            requireNonNull(cutoff, "cutoff is null");
            counts = Map.copyOf(counts);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final RetentionSettings settings;
    private final PersonalDataSections sections;

    @Inject
    public RetentionPurge(Jdbi jdbi, Clock clock, RetentionSettings settings, PersonalDataSections sections) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.sections = requireNonNull(sections, "sections is null");
    }

    /** Anonymises, now, what is past the retention period, for {@link #BUDGET} at most. */
    public Outcome runOnce() {
        Instant cutoff = settings.cutoff(clock.instant());
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(ORDERS, drain(deadline, handle -> orders(handle, cutoff)));
        counts.put(MAILS, drain(deadline, handle -> mails(handle, cutoff)));
        for (PersonalData section : sections.all()) {
            counts.put(section.section(), drain(deadline, handle -> PrivacyService.call(
                    () -> section.anonymiseBefore(cutoff, settings.batch(), handle.getConnection()), section)));
        }
        Outcome outcome = new Outcome(cutoff, counts);
        if (outcome.total() > 0) {
            log.info("Past the {}-year retention period (before {}): personal data removed from {}", settings.period().getYears(),
                    cutoff, counts);
        }
        return outcome;
    }

    /** Batches until one comes back short (nothing left, or the rest held by another node) or the time is up. */
    private int drain(long deadline, ToIntFunction<Handle> batch) {
        int total = 0;
        while (true) {
            int done = jdbi.inTransaction(batch::applyAsInt);
            total += done;
            if (done < settings.batch() || System.nanoTime() - deadline > 0) {
                return total;
            }
        }
    }

    private int orders(Handle handle, Instant cutoff) {
        PrivacyDao dao = Daos.of(handle, PrivacyDao.class);
        List<Long> ids = dao.lockOrdersBefore(cutoff, settings.batch());
        if (ids.isEmpty()) {
            return 0;
        }
        int anonymised = dao.anonymiseOrdersWithIds(ids, PersonalDataRights.ERASED_NAME, PersonalDataRights.ERASED_DOMAIN, clock.instant());
        dao.anonymiseDeliveriesOf(ids, PersonalDataRights.ERASED_NAME, PrivacyService.ERASED_STREET);
        dao.clearNotesOf(ids);
        return anonymised;
    }

    private int mails(Handle handle, Instant cutoff) {
        PrivacyDao dao = Daos.of(handle, PrivacyDao.class);
        List<Long> ids = dao.lockMailsBefore(cutoff, settings.batch());
        return ids.isEmpty() ? 0 : dao.deleteMails(ids);
    }
}
