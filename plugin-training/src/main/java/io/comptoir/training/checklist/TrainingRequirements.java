package io.comptoir.training.checklist;

import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OnboardingRequirements;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.CharterAcceptance;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.RequiredModule;
import io.comptoir.training.membership.LivePeriods;
import io.comptoir.training.progress.CompletionStore;
import io.comptoir.training.workshop.WorkshopService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What the training plugin adds to every shop's onboarding checklist:
 * <ul>
 *   <li>{@code training_completed}: every module of the required courses completed by someone of the shop;</li>
 *   <li>{@code charter_accepted}: the current version of the territory's charter accepted;</li>
 *   <li>{@code workshop_attended} (never blocking): someone of the shop attended a workshop.</li>
 * </ul>
 * The first two block a shop that is not live (applicant, onboarding, or suspended: a suspended shop must meet the
 * <em>current</em> checklist to be reinstated). A live shop is never taken off the marketplace by a change of the rules:
 * for it they are "to do" items, not blocking; a module that became required is due within the grace period
 * ({@code training.grace-days}, 90 days by default) counted from when it became required, or from when the shop went
 * live if later. Past that deadline the item says it is late and the admin report lists the shop; suspending it remains
 * the territory's decision.
 */
public final class TrainingRequirements implements OnboardingRequirements {
    public static final String TRAINING = "training_completed";
    public static final String CHARTER = "charter_accepted";
    public static final String WORKSHOP = "workshop_attended";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final Courses courses;
    private final CompletionStore completions;
    private final CharterService charters;
    private final LivePeriods periods;
    private final WorkshopService workshops;
    private final Clock clock;
    private final MarketCalendar calendar;
    private final int graceDays;

    public TrainingRequirements(Courses courses, CompletionStore completions, CharterService charters, LivePeriods periods,
                                WorkshopService workshops, Clock clock, MarketCalendar calendar, int graceDays) {
        this.courses = requireNonNull(courses, "courses is null");
        this.completions = requireNonNull(completions, "completions is null");
        this.charters = requireNonNull(charters, "charters is null");
        this.periods = requireNonNull(periods, "periods is null");
        this.workshops = requireNonNull(workshops, "workshops is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        if (graceDays < 0) {
            throw new IllegalArgumentException("training.grace-days must not be negative");
        }
        this.graceDays = graceDays;
    }

    @Override
    public List<ChecklistItem> evaluate(Merchant merchant) {
        boolean blocking = merchant.status() != MerchantStatus.LIVE;
        return List.of(trainingItem(merchant, blocking), charterItem(merchant, blocking), workshopItem(merchant));
    }

    /** The required modules the shop has not completed, and by when a live shop must complete them. */
    public record MissingTraining(List<RequiredModule> missing, int required, Optional<LocalDate> deadline) {
        public boolean overdue(LocalDate today) {
            return deadline.map(today::isAfter).orElse(false);
        }
    }

    public MissingTraining missingTraining(Merchant merchant) {
        Optional<Instant> liveSince = merchant.status() == MerchantStatus.LIVE ? periods.liveSince(merchant.id()) : Optional.empty();
        return missingTraining(merchant, courses.requiredModules(), completions.completedModules(merchant.id()), liveSince);
    }

    /**
     * The same from what the caller already read (reports read it once for every shop).
     *
     * @param liveSince when the shop's current live period began, if known
     */
    public MissingTraining missingTraining(Merchant merchant, List<RequiredModule> required, Set<ModuleId> done, Optional<Instant> liveSince) {
        List<RequiredModule> missing = required.stream().filter(module -> !done.contains(module.module().id())).toList();
        Optional<LocalDate> deadline = merchant.status() != MerchantStatus.LIVE ? Optional.empty() : missing.stream()
                .map(module -> liveSince.filter(since -> since.isAfter(module.requiredSince())).orElse(module.requiredSince()))
                .min(Comparator.naturalOrder())
                .map(start -> calendar.dayOf(start).plusDays(graceDays));
        return new MissingTraining(missing, required.size(), deadline);
    }

    private ChecklistItem trainingItem(Merchant merchant, boolean blocking) {
        String label = "Modules de formation obligatoires suivis";
        MissingTraining training = missingTraining(merchant);
        if (training.required() == 0) {
            return new ChecklistItem(TRAINING, label, blocking, true, "Aucun module obligatoire");
        }
        int done = training.required() - training.missing().size();
        String count = done + " module" + (done > 1 ? "s" : "") + " suivi" + (done > 1 ? "s" : "") + " sur " + training.required();
        if (training.missing().isEmpty()) {
            return new ChecklistItem(TRAINING, label, blocking, true, count);
        }
        String titles = training.missing().stream().map(module -> module.module().title()).collect(Collectors.joining(", "));
        String detail = training.deadline().map(deadline -> training.overdue(calendar.today(clock))
                        ? "En retard depuis le " + DATE.format(deadline) + " : " + titles
                        : "À suivre avant le " + DATE.format(deadline) + " : " + titles)
                .orElse(count + " — reste : " + titles);
        return new ChecklistItem(TRAINING, label, blocking, false, detail);
    }

    private ChecklistItem charterItem(Merchant merchant, boolean blocking) {
        String label = "Charte du territoire acceptée";
        Optional<CharterVersion> current = charters.current();
        if (current.isEmpty()) {
            return new ChecklistItem(CHARTER, label, blocking, true, "Pas de charte publiée");
        }
        int version = current.get().version();
        Optional<CharterAcceptance> accepted = charters.latestAcceptance(merchant.id());
        if (accepted.isPresent() && accepted.get().version() == version) {
            return new ChecklistItem(CHARTER, label, blocking, true,
                    "Version " + version + " acceptée le " + DATE.format(calendar.dayOf(accepted.get().acceptedAt())));
        }
        String detail = accepted.map(previous -> "Nouvelle version " + version + " à accepter (version " + previous.version() + " acceptée)")
                .orElse("Version " + version + " à lire et accepter");
        return new ChecklistItem(CHARTER, label, blocking, false, detail);
    }

    private ChecklistItem workshopItem(Merchant merchant) {
        boolean attended = workshops.attendedBy(merchant.id());
        return new ChecklistItem(WORKSHOP, "Participer à un atelier", false, attended,
                attended ? "" : "Conseillé : réservez une séance près de chez vous");
    }
}
