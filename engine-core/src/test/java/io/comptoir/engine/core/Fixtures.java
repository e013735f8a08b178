package io.comptoir.engine.core;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Optional;

/** A small territory and catalogue for engine tests. */
public final class Fixtures {
    public static final Actor ADMIN = Actor.system("test");
    /** Where the tests' movable clocks start: Saturday 14 November 2026, 10:00 in Saint-Omer. */
    public static final java.time.Instant START = java.time.Instant.parse("2026-11-14T09:00:00Z");
    /** Argon2 parameters cheap enough for tests that register many accounts. */
    public static final java.util.Map<String, String> CHEAP_PASSWORDS = java.util.Map.of("accounts.argon2-memory-kib", "1024");
    public static final String SAINT_OMER = "62765";
    public static final String ARQUES = "62040";
    public static final String LUMBRES = "62534";

    private final Engine engine;
    public final Category fashion;
    public final Category shoes;
    public final Category food;

    private Fixtures(Engine engine) {
        this.engine = engine;
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer", "200069037"));
        engine.territory().saveIntercommunality(new Intercommunality("CCPL", "Communauté de communes du Pays de Lumbres", "246200364"));
        engine.territory().saveCommune(new Commune(SAINT_OMER, "Saint-Omer", "62500", "CAPSO", 14_000));
        engine.territory().saveCommune(new Commune(ARQUES, "Arques", "62510", "CAPSO", 9_500));
        engine.territory().saveCommune(new Commune(LUMBRES, "Lumbres", "62380", "CCPL", 3_900));
        fashion = engine.catalogue().createCategory(Optional.empty(), "Mode et chaussures", ADMIN);
        shoes = engine.catalogue().createCategory(Optional.of(fashion.id()), "Chaussures", ADMIN);
        food = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", ADMIN);
    }

    public static Fixtures on(Engine engine) {
        return new Fixtures(engine);
    }

    /** An engine on the test database with a recording index and no background threads. */
    public static Engine engine(TestDatabase database, RecordingSearchIndex index) {
        Engine engine = Engine.builder().dataSource(database.dataSource()).searchIndex(index).backgroundWork(false).plugin(new PluginRoles())
                .properties(CHEAP_PASSWORDS)
                .assetDirectory(java.nio.file.Path.of("target", "test-assets")).build();
        engine.awaitSearchReady(java.time.Duration.ofSeconds(30));
        return engine;
    }

    public static MerchantProfile profile(String name, String commune, CategoryId... categories) {
        return new MerchantProfile(name, "73282932000074", "Chausseur", "Une boutique de " + name + ".",
                new Address("1 place Foch", "62500", commune), new Contact("contact@shop.example", "03 21 00 00 00", ""),
                OpeningHours.parse("Tu-Sa 09:00-12:00,14:00-19:00"), List.of(categories), Optional.empty());
    }

    /** A shop as a value, for tests of code that keeps shops without a database. */
    public static Merchant merchantValue(long id, String slug, MerchantStatus status) {
        MerchantProfile profile = profile("Boutique " + slug, SAINT_OMER);
        return new Merchant(new io.comptoir.engine.api.merchant.MerchantId(id), slug, profile.name(), profile.legalId(), profile.trade(),
                profile.description(), profile.address(), profile.contact(), profile.openingHours(), List.of(), status, false,
                Optional.empty(), java.time.Instant.EPOCH, java.time.Instant.EPOCH);
    }

    public Merchant liveMerchant(String name, String commune) {
        return engine.merchants().importMerchant(profile(name, commune, shoes.id()), MerchantStatus.LIVE, false, ADMIN);
    }

    public static ProductDraft shoe(String name, long priceCents, int stock, CategoryId category) {
        return new ProductDraft(name, "Cuir pleine fleur, semelle en gomme.", category, List.of(),
                List.of(new VariantDraft(Slug.sku(name) + "-41", List.of(new VariantOption("Pointure", "41")), Money.euros(priceCents), stock),
                        new VariantDraft(Slug.sku(name) + "-42", List.of(new VariantOption("Pointure", "42")), Money.euros(priceCents + 500), stock)));
    }

    public Product product(Merchant merchant, String name, long priceCents, int stock) {
        return engine.catalogue().createProduct(merchant.id(), shoe(name, priceCents, stock, shoes.id()), ADMIN);
    }

    private static final class Slug {
        static String sku(String name) {
            return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-)|(-$)", "");
        }
    }
}
