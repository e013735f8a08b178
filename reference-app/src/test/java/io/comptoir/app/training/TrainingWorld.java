package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TrainingPlugin;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The marketplace with the training plugin for the web tests: a required course of two modules (one read, one with a
 * quiz), a workshop module, a charter, a trainer with a session in three days, and an admin; shops join through real
 * applications approved by the admin, so their staff are the accounts the approval made. {@link #plain} starts the
 * same market without them, for the admin tests that make their own courses and sessions with the static helpers.
 */
public final class TrainingWorld implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-24T09:30:00Z");
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String API = "/api/v1/admin/training";
    private static final AtomicInteger SIRETS = new AtomicInteger(1000);

    public final MovableClock clock = new MovableClock(START);
    public final BackOfficeMarket market;
    public final Account admin;
    public final Account trainer;
    public final Session adminSession;
    public final Session trainerSession;
    public final Course course;
    public final TrainingModule reading;
    public final TrainingModule quizModule;
    public final TrainingModule workshopModule;
    public final CharterVersion charter;
    public final WorkshopSession session;

    private TrainingWorld(TestDatabase database) {
        market = BackOfficeMarket.start(database, clock, Map.of("onboarding.min-products", "1",
                "training.password-reset-url", "http://localhost/reinitialiser-mot-de-passe?jeton="), new TrainingPlugin());
        try {
            admin = market.admin("Équipe du territoire");
            Account trainerAccount = market.shopper("Claire Formatrice");
            trainer = market.engine.accounts().grant(trainerAccount.id(), RoleGrant.of(TrainingRoles.TRAINER), Actor.account(admin.id().value()));
            adminSession = market.session(admin);
            trainerSession = market.session(trainer);
            Actor actor = Actor.account(admin.id().value());
            Courses courses = service(Courses.class);
            course = courses.createCourse(new CourseDraft("Vendre en ligne sur la marketplace", "Les bases", true, true, 1), actor);
            reading = courses.createModule(course.id(), new ModuleDraft("Créer sa page boutique", "Votre vitrine",
                    "# Votre page\n\nUne **belle** page attire les clients.", 10, 1, List.of(), Optional.empty()), actor);
            quizModule = courses.createModule(course.id(), new ModuleDraft("Gérer ses commandes", "Accepter, préparer",
                    "Acceptez chaque commande **vite**.", 15, 2, List.of(reading.id()),
                    Optional.of(new Quiz(100, List.of(new QuizQuestion("Quand accepter une commande ?",
                            List.of(new QuizChoice("Le plus vite possible", true), new QuizChoice("Jamais", false))))))), actor);
            Course workshops = courses.createCourse(new CourseDraft("Ateliers pratiques", "En groupe", false, true, 2), actor);
            workshopModule = courses.createModule(workshops.id(), new ModuleDraft("Photographier ses produits", "Atelier photo",
                    "Lumière du jour.", 90, 1, List.of(), Optional.empty()), actor);
            charter = service(Charters.class).publish("Charte de la marketplace", "Je m’engage à **répondre** aux clients.", actor);
            LocalDateTime starts = LocalDateTime.ofInstant(START, PARIS).plusDays(3).withHour(14).withMinute(0);
            session = service(Workshops.class).schedule(new SessionDraft(workshopModule.id(), starts, starts.plusHours(2),
                    "Maison du commerce", Optional.of("62765"), "", 12, trainer.id()), actor);
        }
        catch (RuntimeException e) {
            market.close();
            throw e;
        }
    }

    public static TrainingWorld start(TestDatabase database) {
        return new TrainingWorld(database);
    }

    public <T> T service(Class<T> type) {
        return market.engine.findService(type).orElseThrow();
    }

    /** A valid SIRET, different each time. */
    public static String siret() {
        String prefix = String.format("4%012d", SIRETS.incrementAndGet());
        for (int key = 0; key <= 9; key++) {
            if (Siret.isValid(prefix + key)) {
                return prefix + key;
            }
        }
        throw new IllegalStateException("no key for " + prefix);
    }

    public static ApplicationForm form(String shopName, String siret, String email) {
        return new ApplicationForm(shopName, siret, "Fleuriste", "3 place Foch", "62500", "62765", "Camille Fleur", email,
                "03 21 00 00 00", "");
    }

    /** A shop that applied and was approved: in onboarding, with its contact as staff. */
    public Shop approvedShop(String shopName) {
        String email = shopName.toLowerCase().replaceAll("[^a-z]+", ".") + SIRETS.incrementAndGet() + "@example.org";
        ShopApplications applications = service(ShopApplications.class);
        ShopApplication application = applications.apply(form(shopName, siret(), email));
        ShopApplication approved = applications.approve(application.id(), Actor.account(admin.id().value()));
        Merchant shop = market.engine.merchants().require(approved.merchant().orElseThrow());
        Account staff = market.engine.accounts().account(approved.staffAccount().orElseThrow()).orElseThrow();
        return new Shop(shop, staff, market.session(staff));
    }

    public record Shop(Merchant merchant, Account staff, Session session) {
        public long id() {
            return merchant.id().value();
        }

        public AccountId staffId() {
            return staff.id();
        }
    }

    /** The back-office market with the training plugin running and none of the world's things: for the admin tests that make their own. */
    public static BackOfficeMarket plain(TestDatabase database) {
        return BackOfficeMarket.start(database, new TrainingPlugin());
    }

    public static Account trainer(BackOfficeMarket market, String name) {
        Account account = market.shopper(name);
        return market.engine.accounts().grant(account.id(), RoleGrant.of(TrainingRoles.TRAINER), TestCatalogue.ADMIN);
    }

    public static Courses courses(BackOfficeMarket market) {
        return market.engine.findService(Courses.class).orElseThrow();
    }

    public static Workshops workshops(BackOfficeMarket market) {
        return market.engine.findService(Workshops.class).orElseThrow();
    }

    /** A published course with one module, created by an admin account. */
    public static TrainingModule publishedModule(BackOfficeMarket market, Account admin, String title, boolean required) {
        Actor actor = Actor.account(admin.id().value());
        Course course = courses(market).createCourse(new CourseDraft("Cours " + title, "", required, true, 0), actor);
        return courses(market).createModule(course.id(), new ModuleDraft(title, "", "Le contenu de " + title + ".", 20, 0, List.of(),
                Optional.empty()), actor);
    }

    public static WorkshopSession session(BackOfficeMarket market, Account admin, TrainingModule module, Account trainer, int capacity) {
        LocalDate day = LocalDate.now(PARIS).plusDays(10);
        return workshops(market).schedule(new SessionDraft(module.id(), day.atTime(14, 0), day.atTime(16, 0), "Maison du commerce, Saint-Omer",
                Optional.of("62765"), "", capacity, trainer.id()), Actor.account(admin.id().value()));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return BackOfficeMarket.json(response);
    }

    @Override
    public void close() {
        market.close();
    }
}
