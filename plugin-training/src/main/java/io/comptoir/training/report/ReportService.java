package io.comptoir.training.report;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.Permissions;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CompletionVia;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseCompletion;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleCompletion;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.OnboardingPipeline;
import io.comptoir.training.api.RequiredModule;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.ShopOnboarding;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.checklist.TrainingRequirements;
import io.comptoir.training.membership.LivePeriod;
import io.comptoir.training.membership.LivePeriods;
import io.comptoir.training.progress.CompletionStore;
import io.comptoir.training.workshop.WorkshopService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** {@link TrainingReports} from the engine's shops and checklist and the plugin's records. */
public final class ReportService implements TrainingReports {
    private final Permissions permissions;
    private final MerchantDirectory merchants;
    private final OnboardingChecklist checklist;
    private final ShopApplications applications;
    private final TrainingRequirements requirements;
    private final Courses courses;
    private final CompletionStore completions;
    private final WorkshopService workshops;
    private final LivePeriods livePeriods;
    private final Clock clock;
    private final MarketCalendar calendar;

    public ReportService(Permissions permissions, MerchantDirectory merchants, OnboardingChecklist checklist, ShopApplications applications,
                         TrainingRequirements requirements, Courses courses, CompletionStore completions, WorkshopService workshops,
                         LivePeriods livePeriods, Clock clock, MarketCalendar calendar) {
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.checklist = requireNonNull(checklist, "checklist is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.requirements = requireNonNull(requirements, "requirements is null");
        this.courses = requireNonNull(courses, "courses is null");
        this.completions = requireNonNull(completions, "completions is null");
        this.workshops = requireNonNull(workshops, "workshops is null");
        this.livePeriods = requireNonNull(livePeriods, "livePeriods is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    @Override
    public OnboardingPipeline pipeline(Actor actor) {
        permissions.requireAdmin(actor);
        LocalDate today = calendar.today(clock);
        List<ShopOnboarding> inTraining = merchants.find(filter(MerchantStatus.ONBOARDING)).stream().map(shop -> onboarding(shop, today)).toList();
        // Read once for the hundreds of live shops, rather than shop by shop.
        List<RequiredModule> required = courses.requiredModules();
        Map<MerchantId, Set<ModuleId>> done = new HashMap<>();
        completions.all().forEach(completion -> done.computeIfAbsent(completion.shop(), k -> new HashSet<>()).add(completion.module()));
        Map<MerchantId, List<LivePeriod>> periods = livePeriods.all();
        List<ShopOnboarding> overdue = merchants.find(filter(MerchantStatus.LIVE)).stream()
                .filter(shop -> requirements.missingTraining(shop, required, done.getOrDefault(shop.id(), Set.of()),
                        periods.getOrDefault(shop.id(), List.of()).stream().filter(period -> period.until().isEmpty())
                                .map(LivePeriod::from).findFirst()).overdue(today))
                .map(shop -> onboarding(shop, today)).toList();
        return new OnboardingPipeline(applications.countByStatus(actor), merchants.countByStatus(), inTraining, overdue);
    }

    private static MerchantFilter filter(MerchantStatus status) {
        return new MerchantFilter(EnumSet.of(status), Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE);
    }

    private ShopOnboarding onboarding(Merchant shop, LocalDate today) {
        List<ChecklistItem> items = checklist.checklist(shop.id());
        TrainingRequirements.MissingTraining training = requirements.missingTraining(shop);
        boolean charter = items.stream().filter(item -> item.code().equals(TrainingRequirements.CHARTER)).anyMatch(ChecklistItem::done);
        return new ShopOnboarding(shop.id(), shop.name(), shop.address().communeInsee(), shop.status(),
                training.required() - training.missing().size(), training.required(), charter,
                items.stream().filter(ChecklistItem::blocks).map(ChecklistItem::label).toList(),
                workshops.upcomingBookings(shop.id()), training.overdue(today));
    }

    @Override
    public List<CourseCompletion> completionRates(Actor actor) {
        permissions.requireAdmin(actor);
        Set<MerchantId> concerned = new HashSet<>();
        merchants.find(new MerchantFilter(EnumSet.of(MerchantStatus.ONBOARDING, MerchantStatus.LIVE), Optional.empty(), Optional.empty(),
                false, 0, Integer.MAX_VALUE)).forEach(shop -> concerned.add(shop.id()));
        Map<ModuleId, Set<MerchantId>> done = new HashMap<>();
        Map<ModuleId, Set<MerchantId>> viaWorkshop = new HashMap<>();
        for (Completion completion : completions.all()) {
            if (concerned.contains(completion.shop())) {
                done.computeIfAbsent(completion.module(), k -> new HashSet<>()).add(completion.shop());
                if (completion.via() == CompletionVia.WORKSHOP) {
                    viaWorkshop.computeIfAbsent(completion.module(), k -> new HashSet<>()).add(completion.shop());
                }
            }
        }
        List<CourseCompletion> rates = new ArrayList<>();
        for (Course course : courses.courses(false)) {
            List<TrainingModule> modules = courses.modules(course.id());
            List<ModuleCompletion> perModule = modules.stream().map(module -> new ModuleCompletion(module.id(), module.title(),
                    done.getOrDefault(module.id(), Set.of()).size(), concerned.size(),
                    viaWorkshop.getOrDefault(module.id(), Set.of()).size())).toList();
            Set<MerchantId> all = new HashSet<>(concerned);
            modules.forEach(module -> all.retainAll(done.getOrDefault(module.id(), Set.of())));
            rates.add(new CourseCompletion(course, perModule, modules.isEmpty() ? 0 : all.size(), concerned.size()));
        }
        return rates;
    }
}
