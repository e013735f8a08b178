package io.comptoir.training.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.TrainingSeeds;
import io.comptoir.training.api.WaiverDraft;
import io.comptoir.training.api.Workshops;
import io.comptoir.training.seed.TrainingSeedFile.ShopEntry;
import io.comptoir.training.seed.TrainingSeedFile.WorkshopEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * Loads a territory's training seeds ({@code demo/training.json} of its folder) after the base seeds, through the plugin's and
 * the engine's public services, so they pass the same rules as any other write: trainers, the charter, the membership
 * plan and its waivers, courses and modules, workshops, pending applications, and the shops in training at their stage
 * (staff account, modules completed through the learner's own actions, charter accepted, workshops booked, bank details).
 *
 * <p>Workshop dates are written for the file's {@code asOf} day. Loaded later, they move forward by whole weeks (same
 * weekday and time) until the first one is at least a day ahead, so the demo always shows sessions to come.
 *
 * <p>Call it once, on a marketplace that has no course yet (it refuses otherwise); the shops of the file must exist.
 */
public final class TrainingSeedLoader implements TrainingSeeds {
    private static final Logger log = LoggerFactory.getLogger(TrainingSeedLoader.class);
    private static final Actor SEEDER = Actor.system("training-seed");

    private final Courses courses;
    private final Learning learning;
    private final Charters charters;
    private final Workshops workshops;
    private final Memberships memberships;
    private final ShopApplications applications;
    private final MerchantDirectory merchants;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final MarketCalendar calendar;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public TrainingSeedLoader(Courses courses, Learning learning, Charters charters, Workshops workshops, Memberships memberships,
                              ShopApplications applications, MerchantDirectory merchants, AccountDirectory accounts, Clock clock,
                              MarketCalendar calendar) {
        this.courses = requireNonNull(courses, "courses is null");
        this.learning = requireNonNull(learning, "learning is null");
        this.charters = requireNonNull(charters, "charters is null");
        this.workshops = requireNonNull(workshops, "workshops is null");
        this.memberships = requireNonNull(memberships, "memberships is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    @Override
    public boolean isEmpty() {
        return courses.courses(true).isEmpty();
    }

    /**
     * Loads the file.
     *
     * @param password the password of the accounts the seeds open (trainers, shop staff without an account yet)
     */
    @Override
    public Summary load(InputStream trainingJson, String password) {
        requireNonNull(trainingJson, "trainingJson is null");
        requireNonNull(password, "password is null");
        if (!isEmpty()) {
            throw new IllegalStateException("training seeds are loaded only on a marketplace without courses");
        }
        long started = System.nanoTime();
        TrainingSeedFile.Root file = read(trainingJson);
        Map<String, Account> trainers = new HashMap<>();
        for (TrainingSeedFile.PersonEntry trainer : file.trainers()) {
            Account account = person(trainer, password);
            trainers.put(trainer.email(), accounts.grant(account.id(), RoleGrant.of(TrainingRoles.TRAINER), SEEDER));
        }
        CharterVersion charter = charters.publish(file.charter().title(), file.charter().body(), SEEDER);
        Map<String, MerchantId> shopsByRef = shopsByRef(file.shops());
        loadMembership(file.membership(), shopsByRef);
        Map<String, TrainingModule> modules = new HashMap<>();
        int moduleCount = 0;
        for (TrainingSeedFile.CourseEntry entry : file.courses()) {
            Course course = courses.createCourse(new CourseDraft(entry.title(), entry.summary(), entry.required(), true,
                    file.courses().indexOf(entry)), SEEDER);
            for (int i = 0; i < entry.modules().size(); i++) {
                TrainingSeedFile.ModuleEntry module = entry.modules().get(i);
                List<ModuleId> prerequisites = module.prerequisites().stream().map(ref -> require(modules, ref, "prerequisite").id()).toList();
                modules.put(module.ref(), courses.createModule(course.id(), new ModuleDraft(module.title(), module.summary(),
                        module.content(), module.minutes(), i, prerequisites, Optional.ofNullable(module.quiz()).map(TrainingSeedLoader::quiz)),
                        SEEDER));
                moduleCount++;
            }
        }
        Map<String, SessionId> sessions = loadWorkshops(file, modules, trainers);
        for (TrainingSeedFile.ApplicationEntry entry : file.applications()) {
            applications.apply(new ApplicationForm(entry.shopName(), entry.siret(), entry.trade(), entry.street(), entry.postalCode(),
                    entry.communeInsee(), entry.contactName(), entry.contactEmail(), entry.contactPhone(), entry.message()));
        }
        int completions = 0;
        int bookings = 0;
        for (ShopEntry entry : file.shops()) {
            MerchantId shop = shopsByRef.get(entry.merchant());
            Account staff = person(entry.staff(), password);
            staff = accounts.grant(staff.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.value()), SEEDER);
            Actor learner = Actor.account(staff.id().value());
            for (String ref : entry.completed()) {
                complete(require(modules, ref, "module of shop " + entry.merchant()), shop, learner);
                completions++;
            }
            if (entry.charter()) {
                charters.accept(shop, charter.version(), learner);
            }
            for (String ref : entry.bookings()) {
                workshops.book(require(sessions, ref, "workshop of shop " + entry.merchant()), shop, staff.id(), learner);
                bookings++;
            }
            if (entry.payoutAccount() != null) {
                merchants.updatePayoutAccount(shop, new BankAccount(entry.payoutAccount().holder(), entry.payoutAccount().iban(),
                        entry.payoutAccount().bic()), SEEDER);
            }
        }
        Summary summary = new Summary(trainers.size(), file.courses().size(), moduleCount, sessions.size(), file.applications().size(),
                file.shops().size(), completions, bookings);
        log.info("Loaded training seeds in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary);
        return summary;
    }

    private TrainingSeedFile.Root read(InputStream stream) {
        try {
            return json.readValue(stream, TrainingSeedFile.Root.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the training seeds: " + e.getMessage(), e);
        }
    }

    /** The account with that e-mail, opened with the demo password if there is none yet. */
    private Account person(TrainingSeedFile.PersonEntry person, String password) {
        return accounts.accountByEmail(person.email()).orElseGet(() -> accounts.register(person.email(), password, person.name()));
    }

    /** The shops of the file, found by SIRET among the marketplace's shops. */
    private Map<String, MerchantId> shopsByRef(List<ShopEntry> entries) {
        Map<String, MerchantId> bySiret = new HashMap<>();
        merchants.find(MerchantFilter.all()).forEach(merchant -> bySiret.put(merchant.legalId(), merchant.id()));
        Map<String, MerchantId> byRef = new HashMap<>();
        for (ShopEntry entry : entries) {
            MerchantId id = bySiret.get(entry.siret());
            if (id == null) {
                throw new IllegalArgumentException("training seeds: no shop with SIRET " + entry.siret() + " (" + entry.merchant()
                        + ", " + entry.name() + "); load merchants.json first");
            }
            byRef.put(entry.merchant(), id);
        }
        return byRef;
    }

    private void loadMembership(TrainingSeedFile.MembershipEntry entry, Map<String, MerchantId> shops) {
        YearMonth from = YearMonth.parse(entry.from());
        YearMonth thisMonth = calendar.thisMonth(clock);
        memberships.setPlan(new Money(entry.monthlyPrice(), Currency.getInstance(entry.currency())), from.isBefore(thisMonth) ? thisMonth : from,
                SEEDER);
        for (TrainingSeedFile.WaiverEntry waiver : entry.waivers()) {
            Optional<MerchantId> shop = Optional.ofNullable(waiver.shop()).map(ref -> require(shops, ref, "shop of a waiver"));
            memberships.grantWaiver(new WaiverDraft(shop, LocalDate.parse(waiver.from()), LocalDate.parse(waiver.until()), waiver.reason()),
                    SEEDER);
        }
    }

    private Map<String, SessionId> loadWorkshops(TrainingSeedFile.Root file, Map<String, TrainingModule> modules, Map<String, Account> trainers) {
        Duration shift = shift(file.workshops());
        Map<String, SessionId> sessions = new HashMap<>();
        for (WorkshopEntry entry : file.workshops()) {
            LocalDateTime start = LocalDateTime.parse(entry.start()).plus(shift);
            LocalDateTime end = LocalDateTime.parse(entry.end()).plus(shift);
            Account trainer = require(trainers, entry.trainer(), "trainer of workshop " + entry.ref());
            sessions.put(entry.ref(), workshops.schedule(new SessionDraft(require(modules, entry.module(), "module of workshop " + entry.ref()).id(),
                    start, end, orEmpty(entry.place()), Optional.ofNullable(entry.commune()), orEmpty(entry.onlineUrl()), entry.capacity(),
                    trainer.id()), SEEDER).id());
        }
        return sessions;
    }

    /** Whole weeks that bring the first workshop at least a day ahead of now (none when it already is). */
    private Duration shift(List<WorkshopEntry> entries) {
        Instant horizon = clock.instant().plus(Duration.ofDays(1));
        Optional<Instant> first = entries.stream().map(entry -> calendar.instantOf(LocalDateTime.parse(entry.start())))
                .min(Instant::compareTo);
        if (first.isEmpty() || first.get().isAfter(horizon)) {
            return Duration.ZERO;
        }
        long weeks = Duration.between(first.get(), horizon).toDays() / 7 + 1;
        return Duration.ofDays(7 * weeks);
    }

    /** Completes a module as the learner would: reading it, or passing its quiz with the right answers. */
    private void complete(TrainingModule module, MerchantId shop, Actor learner) {
        if (module.quiz().isEmpty()) {
            learning.completeReading(module.id(), shop, learner);
            return;
        }
        List<Set<Integer>> answers = module.quiz().get().questions().stream().map(question -> {
            Set<Integer> right = new HashSet<>();
            IntStream.range(0, question.choices().size()).filter(i -> question.choices().get(i).correct()).forEach(right::add);
            return right;
        }).toList();
        if (!learning.submitQuiz(module.id(), shop, answers, learner).result().passed()) {
            throw new IllegalStateException("the right answers did not pass the quiz of " + module.title());
        }
    }

    private static Quiz quiz(TrainingSeedFile.QuizEntry entry) {
        List<QuizQuestion> questions = new ArrayList<>();
        for (TrainingSeedFile.QuestionEntry question : entry.questions()) {
            questions.add(new QuizQuestion(question.prompt(), question.choices().stream()
                    .map(choice -> new QuizChoice(choice.label(), choice.correct())).toList()));
        }
        return new Quiz(entry.passMark(), questions);
    }

    private static <T> T require(Map<String, T> refs, String ref, String what) {
        T value = refs.get(ref);
        if (value == null) {
            throw new IllegalArgumentException("training seeds: unknown " + what + ": " + ref);
        }
        return value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
