package io.comptoir.training;

import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.Certificates;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.TrainingSeeds;
import io.comptoir.training.api.Workshops;
import io.comptoir.training.application.ApplicationService;
import io.comptoir.training.certificate.CertificateService;
import io.comptoir.training.checklist.CharterService;
import io.comptoir.training.checklist.TrainingActivationPolicy;
import io.comptoir.training.checklist.TrainingRequirements;
import io.comptoir.training.course.CourseService;
import io.comptoir.training.membership.LivePeriods;
import io.comptoir.training.membership.MembershipService;
import io.comptoir.training.progress.CompletionStore;
import io.comptoir.training.progress.LearningService;
import io.comptoir.training.privacy.TrainingPersonalData;
import io.comptoir.training.progress.ShopStaff;
import io.comptoir.training.report.ReportService;
import io.comptoir.training.seed.TrainingSeedLoader;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Mails;
import io.comptoir.training.workshop.WorkshopReminders;
import io.comptoir.training.workshop.WorkshopService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Merchant onboarding and training: applications to join, courses of modules (Markdown e-learning, quizzes), workshops
 * with waiting lists, the territory's charter and membership, completion certificates; and the onboarding checklist
 * items and activation policy that keep a shop off the marketplace until it is ready.
 *
 * <p>Registers these services for the embedding application: {@link ShopApplications}, {@link Courses}, {@link Learning},
 * {@link Charters}, {@link Workshops}, {@link Certificates}, {@link Memberships}, {@link TrainingReports} and
 * {@link TrainingSeeds}. Configuration: {@link TrainingSettings}.
 */
public final class TrainingPlugin implements EnginePlugin {
    public static final String ID = "training";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:io/comptoir/training/db/migration");
    }

    @Override
    public Optional<String> engineApiVersions() {
        return Optional.of(EngineApi.compatibleWith(EngineApi.VERSION));
    }

    @Override
    public List<EventType> publishedEvents() {
        return TrainingEvents.ALL;
    }

    @Override
    public void initialize(PluginContext context) {
        context.registerRole(TrainingRoles.TRAINER);
        TrainingSettings settings = TrainingSettings.from(context);
        Database db = Database.on(context.dataSource());
        Clock clock = context.clock();
        MarketCalendar calendar = new MarketCalendar(context.zone());
        Events events = new Events(context.events());
        AccountDirectory accounts = context.service(AccountDirectory.class);
        MerchantDirectory merchants = context.service(MerchantDirectory.class);
        Territory territory = context.service(Territory.class);
        OnboardingChecklist checklist = context.service(OnboardingChecklist.class);
        Mails mails = new Mails(context.service(Mailer.class));
        Permissions permissions = new Permissions(accounts);

        CourseService courses = new CourseService(db, clock, events, permissions);
        CompletionStore completions = new CompletionStore(db, events);
        LivePeriods periods = new LivePeriods(db);
        CharterService charters = new CharterService(db, clock, events, permissions, merchants);
        MembershipService memberships = new MembershipService(db, clock, events, permissions, merchants, periods, calendar);
        WorkshopService workshops = new WorkshopService(db, clock, calendar, events, permissions, merchants, accounts, territory, courses,
                completions, mails, settings.reminderLead());
        LearningService learning = new LearningService(db, clock, courses, completions, permissions, new ShopStaff(accounts), merchants);
        CertificateService certificates = new CertificateService(courses, completions, permissions, merchants, accounts, territory,
                calendar);
        ApplicationService applications = new ApplicationService(db, clock, events, permissions, territory, merchants, accounts,
                mails, settings.passwordResetUrl());
        TrainingRequirements requirements = new TrainingRequirements(courses, completions, charters, periods, workshops, clock,
                calendar, settings.graceDays());
        ReportService reports = new ReportService(permissions, merchants, checklist, applications, requirements, courses, completions,
                workshops, periods, clock, calendar);

        context.registerService(ShopApplications.class, applications);
        context.registerService(Courses.class, courses);
        context.registerService(Learning.class, learning);
        context.registerService(Charters.class, charters);
        context.registerService(Workshops.class, workshops);
        context.registerService(Certificates.class, certificates);
        context.registerService(Memberships.class, memberships);
        context.registerService(TrainingReports.class, reports);
        context.registerService(TrainingSeeds.class, new TrainingSeedLoader(courses, learning, charters, workshops, memberships,
                applications, merchants, accounts, clock, calendar));

        context.registerPersonalData(new TrainingPersonalData(clock, context.events()));
        context.registerOnboardingRequirements(requirements);
        context.registerActivationPolicy(new TrainingActivationPolicy(checklist));
        context.registerEventListener(LivePeriods.SUBSCRIPTION, periods);
        context.scheduleJob(WorkshopReminders.JOB, settings.reminderInterval(), workshops.reminderJob());
    }
}
