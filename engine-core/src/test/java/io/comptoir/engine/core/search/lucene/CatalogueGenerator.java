package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A deterministic catalogue of French local-shop products, like the Pays de Saint-Omer's: shops of a few trades in a
 * few dozen communes, each trade with its categories and product names. Documents are made on demand, so a million
 * can be streamed without holding them. Prices cluster around the price bands' bounds and creation times often tie,
 * so that boundaries and tie-breaks are exercised.
 */
final class CatalogueGenerator {

    static final String[][] COMMUNES = {
            {"62765", "Saint-Omer"}, {"62040", "Arques"}, {"62525", "Longuenesse"}, {"62014", "Aire-sur-la-Lys"},
            {"62139", "Blendecques"}, {"62534", "Lumbres"}, {"62902", "Wizernes"}, {"62300", "Éperlecques"},
            {"62422", "Helfaut"}, {"62691", "Saint-Martin-lez-Tatinghem"}, {"62325", "Fauquembergues"},
            {"62811", "Thérouanne"}, {"62736", "Racquinghem"}, {"62881", "Wardrecques"}, {"62853", "Tilques"},
            {"62745", "Salperwick"}, {"62143", "Bayenghem-lès-Seninghem"}, {"62617", "Moringhem"},
            {"62278", "Esquerdes"}, {"62399", "Hallines"}};

    /** A trade: its categories (leaf name, parent index into ROOTS), product names, words, price range in cents. */
    private record Trade(String shop, String root, String[] categories, String[] products, String[] qualifiers,
                         String[] sentences, long minPrice, long maxPrice) {
    }

    private static final String[] ROOTS = {"Alimentation", "Mode", "Maison", "Loisirs", "Beauté"};

    private static final Trade[] TRADES = {
            new Trade("Boulangerie", "Alimentation", new String[] {"Pains", "Viennoiseries", "Pâtisseries"},
                    new String[] {"Pain de campagne", "Baguette tradition", "Croissant au beurre", "Pain au chocolat",
                            "Tarte au sucre", "Brioche tressée", "Pain complet", "Éclair au café", "Pain sans gluten"},
                    new String[] {"bio", "maison", "au levain", "du jour", "artisanal"},
                    new String[] {"Pétri et cuit chaque matin dans notre fournil.", "Farine locale de blé du Nord.",
                            "Une recette transmise depuis trois générations."}, 90, 2_500),
            new Trade("Épicerie", "Alimentation", new String[] {"Épicerie fine", "Huiles et vinaigres", "Confitures et miels"},
                    new String[] {"Huile d'olive vierge extra", "L'huile de colza", "Confiture de fraises",
                            "Miel de fleurs", "Vinaigre de cidre", "Moutarde à l'ancienne", "Pâte à tartiner",
                            "Terrine de campagne", "Chicorée"},
                    new String[] {"bio", "artisanale", "du terroir", "en pot de 250 g", "de l'Audomarois"},
                    new String[] {"Sélectionné auprès de producteurs de la région.", "Idéal pour l'apéritif.",
                            "Sans conservateur ni colorant."}, 250, 3_500),
            new Trade("Brûlerie", "Alimentation", new String[] {"Cafés", "Thés et infusions"},
                    new String[] {"Café moulu", "Café en grains", "Thé vert", "Thé noir", "Infusion du soir",
                            "Chocolat chaud", "Capsules de café"},
                    new String[] {"d'Éthiopie", "du Brésil", "décaféiné", "pure origine", "torréfié à Saint-Omer"},
                    new String[] {"Torréfié artisanalement chaque semaine.", "Notes de fruits rouges et de cacao.",
                            "Commerce équitable."}, 400, 4_000),
            new Trade("Cave", "Alimentation", new String[] {"Vins", "Bières", "Spiritueux"},
                    new String[] {"Vin rouge", "Vin blanc", "Bière blonde", "Bière ambrée", "Genièvre",
                            "Cidre brut", "Champagne"},
                    new String[] {"de Saint-Omer", "des Flandres", "millésimé", "en bouteille de 75 cl", "fermier"},
                    new String[] {"À consommer avec modération.", "Brassée dans l'Audomarois.",
                            "Parfait avec un plateau de fromages."}, 350, 9_000),
            new Trade("Fromagerie", "Alimentation", new String[] {"Fromages", "Crèmerie"},
                    new String[] {"Fromage de chèvre", "Maroilles", "Vieux-Lille", "Beurre demi-sel",
                            "Crème fraîche", "Tomme", "Mimolette vieille"},
                    new String[] {"fermier", "affiné", "au lait cru", "AOP", "de la ferme"},
                    new String[] {"Affiné dans nos caves.", "Lait cru de vaches du Pas-de-Calais.",
                            "Idéal en fin de repas."}, 300, 2_800),
            new Trade("Chausseur", "Mode", new String[] {"Chaussures", "Chaussons"},
                    new String[] {"Chaussures de marche", "Baskets", "Bottines en cuir", "Sandales", "Chaussons",
                            "Bottes de pluie", "Mocassins", "Escarpins"},
                    new String[] {"pour femme", "pour homme", "pour enfant", "noires", "marron", "taille 42"},
                    new String[] {"Semelle antidérapante et cuir souple.", "Fabriquées en France.",
                            "Confortables pour la randonnée."}, 1_500, 18_000),
            new Trade("Boutique", "Mode", new String[] {"Vêtements", "Accessoires"},
                    new String[] {"Pull en laine", "Écharpe", "Bonnet", "Robe d'été", "Chemise en lin", "Sac à main",
                            "Ceinture en cuir", "Parapluie"},
                    new String[] {"bleu marine", "rouge", "en coton bio", "tricoté main", "unisexe"},
                    new String[] {"Une pièce intemporelle.", "Tissu doux et chaud pour l'hiver.",
                            "Idéal pour l'été."}, 990, 12_000),
            new Trade("Maison", "Maison", new String[] {"Décoration", "Bougies", "Arts de la table"},
                    new String[] {"Bougie parfumée", "Vase en céramique", "Coussin", "Plaid", "Tasse", "Théière",
                            "Cadre photo", "Savon artisanal"},
                    new String[] {"fait main", "en grès", "parfum lavande", "local", "en lin lavé"},
                    new String[] {"Fabriqué dans notre atelier.", "Un cadeau qui fait plaisir.",
                            "Pièce unique."}, 500, 8_000),
            new Trade("Librairie", "Loisirs", new String[] {"Livres", "Jeux"},
                    new String[] {"Roman policier", "Livre de cuisine", "Bande dessinée", "Jeu de société",
                            "Puzzle", "Carnet de voyage", "Guide de randonnée"},
                    new String[] {"du marais audomarois", "pour enfant", "dédicacé", "en famille", "illustré"},
                    new String[] {"Coup de cœur de la librairie.", "Un auteur de la région.",
                            "Pour les longues soirées d'hiver."}, 600, 6_000),
            new Trade("Fleuriste", "Maison", new String[] {"Fleurs"},
                    new String[] {"Bouquet de roses", "Orchidée", "Plante verte", "Bouquet de saison", "Cactus"},
                    new String[] {"rouge", "blanc", "de saison", "en pot", "livré"},
                    new String[] {"Composé le jour même.", "Fleurs cultivées dans le marais."}, 800, 7_500),
            new Trade("Parfumerie", "Beauté", new String[] {"Soins", "Parfums"},
                    new String[] {"Crème hydratante", "Eau de toilette", "Savon au lait d'ânesse", "Baume à lèvres",
                            "Shampoing solide"},
                    new String[] {"bio", "sans parfum", "pour peau sensible", "naturel", "vegan"},
                    new String[] {"Formulé sans paraben.", "Fabriqué dans les Hauts-de-France."}, 450, 6_500),
    };

    private static final String[] SURNAMES = {"Dupont", "Lefebvre", "Martin", "Vasseur", "Delattre", "Caron",
            "Lemaire", "Deschamps", "Fournier", "Dumont", "Leroy", "Bernard", "Petit", "Lambert", "Leclercq",
            "Moreau", "Duhamel", "Dewailly", "Hochart", "Ramet"};

    private static final long[] BOUNDS = {1_000, 2_000, 5_000, 10_000};

    private final long seed;
    private final int merchantCount;
    private final Instant start = Instant.parse("2023-01-01T00:00:00Z");

    /**
     * @param seed the catalogue's seed: the same seed and id always give the same document
     * @param merchantCount number of shops (172 in the demo territory)
     */
    CatalogueGenerator(long seed, int merchantCount) {
        this.seed = seed;
        this.merchantCount = merchantCount;
    }

    Iterator<SearchDocument> documents(long count) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(next++);
            }
        };
    }

    List<SearchDocument> list(int count) {
        List<SearchDocument> documents = new ArrayList<>(count);
        documents(count).forEachRemaining(documents::add);
        return documents;
    }

    /** The product with this id (1 and up). */
    SearchDocument document(long id) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
        int merchant = 1 + random.nextInt(merchantCount);
        Trade trade = TRADES[(merchant * 7) % TRADES.length];
        String[] commune = COMMUNES[(merchant * 13) % COMMUNES.length];
        String merchantName = trade.shop + " " + SURNAMES[merchant % SURNAMES.length]
                + (merchant > SURNAMES.length ? " " + (merchant / SURNAMES.length) : "");
        int tradeIndex = indexOf(trade);
        int leaf = random.nextInt(trade.categories.length);
        long rootId = 1 + indexOfRoot(trade.root);
        long leafId = 100 + tradeIndex * 10L + leaf;

        String product = pick(random, trade.products);
        String qualifier = pick(random, trade.qualifiers);
        String name = product + " " + qualifier;
        String description = name + ". " + pick(random, trade.sentences) + " " + pick(random, trade.sentences)
                + " Disponible chez " + merchantName + " à " + commune[1] + ".";
        String keywords = qualifier + " " + trade.shop.toLowerCase(java.util.Locale.ROOT);
        long price = price(random, trade);
        long ageSeconds = random.nextInt(4) == 0 ? random.nextInt(30) * 86_400L : random.nextLong(2 * 365 * 86_400L);
        boolean inStock = random.nextInt(100) < 85;
        Optional<String> image = random.nextInt(100) < 80 ? Optional.of("products/" + id + ".jpg") : Optional.empty();
        return new SearchDocument(new ProductId(id), slug(name) + "-" + id, name, description, keywords,
                new MerchantId(merchant), merchantName, slug(merchantName), commune[0], commune[1],
                new CategoryId(leafId), trade.categories[leaf], List.of(new CategoryId(rootId), new CategoryId(leafId)),
                Money.euros(price), Money.euros(price + random.nextInt(3) * 250L), inStock,
                start.plusSeconds(ageSeconds), image, image.isPresent() ? "Photo : " + name : "");
    }

    /** The name of the root category with this id. */
    static String rootName(long rootId) {
        return ROOTS[(int) rootId - 1];
    }

    private static long price(SplittableRandom random, Trade trade) {
        if (random.nextInt(5) == 0) {
            long bound = BOUNDS[random.nextInt(BOUNDS.length)];
            return bound + random.nextInt(3) - 1;
        }
        return trade.minPrice + random.nextLong(trade.maxPrice - trade.minPrice);
    }

    private static int indexOf(Trade trade) {
        for (int i = 0; i < TRADES.length; i++) {
            if (TRADES[i] == trade) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static int indexOfRoot(String root) {
        for (int i = 0; i < ROOTS.length; i++) {
            if (ROOTS[i].equals(root)) {
                return i;
            }
        }
        throw new IllegalStateException(root);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
