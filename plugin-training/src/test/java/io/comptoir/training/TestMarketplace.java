package io.comptoir.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.Certificates;
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
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An engine with the training plugin on a test database: a small territory, a category, a movable clock, no background
 * threads, cheap password hashing; and helpers that make the people and things the tests need through the public
 * services.
 */
public final class TestMarketplace implements AutoCloseable {
    public static final String SAINT_OMER = "62765";
    public static final String ARQUES = "62040";
    public static final String LUMBRES = "62534";
    public static final Actor SYSTEM = Actor.system("test");
    public static final String PASSWORD = "correct horse battery";
    /** Where the clock starts: the demo's "today", Friday 27 November 2026, 9:00 in Paris. */
    public static final java.time.Instant TODAY = java.time.Instant.parse("2026-11-27T08:00:00Z");

    public final Engine engine;
    public final MovableClock clock;
    public final Category category;
    private final AtomicInteger sequence = new AtomicInteger();
    private Account admin;

    private TestMarketplace(Engine engine, MovableClock clock) {
        this.engine = engine;
        this.clock = clock;
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer", "200069037"));
        engine.territory().saveIntercommunality(new Intercommunality("CCPL", "Communauté de communes du Pays de Lumbres", "246200364"));
        engine.territory().saveCommune(new Commune(SAINT_OMER, "Saint-Omer", "62500", "CAPSO", 14_000));
        engine.territory().saveCommune(new Commune(ARQUES, "Arques", "62510", "CAPSO", 9_500));
        engine.territory().saveCommune(new Commune(LUMBRES, "Lumbres", "62380", "CCPL", 3_900));
        category = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", SYSTEM);
    }

    public static TestMarketplace start(TestDatabase db) {
        return start(db, Map.of());
    }

    public static TestMarketplace start(TestDatabase db, Map<String, String> properties, io.comptoir.engine.api.plugin.EnginePlugin... more) {
        return start(db, io.comptoir.engine.core.EngineBuilder.DEFAULT_ZONE, properties, more);
    }

    /** A marketplace in another time zone, e.g. La Réunion's. */
    public static TestMarketplace start(TestDatabase db, java.time.ZoneId zone) {
        return start(db, zone, Map.of());
    }

    private static TestMarketplace start(TestDatabase db, java.time.ZoneId zone, Map<String, String> properties,
                                         io.comptoir.engine.api.plugin.EnginePlugin... more) {
        MovableClock clock = new MovableClock(TODAY);
        Map<String, String> all = new HashMap<>(Map.of("accounts.argon2-memory-kib", "1024", "accounts.argon2-iterations", "1",
                "onboarding.min-products", "2"));
        all.putAll(properties);
        Engine engine = Engine.builder().dataSource(db.dataSource()).clock(clock).zone(zone).backgroundWork(false).properties(all)
                .plugin(new TrainingPlugin()).plugins(List.of(more)).assetDirectory(java.nio.file.Path.of("target", "test-assets")).build();
        engine.awaitSearchReady(java.time.Duration.ofSeconds(30));
        return new TestMarketplace(engine, clock);
    }

    public ShopApplications applications() {
        return engine.service(ShopApplications.class);
    }

    public Courses courses() {
        return engine.service(Courses.class);
    }

    public Learning learning() {
        return engine.service(Learning.class);
    }

    public Charters charters() {
        return engine.service(Charters.class);
    }

    public Workshops workshops() {
        return engine.service(Workshops.class);
    }

    public Certificates certificates() {
        return engine.service(Certificates.class);
    }

    public Memberships memberships() {
        return engine.service(Memberships.class);
    }

    public TrainingReports reports() {
        return engine.service(TrainingReports.class);
    }

    // ---------------------------------------------------------------------------------------------------- people

    public Account person(String name, Role... roles) {
        String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("(^\\.|\\.$)", "");
        String email = local + "." + sequence.incrementAndGet() + "@test.example";
        Account account = engine.accounts().register(email, PASSWORD, name);
        for (Role role : roles) {
            account = engine.accounts().grant(account.id(), RoleGrant.of(role), SYSTEM);
        }
        return account;
    }

    public synchronized Account admin() {
        if (admin == null) {
            admin = person("Admin Territoire", Role.TERRITORY_ADMIN);
        }
        return admin;
    }

    public Actor adminActor() {
        return actor(admin());
    }

    public Account trainer(String name) {
        return person(name, TrainingRoles.TRAINER);
    }

    public Account staff(Merchant shop, String name) {
        Account account = person(name);
        return engine.accounts().grant(account.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), SYSTEM);
    }

    public static Actor actor(Account account) {
        return Actor.account(account.id().value());
    }

    // ---------------------------------------------------------------------------------------------------- shops

    public static String siret(int n) {
        String base = String.format("7328293%06d", n);
        for (int digit = 0; digit < 10; digit++) {
            if (io.comptoir.engine.api.merchant.Siret.isValid(base + digit)) {
                return base + digit;
            }
        }
        throw new AssertionError();
    }

    public Merchant shop(String name, MerchantStatus status) {
        MerchantProfile profile = new MerchantProfile(name, siret(sequence.incrementAndGet()), "Épicerie", "Une boutique.",
                new Address("1 place Foch", "62500", SAINT_OMER), new Contact("contact@shop.example", "03 21 00 00 00", ""),
                OpeningHours.CLOSED, List.of(category.id()), Optional.empty());
        return engine.merchants().importMerchant(profile, status, false, SYSTEM);
    }

    public Merchant onboardingShop(String name) {
        return shop(name, MerchantStatus.ONBOARDING);
    }

    /** Fills in what the engine's checklist asks: profile, products, bank details. */
    public Merchant completeEngineItems(Merchant shop) {
        completeProfile(shop);
        product(shop, "Terrine de campagne");
        product(shop, "Confiture de rhubarbe");
        engine.merchants().updatePayoutAccount(shop.id(), new BankAccount(shop.name(), "FR76 3000 6000 0112 3456 7890 189", ""), SYSTEM);
        return engine.merchants().require(shop.id());
    }

    public Merchant completeProfile(Merchant shop) {
        return engine.merchants().updateProfile(shop.id(), MerchantProfile.of(shop)
                .withDescription("Une épicerie fine de produits du Pays de Saint-Omer, en circuit court.")
                .withOpeningHours(OpeningHours.parse("Tu-Sa 09:00-19:00"))
                .withPhoto(Optional.of(new Image("0123456789abcdef-vitrine.jpg", "La vitrine de la boutique"))), SYSTEM);
    }

    public Product product(Merchant shop, String name) {
        return engine.catalogue().createProduct(shop.id(), new ProductDraft(name, "Fait maison, dans le Pays de Saint-Omer.", category.id(),
                List.of(), List.of(new VariantDraft(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "-") + sequence.incrementAndGet(),
                        List.of(), Money.euros(650), 10))), SYSTEM);
    }

    // ---------------------------------------------------------------------------------------------------- training

    /** A quiz of two questions; the right answers are the first choice of each. */
    public static Quiz quiz(int passMark) {
        return new Quiz(passMark, List.of(
                new QuizQuestion("Où publier vos horaires ?", List.of(new QuizChoice("Sur la page de la boutique", true),
                        new QuizChoice("Nulle part", false))),
                new QuizQuestion("Quand une commande est-elle prête ?", List.of(new QuizChoice("Quand la boutique la marque prête", true),
                        new QuizChoice("Jamais", false), new QuizChoice("Au hasard", false)))));
    }

    public static List<Set<Integer>> rightAnswers() {
        return List.of(Set.of(0), Set.of(0));
    }

    /** The starter course, required: "page" (no quiz), then "photos" (quiz) and "orders" (no quiz), both needing "page". */
    public record Starter(Course course, TrainingModule page, TrainingModule photos, TrainingModule orders) {
        public List<TrainingModule> modules() {
            return List.of(page, photos, orders);
        }
    }

    public Starter starterCourse() {
        Course course = courses().createCourse(new CourseDraft("Vendre en ligne sur la marketplace", "Le parcours de départ.", true, true, 0),
                adminActor());
        TrainingModule page = courses().createModule(course.id(), module("Créer la page de votre boutique", List.of(), Optional.empty()),
                adminActor());
        TrainingModule photos = courses().createModule(course.id(), module("Photographier vos produits", List.of(page.id()),
                Optional.of(quiz(50))), adminActor());
        TrainingModule orders = courses().createModule(course.id(), module("Gérer vos commandes", List.of(page.id()), Optional.empty()),
                adminActor());
        return new Starter(course, page, photos, orders);
    }

    public static ModuleDraft module(String title, List<ModuleId> prerequisites, Optional<Quiz> quiz) {
        return new ModuleDraft(title, "Ce que vous saurez faire.", "## " + title + "\n\nQuelques conseils *pratiques*.", 20, 0,
                prerequisites, quiz);
    }

    /** Completes every module of the course for the shop, as the staff member would. */
    public void completeAll(Starter starter, Merchant shop, Account staff) {
        Actor learner = actor(staff);
        learning().completeReading(starter.page().id(), shop.id(), learner);
        learning().submitQuiz(starter.photos().id(), shop.id(), rightAnswers(), learner);
        learning().completeReading(starter.orders().id(), shop.id(), learner);
    }

    public WorkshopSession session(TrainingModule module, Account trainer, int capacity, LocalDateTime start) {
        return workshops().schedule(new SessionDraft(module.id(), start, start.plusHours(2).plusMinutes(30),
                "Médiathèque, salle d'animation, 10 rue des Clouteries", Optional.of(SAINT_OMER), "", capacity, trainer.id()), adminActor());
    }

    /** Monday 7 December 2026, 9:30 in Paris. */
    public static LocalDateTime nextMonday() {
        return LocalDateTime.of(2026, 12, 7, 9, 30);
    }

    public List<SentMail> mailsTo(Account account) {
        return engine.mailOutbox().sentTo(account.email(), 100);
    }

    public List<SentMail> mailsTo(String email) {
        return engine.mailOutbox().sentTo(email, 100);
    }

    @Override
    public void close() {
        engine.close();
    }
}
