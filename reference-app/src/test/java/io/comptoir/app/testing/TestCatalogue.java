package io.comptoir.app.testing;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.asset.Image;
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
import io.comptoir.engine.core.Engine;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A small territory and catalogue, written through the engine's public services: three live shops in three
 * communes, one shop still in training, a hidden product, a sold-out one, one with a picture, and one whose name is
 * an attempt at script injection.
 */
public final class TestCatalogue {
    public static final Actor ADMIN = Actor.system("test");
    public static final String SAINT_OMER = "62765";
    public static final String ARQUES = "62040";
    public static final String LUMBRES = "62534";
    public static final String LONGUENESSE = "62525";
    public static final String SCRIPT_NAME = "<script>alert(1)</script>";
    /** An IBAN with a valid check, for the bank details of the test shops. */
    public static final String GOOD_IBAN = "FR76 3000 6000 0112 3456 7890 189";
    /** A 1×1 PNG. */
    static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public final Category fashion;
    public final Category shoes;
    public final Category food;
    public final Category honey;
    public final Category home;
    public final Merchant martin;
    public final Merchant rucher;
    public final Merchant lumbroise;
    public final Merchant training;
    public final Product boots;
    public final Product derby;
    public final Product soldOutBoots;
    public final Product scriptProduct;
    public final Product honeyJar;
    public final Product jam;
    public final Product candle;
    public final Product hiddenVase;
    public final Product trainingCushion;
    public final String honeyPictureKey;

    private TestCatalogue(Engine engine) {
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d’agglomération du Pays de Saint-Omer", "200069037"));
        engine.territory().saveIntercommunality(new Intercommunality("CCPL", "Communauté de communes du Pays de Lumbres", "246200364"));
        engine.territory().saveCommune(new Commune(SAINT_OMER, "Saint-Omer", "62500", "CAPSO", 14_000));
        engine.territory().saveCommune(new Commune(ARQUES, "Arques", "62510", "CAPSO", 9_500));
        engine.territory().saveCommune(new Commune(LONGUENESSE, "Longuenesse", "62219", "CAPSO", 11_000));
        engine.territory().saveCommune(new Commune(LUMBRES, "Lumbres", "62380", "CCPL", 3_900));

        fashion = engine.catalogue().createCategory(Optional.empty(), "Mode et chaussures", ADMIN);
        shoes = engine.catalogue().createCategory(Optional.of(fashion.id()), "Chaussures", ADMIN);
        food = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", ADMIN);
        honey = engine.catalogue().createCategory(Optional.of(food.id()), "Miel et confitures", ADMIN);
        home = engine.catalogue().createCategory(Optional.empty(), "Maison et déco", ADMIN);

        martin = engine.merchants().importMerchant(profile("Chaussures Martin", "Chausseur", SAINT_OMER, "62500",
                "Tu-Sa 09:00-12:00,14:00-19:00", new Contact("bonjour@chaussures-martin.example", "03 21 38 00 00",
                        "https://chaussures-martin.example"), shoes.id()), MerchantStatus.LIVE, true, ADMIN);
        rucher = engine.merchants().importMerchant(profile("Le Rucher d’Arques", "Apiculteur", ARQUES, "62510",
                "Mo-Sa 08:00-18:00", Contact.NONE, honey.id()), MerchantStatus.LIVE, false, ADMIN);
        lumbroise = engine.merchants().importMerchant(profile("Maison Lumbroise", "Décoration", LUMBRES, "62380",
                "", Contact.NONE, home.id()), MerchantStatus.LIVE, false, ADMIN);
        training = engine.merchants().importMerchant(profile("Atelier en formation", "Couturière", SAINT_OMER, "62500",
                "Mo-Fr 09:00-17:00", Contact.NONE, home.id()), MerchantStatus.ONBOARDING, false, ADMIN);

        boots = product(engine, martin, "Chaussures de marche Rando", "Cuir pleine fleur, semelle en gomme.", shoes.id(), List.of(),
                variant("RANDO-41", "Pointure", "41", 7990, 3), variant("RANDO-42", "Pointure", "42", 8490, 2));
        derby = product(engine, martin, "Chaussures de ville Derby", "Derbies cousues main.", shoes.id(), List.of(),
                variant("DERBY-42", "Pointure", "42", 9900, 5));
        soldOutBoots = product(engine, martin, "Bottines en cuir", "Bottines fourrées.", shoes.id(), List.of(),
                variant("BOTTINE-39", "Pointure", "39", 11900, 0));
        scriptProduct = product(engine, martin, SCRIPT_NAME, "Une description <b>en gras</b> & \"citée\".", shoes.id(), List.of(),
                new VariantDraft("SCRIPT-1", List.of(), Money.euros(1000), 1));
        honeyPictureKey = engine.assets().put("miel.png", "image/png", PIXEL);
        honeyJar = product(engine, rucher, "Miel de fleurs du marais", "Récolté dans le marais audomarois.", honey.id(),
                List.of(new Image(honeyPictureKey, "Un pot de miel doré")), new VariantDraft("MIEL-500", List.of(), Money.euros(850), 20));
        jam = product(engine, rucher, "Confiture de fraises", "Fraises de Tilques.", honey.id(), List.of(),
                new VariantDraft("CONF-FRAISE", List.of(), Money.euros(590), 12));
        candle = product(engine, lumbroise, "Bougie parfumée", "Cire de soja.", home.id(), List.of(),
                new VariantDraft("BOUGIE-1", List.of(), Money.euros(2400), 7));
        Product vase = product(engine, lumbroise, "Vase caché", "Pas encore prêt.", home.id(), List.of(),
                new VariantDraft("VASE-1", List.of(), Money.euros(4500), 1));
        hiddenVase = engine.catalogue().setHidden(vase.id(), true, ADMIN);
        trainingCushion = product(engine, training, "Coussin brodé", "Brodé main.", home.id(), List.of(),
                new VariantDraft("COUSSIN-1", List.of(), Money.euros(3000), 4));
        engine.refreshSearch();
    }

    public static TestCatalogue create(Engine engine) {
        return new TestCatalogue(engine);
    }

    /** Products shoppers can see. */
    public List<Product> visibleProducts() {
        return List.of(boots, derby, soldOutBoots, scriptProduct, honeyJar, jam, candle);
    }

    private static MerchantProfile profile(String name, String trade, String commune, String postalCode, String hours,
                                           Contact contact, CategoryId category) {
        return new MerchantProfile(name, "73282932000074", trade, "La boutique " + name + ", au cœur du territoire.\n\nDepuis 1987.",
                new Address("12 rue de Dunkerque", postalCode, commune), contact, OpeningHours.parse(hours), List.of(category),
                Optional.empty());
    }

    private static VariantDraft variant(String sku, String option, String value, long cents, int stock) {
        return new VariantDraft(sku, List.of(new VariantOption(option, value)), Money.euros(cents), stock);
    }

    private static Product product(Engine engine, Merchant merchant, String name, String description, CategoryId category,
                                   List<Image> images, VariantDraft... variants) {
        return engine.catalogue().createProduct(merchant.id(), new ProductDraft(name, description, category, images, List.of(variants)), ADMIN);
    }
}
