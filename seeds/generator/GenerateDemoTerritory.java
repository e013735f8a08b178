import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the demo territory of the Pays de Saint-Omer: its real communes, a category tree, 196 fictional shops
 * and about 4 000 fictional products. Fully deterministic: one fixed seed, fixed dates, ordered collections only.
 *
 * <pre>
 *   java seeds/generator/GenerateDemoTerritory.java territories/pays-de-saint-omer            # (re)write the files
 *   java seeds/generator/GenerateDemoTerritory.java --check territories/pays-de-saint-omer    # fail if they are stale
 * </pre>
 *
 * No dependencies, Java 17. See seeds/README.md for the file formats.
 */
public final class GenerateDemoTerritory {

    static final long SEED = 20201114L;
    static final int LIVE_SHOPS = 172;
    static final int ONBOARDING_SHOPS = 24;
    static final int LIVE_PRODUCTS = 4000;
    static final int FEATURED_SHOPS = 12;
    static final double OUT_OF_STOCK_SHARE = 0.05;
    /** Shops joined the marketplace from its opening, in June 2020... */
    static final Instant MARKETPLACE_OPENS = Instant.parse("2020-06-01T00:00:00Z");
    /** ...up to the eve of the Happy Kdo Booster vouchers (14 November 2020): the snapshot the demo shows. */
    static final Instant SNAPSHOT = Instant.parse("2020-11-13T21:00:00Z");

    /**
     * The files written, relative to the territory's folder ({@code territories/pays-de-saint-omer}): its communes and
     * categories at the top, the fictional shops and the plugins' set-up under {@code demo/}. The folder's other files
     * (branding, legal pages, synonyms, {@code demo/accounts.json}) are written by hand.
     */
    static final List<String> FILES = List.of("territory.json", "categories.json", "demo/merchants.json", "demo/products.json",
            "demo/training.json", "demo/vouchers.json");

    public static void main(String[] args) throws IOException {
        relaunchIfSourceMisread(args);
        if (args.length == 1 && !args[0].startsWith("--")) {
            Path dir = Path.of(args[0]);
            Map<String, String> files = generate();
            write(files, dir);
            System.out.println("Wrote " + String.join(", ", files.keySet()) + " to " + dir);
        }
        else if (args.length == 2 && args[0].equals("--check")) {
            System.exit(check(Path.of(args[1])));
        }
        else {
            System.err.println("usage: java GenerateDemoTerritory.java <territory folder>");
            System.err.println("       java GenerateDemoTerritory.java --check <committed territory folder>");
            System.exit(2);
        }
    }

    /**
     * The source launcher of Java 17 reads this file in the platform encoding: under a C/POSIX locale every
     * accent would be lost. Detect it (the literal below must be one character) and run again in UTF-8.
     */
    private static void relaunchIfSourceMisread(String[] args) throws IOException {
        if ("é".equals("\u00e9")) {
            return;
        }
        String source = System.getProperty("jdk.launcher.sourcefile");
        if (source == null || Boolean.getBoolean("comptoir.seeds.relaunched")) {
            throw new IllegalStateException("this source file must be read as UTF-8: run it with -Dfile.encoding=UTF-8");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dcomptoir.seeds.relaunched=true", source));
        command.addAll(Arrays.asList(args));
        try {
            System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ files

    static void write(Map<String, String> files, Path dir) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Regenerates into a temporary directory and compares byte for byte; 0 when identical, 1 otherwise. */
    static int check(Path committed) throws IOException {
        Path fresh = Files.createTempDirectory("comptoir-seeds-");
        try {
            write(generate(), fresh);
            for (String name : FILES) {
                Path expected = fresh.resolve(name);
                Path actual = committed.resolve(name);
                if (!Files.exists(actual)) {
                    System.err.println("seeds check: " + actual + " is missing; regenerate with seeds/generate.sh");
                    return 1;
                }
                if (!Arrays.equals(Files.readAllBytes(expected), Files.readAllBytes(actual))) {
                    System.err.println("seeds check: " + actual + " differs from what the generator writes"
                            + firstDifference(expected, actual));
                    System.err.println("Regenerate the demo data with seeds/generate.sh and commit it.");
                    return 1;
                }
            }
            System.out.println("seeds check: " + committed + " is up to date (" + String.join(", ", FILES) + ")");
            return 0;
        }
        finally {
            try (Stream<Path> paths = Files.walk(fresh)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String firstDifference(Path expected, Path actual) throws IOException {
        List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
        List<String> have = Files.readAllLines(actual, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<end of file>";
            String h = i < have.size() ? have.get(i) : "<end of file>";
            if (!w.equals(h)) {
                int column = 0;
                while (column < Math.min(w.length(), h.length()) && w.charAt(column) == h.charAt(column)) {
                    column++;
                }
                return ", first at line " + (i + 1) + ", column " + (column + 1) + ":\n"
                        + "  expected: " + around(w, column) + "\n"
                        + "  found:    " + around(h, column);
            }
        }
        return " (line endings or final newline)";
    }

    private static String around(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 60);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }

    // ------------------------------------------------------------------------------------------------ generation

    static Map<String, String> generate() {
        Random rnd = new Random(SEED);
        List<Commune> communes = Territory.communes();
        List<CategoryNode> tree = Catalogue.tree();
        Map<String, Vocabulary> vocabularies = Vocabularies.all();
        List<Trade> trades = Trades.all();

        requireVariety(trades, vocabularies);
        List<Shop> shops = new ShopFactory(rnd, communes, trades).create();
        List<Item> items = new ItemFactory(rnd, vocabularies).create(shops);
        new Checks(communes, tree, vocabularies, shops, items).verify();

        Map<String, String> files = new LinkedHashMap<>();
        files.put("territory.json", Json.pretty(Territory.json(communes)));
        files.put("categories.json", Json.pretty(Catalogue.json(tree)));
        files.put("demo/merchants.json", Json.linePerElement(shops.stream().map(Shop::json).collect(Collectors.toList())));
        files.put("demo/products.json", Json.linePerElement(items.stream().map(Item::json).collect(Collectors.toList())));
        files.put("demo/training.json", Json.pretty(TrainingSeeds.json(shops)));
        // the vouchers draw from their own random stream, so that they never change the shops and products above
        files.put("demo/vouchers.json", Json.pretty(new VoucherSeeds(new Random(SEED + 1), communes, shops).json()));
        return files;
    }

    /**
     * A shop draws its products from its categories' vocabularies without repeating a name: they must hold well
     * more than its largest catalogue, or shops of a trade would all look alike.
     */
    static void requireVariety(List<Trade> trades, Map<String, Vocabulary> vocabularies) {
        List<String> poor = new ArrayList<>();
        for (Trade trade : trades) {
            int capacity = trade.categories.stream().mapToInt(c -> vocabularies.get(c).capacity()).sum();
            if (capacity < trade.maxProducts * 5 / 4) {
                poor.add(trade.key + " (" + capacity + " distinct products for up to " + trade.maxProducts + ")");
            }
        }
        if (!poor.isEmpty()) {
            throw new IllegalStateException("vocabularies too small for: " + String.join(", ", poor));
        }
    }

    // ------------------------------------------------------------------------------------------------ territory

    record Commune(String insee, String name, String postalCode, String intercommunality, int population) {
        /** "à Arques" */
        String at() {
            return "à " + name;
        }

        /** "d'Arques", "de Lumbres" */
        String of() {
            return Text.de(name);
        }
    }

    static final class Territory {
        /**
         * The 53 communes of the CAPSO and the 36 of the CCPL as in INSEE's official geographic code (COG 2021),
         * with their main postal code and their legal municipal population, via the npm package
         * {@code @etalab/decoupage-administratif} 1.1.1.
         */
        static List<Commune> communes() {
            return List.of(
                    new Commune("62014", "Aire-sur-la-Lys", "62120", "CAPSO", 9691),
                    new Commune("62040", "Arques", "62510", "CAPSO", 9584),
                    new Commune("62053", "Audincthun", "62560", "CAPSO", 662),
                    new Commune("62067", "Avroult", "62560", "CAPSO", 619),
                    new Commune("62087", "Bayenghem-lès-Éperlecques", "62910", "CAPSO", 1002),
                    new Commune("62095", "Beaumetz-lès-Aire", "62960", "CAPSO", 241),
                    new Commune("62139", "Blendecques", "62575", "CAPSO", 4944),
                    new Commune("62153", "Bomy", "62960", "CAPSO", 645),
                    new Commune("62205", "Campagne-lès-Wardrecques", "62120", "CAPSO", 1273),
                    new Commune("62225", "Clairmarais", "62500", "CAPSO", 606),
                    new Commune("62254", "Coyecques", "62560", "CAPSO", 602),
                    new Commune("62265", "Delettes", "62129", "CAPSO", 1183),
                    new Commune("62267", "Dennebrœucq", "62560", "CAPSO", 395),
                    new Commune("62288", "Ecques", "62129", "CAPSO", 2165),
                    new Commune("62295", "Enquin-lez-Guinegatte", "62145", "CAPSO", 1623),
                    new Commune("62297", "Éperlecques", "62910", "CAPSO", 3696),
                    new Commune("62304", "Erny-Saint-Julien", "62960", "CAPSO", 332),
                    new Commune("62325", "Fauquembergues", "62560", "CAPSO", 961),
                    new Commune("62327", "Febvin-Palfart", "62960", "CAPSO", 609),
                    new Commune("62336", "Fléchin", "62960", "CAPSO", 480),
                    new Commune("62403", "Hallines", "62570", "CAPSO", 1206),
                    new Commune("62423", "Helfaut", "62570", "CAPSO", 1720),
                    new Commune("62452", "Heuringhem", "62575", "CAPSO", 1360),
                    new Commune("62458", "Houlle", "62910", "CAPSO", 1147),
                    new Commune("62471", "Bellinghem", "62129", "CAPSO", 1066),
                    new Commune("62485", "Laires", "62960", "CAPSO", 369),
                    new Commune("62525", "Longuenesse", "62219", "CAPSO", 10563),
                    new Commune("62543", "Mametz", "62120", "CAPSO", 2004),
                    new Commune("62567", "Mentque-Nortbécourt", "62890", "CAPSO", 637),
                    new Commune("62569", "Merck-Saint-Liévin", "62560", "CAPSO", 662),
                    new Commune("62592", "Moringhem", "62910", "CAPSO", 557),
                    new Commune("62595", "Moulle", "62910", "CAPSO", 1131),
                    new Commune("62618", "Nordausques", "62890", "CAPSO", 1315),
                    new Commune("62622", "Nort-Leulinghem", "62890", "CAPSO", 258),
                    new Commune("62681", "Quiestède", "62120", "CAPSO", 627),
                    new Commune("62684", "Racquinghem", "62120", "CAPSO", 2234),
                    new Commune("62691", "Saint-Augustin", "62120", "CAPSO", 813),
                    new Commune("62696", "Reclinghem", "62560", "CAPSO", 236),
                    new Commune("62704", "Renty", "62560", "CAPSO", 598),
                    new Commune("62721", "Roquetoire", "62120", "CAPSO", 1936),
                    new Commune("62757", "Saint-Martin-lez-Tatinghem", "62500", "CAPSO", 5923),
                    new Commune("62760", "Saint-Martin-d'Hardinghem", "62560", "CAPSO", 279),
                    new Commune("62765", "Saint-Omer", "62500", "CAPSO", 14903),
                    new Commune("62772", "Salperwick", "62500", "CAPSO", 479),
                    new Commune("62792", "Serques", "62910", "CAPSO", 1151),
                    new Commune("62811", "Thérouanne", "62129", "CAPSO", 1099),
                    new Commune("62812", "Thiembronne", "62560", "CAPSO", 831),
                    new Commune("62819", "Tilques", "62500", "CAPSO", 1084),
                    new Commune("62827", "Tournehem-sur-la-Hem", "62890", "CAPSO", 1400),
                    new Commune("62875", "Wardrecques", "62120", "CAPSO", 1363),
                    new Commune("62901", "Wittes", "62120", "CAPSO", 993),
                    new Commune("62902", "Wizernes", "62570", "CAPSO", 3292),
                    new Commune("62904", "Zouafques", "62890", "CAPSO", 593),
                    new Commune("62008", "Acquin-Westbécourt", "62380", "CCPL", 808),
                    new Commune("62010", "Affringues", "62380", "CCPL", 250),
                    new Commune("62024", "Alquines", "62850", "CCPL", 984),
                    new Commune("62055", "Audrehem", "62890", "CCPL", 534),
                    new Commune("62088", "Bayenghem-lès-Seninghem", "62380", "CCPL", 328),
                    new Commune("62140", "Bléquin", "62380", "CCPL", 501),
                    new Commune("62149", "Boisdinghem", "62500", "CCPL", 245),
                    new Commune("62155", "Bonningues-lès-Ardres", "62890", "CCPL", 639),
                    new Commune("62169", "Bouvelinghem", "62380", "CCPL", 238),
                    new Commune("62228", "Clerques", "62890", "CCPL", 327),
                    new Commune("62229", "Cléty", "62380", "CCPL", 793),
                    new Commune("62245", "Coulomby", "62380", "CCPL", 760),
                    new Commune("62271", "Dohem", "62380", "CCPL", 834),
                    new Commune("62292", "Elnes", "62380", "CCPL", 876),
                    new Commune("62308", "Escœuilles", "62850", "CCPL", 476),
                    new Commune("62309", "Esquerdes", "62380", "CCPL", 1632),
                    new Commune("62419", "Haut-Loquin", "62850", "CCPL", 179),
                    new Commune("62478", "Journy", "62850", "CCPL", 279),
                    new Commune("62495", "Ledinghem", "62380", "CCPL", 331),
                    new Commune("62504", "Leulinghem", "62500", "CCPL", 256),
                    new Commune("62534", "Lumbres", "62380", "CCPL", 3601),
                    new Commune("62613", "Nielles-lès-Bléquin", "62380", "CCPL", 890),
                    new Commune("62644", "Ouve-Wirquin", "62380", "CCPL", 503),
                    new Commune("62656", "Pihem", "62570", "CCPL", 947),
                    new Commune("62674", "Quelmes", "62500", "CCPL", 555),
                    new Commune("62675", "Quercamps", "62380", "CCPL", 275),
                    new Commune("62692", "Rebergues", "62850", "CCPL", 367),
                    new Commune("62702", "Remilly-Wirquin", "62380", "CCPL", 357),
                    new Commune("62788", "Seninghem", "62380", "CCPL", 693),
                    new Commune("62794", "Setques", "62380", "CCPL", 595),
                    new Commune("62803", "Surques", "62850", "CCPL", 637),
                    new Commune("62837", "Vaudringhem", "62380", "CCPL", 506),
                    new Commune("62882", "Wavrans-sur-l'Aa", "62380", "CCPL", 1239),
                    new Commune("62897", "Wismes", "62380", "CCPL", 511),
                    new Commune("62898", "Wisques", "62219", "CCPL", 220),
                    new Commune("62905", "Zudausques", "62500", "CCPL", 987));
        }

        static Map<String, Object> json(List<Commune> communes) {
            Map<String, Object> territory = new LinkedHashMap<>();
            territory.put("name", "Pays de Saint-Omer");
            territory.put("shortName", "Saint-Omer");
            territory.put("currency", "EUR");
            territory.put("timeZone", "Europe/Paris");
            territory.put("languages", List.of("fr", "en"));
            territory.put("contact", Json.object("email", "contact@achetezenpaysdesaintomer.example", "phone", "03 53 01 00 00",
                    "address", "Maison du commerce, 2 rue de Calais, 62500 Saint-Omer"));
            // the centre of the map of the shops: between Saint-Omer and Lumbres, the whole territory in view at zoom 10
            territory.put("mapCentre", Json.object("latitude", new java.math.BigDecimal("50.7200"), "longitude",
                    new java.math.BigDecimal("2.1600"), "zoom", 10));
            territory.put("intercommunalities", List.of(
                    Json.object("code", "CAPSO", "name", "Communauté d'agglomération du Pays de Saint-Omer", "siren", "200069037"),
                    Json.object("code", "CCPL", "name", "Communauté de communes du Pays de Lumbres", "siren", "246201016")));
            territory.put("communes", communes.stream()
                    .map(c -> Json.object("insee", c.insee(), "name", c.name(), "postalCode", c.postalCode(),
                            "intercommunality", c.intercommunality(), "population", c.population()))
                    .collect(Collectors.toList()));
            return territory;
        }

        /** How many shops each commune gets: the towns most of them, a few villages one or two (196 in all). */
        static Map<String, Integer> shopsPerCommune() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("62765", 66); // Saint-Omer
            counts.put("62014", 22); // Aire-sur-la-Lys
            counts.put("62525", 20); // Longuenesse
            counts.put("62040", 18); // Arques
            counts.put("62534", 11); // Lumbres
            counts.put("62757", 6);  // Saint-Martin-lez-Tatinghem
            counts.put("62139", 5);  // Blendecques
            counts.put("62902", 4);  // Wizernes
            counts.put("62297", 4);  // Éperlecques
            counts.put("62325", 3);  // Fauquembergues
            counts.put("62309", 3);  // Esquerdes
            counts.put("62811", 2);  // Thérouanne
            counts.put("62423", 2);  // Helfaut
            counts.put("62827", 2);  // Tournehem-sur-la-Hem
            counts.put("62225", 2);  // Clairmarais
            for (String insee : List.of("62684", "62288", "62721", "62543", "62295", "62618", "62292", "62008",
                    "62794", "62882", "62024", "62819", "62792", "62458", "62595", "62403", "62452", "62875",
                    "62205", "62812", "62905", "62471", "62265", "62613", "62271", "62055")) {
                counts.put(insee, 1);
            }
            return counts;
        }

        /** Street names: a few of each town's own, then the usual ones of any French commune. */
        static List<String> streets(Commune commune) {
            List<String> own = switch (commune.insee()) {
                case "62765" -> List.of("rue de Dunkerque", "rue des Clouteries", "place Foch", "place Victor-Hugo",
                        "rue de Calais", "rue d'Arras", "rue Saint-Bertin", "rue des Épéers", "rue de l'Écusserie",
                        "rue Louis-Martel", "rue Henri-Dupuis", "rue Allent", "rue de Wissocq", "boulevard de Strasbourg",
                        "quai du Haut-Pont", "rue de Lyssel", "rue Carnot", "place du Vainquai");
                case "62014" -> List.of("Grand-Place", "rue d'Arras", "rue de Saint-Omer", "rue du Bourg",
                        "rue de Thérouanne", "place du Château", "rue d'Isbergues");
                case "62040" -> List.of("rue Jean-Jaurès", "place Roger-Salengro", "rue Michelet", "rue de l'Écluse",
                        "avenue du Général-de-Gaulle", "rue Gambetta");
                case "62525" -> List.of("rue de Wizernes", "avenue de Lattre-de-Tassigny", "rue de la Gare",
                        "route de Boulogne", "rue Léon-Blum", "rue des Prairies");
                case "62534" -> List.of("rue François-Cousin", "rue de Saint-Omer", "place de la Mairie",
                        "rue du Général-Leclerc", "rue de Boulogne");
                default -> List.of();
            };
            List<String> usual = commune.population() >= 2000
                    ? List.of("rue de la République", "rue du Général-de-Gaulle", "rue Jean-Jaurès", "rue Victor-Hugo",
                            "rue Pasteur", "rue de la Gare", "place de l'Église", "rue Émile-Zola", "rue du Moulin",
                            "rue Roger-Salengro", "avenue de la Libération", "rue du 8-Mai-1945")
                    : List.of("rue Principale", "place de l'Église", "rue de l'Église", "rue de la Mairie",
                            "route de Saint-Omer", "rue du Moulin", "rue des Écoles", "chemin des Prés");
            List<String> all = new ArrayList<>(own);
            if (own.isEmpty() || !commune.insee().equals("62765")) {
                all.addAll(usual);
            }
            return all;
        }
    }

    // ------------------------------------------------------------------------------------------------ categories

    record CategoryNode(String slug, String name, List<CategoryNode> children) {
        Map<String, Object> json() {
            return Json.object("slug", slug, "name", name,
                    "children", children.stream().map(CategoryNode::json).collect(Collectors.toList()));
        }
    }

    static final class Catalogue {
        static List<CategoryNode> tree() {
            return List.of(
                    root("mode-chaussures", "Mode et chaussures",
                            leaf("chaussures", "Chaussures"),
                            leaf("vetements-femme", "Vêtements femme"),
                            leaf("vetements-homme", "Vêtements homme"),
                            leaf("vetements-enfant", "Vêtements enfant"),
                            leaf("maroquinerie-accessoires", "Maroquinerie et accessoires")),
                    root("epicerie-boissons", "Épicerie et boissons",
                            leaf("epicerie-fine", "Épicerie fine"),
                            leaf("cafes-thes", "Cafés et thés"),
                            leaf("cave-a-vins", "Cave à vins"),
                            leaf("bieres-spiritueux", "Bières, cidres et spiritueux"),
                            leaf("fromagerie", "Fromagerie et crèmerie"),
                            leaf("fruits-legumes", "Fruits et légumes")),
                    root("boulangerie-patisserie", "Boulangerie et pâtisserie",
                            leaf("pains", "Pains"),
                            leaf("viennoiseries", "Viennoiseries"),
                            leaf("patisseries", "Pâtisseries"),
                            leaf("chocolats-confiseries", "Chocolats et confiseries")),
                    root("boucherie-charcuterie", "Boucherie et charcuterie",
                            leaf("boucherie", "Boucherie"),
                            leaf("charcuterie", "Charcuterie"),
                            leaf("traiteur", "Plats traiteur")),
                    root("fleurs-plantes", "Fleurs et plantes",
                            leaf("bouquets", "Bouquets"),
                            leaf("plantes", "Plantes"),
                            leaf("compositions-florales", "Compositions florales")),
                    root("librairie-presse", "Librairie et presse",
                            leaf("romans", "Romans et policiers"),
                            leaf("bandes-dessinees", "Bandes dessinées"),
                            leaf("livres-jeunesse", "Livres jeunesse"),
                            leaf("beaux-livres", "Beaux livres et régionalisme"),
                            leaf("papeterie", "Papeterie")),
                    root("jouets-jeux", "Jouets et jeux",
                            leaf("jeux-de-societe", "Jeux de société"),
                            leaf("jouets-eveil", "Jouets et éveil"),
                            leaf("puzzles", "Puzzles"),
                            leaf("loisirs-creatifs", "Loisirs créatifs")),
                    root("bricolage-jardin", "Bricolage et jardin",
                            leaf("outillage", "Outillage"),
                            leaf("quincaillerie", "Quincaillerie et droguerie"),
                            leaf("jardinage", "Jardinage")),
                    root("beaute-bien-etre", "Beauté et bien-être",
                            leaf("soins-visage-corps", "Soins du visage et du corps"),
                            leaf("parfums", "Parfums"),
                            leaf("savons-cosmetiques-naturels", "Savons et cosmétiques naturels"),
                            leaf("soins-capillaires", "Soins capillaires"),
                            leaf("soins-institut", "Soins en institut")),
                    root("sport", "Sport",
                            leaf("randonnee-running", "Randonnée et running"),
                            leaf("sports-collectifs-raquettes", "Sports collectifs et raquettes"),
                            leaf("velos", "Vélos et accessoires"),
                            leaf("peche", "Pêche")),
                    root("cadeaux-decoration", "Cadeaux et décoration",
                            leaf("decoration-maison", "Décoration de la maison"),
                            leaf("bougies-senteurs", "Bougies et senteurs"),
                            leaf("art-de-la-table", "Art de la table"),
                            leaf("linge-de-maison", "Linge de maison"),
                            leaf("creations-locales", "Créations locales")),
                    root("cafes-restaurants", "Cafés et restaurants",
                            leaf("plats-a-emporter", "Plats à emporter"),
                            leaf("coffrets-gourmands", "Coffrets gourmands"),
                            leaf("bons-cadeaux", "Bons et cartes cadeaux")),
                    root("bijouterie-horlogerie", "Bijouterie et horlogerie",
                            leaf("bijoux", "Bijoux"),
                            leaf("montres-horloges", "Montres et horloges")));
        }

        static List<Map<String, Object>> json(List<CategoryNode> tree) {
            return tree.stream().map(CategoryNode::json).collect(Collectors.toList());
        }

        private static CategoryNode root(String slug, String name, CategoryNode... children) {
            return new CategoryNode(slug, name, List.of(children));
        }

        private static CategoryNode leaf(String slug, String name) {
            return new CategoryNode(slug, name, List.of());
        }
    }

    // ------------------------------------------------------------------------------------------------ people

    static final class People {
        static final List<String> FAMILY_NAMES = List.of(
                "Delattre", "Lefebvre", "Vasseur", "Caron", "Leroy", "Lemaire", "Duhamel", "Delannoy", "Decroix",
                "Dewitte", "Vandenbussche", "Lheureux", "Hochart", "Fournier", "Carpentier", "Deschamps", "Lecointe",
                "Maes", "Deconinck", "Wallet", "Lengagne", "Fasquel", "Courtin", "Coppin", "Ducrocq", "Pruvost",
                "Dufour", "Bocquet", "Fontaine", "Delobel", "Vanhove", "Lagache", "Leclercq", "Merlin", "Hennequin",
                "Cuvelier", "Facon", "Delaby", "Tavernier", "Degrave", "Boulanger", "Lefranc", "Ternisien", "Dumont",
                "Marquis", "Beauvois", "Leprêtre", "Wadoux", "Bollengier", "Verhaeghe", "Calonne", "Déprez", "Ramet",
                "Lesage", "Mahieu", "Brunet", "Coquelle", "Noël", "Gosselin", "Dhalluin", "Lemoine", "Bouclet",
                "Vandamme", "Cordonnier", "Flahaut", "Lemaître", "Quéval", "Haudiquet", "Magnier", "Mouton",
                "Roussel", "Sagot", "Tellier", "Warembourg", "Cuvillier", "Dequidt", "Bécu", "Hurtrel", "Outtier",
                "Baheu", "Candelier", "Delpierre", "Evrard", "Fiolet", "Gressier", "Joly", "Lebrun", "Mercier");

        static final List<String> WOMEN = List.of(
                "Marie", "Sophie", "Camille", "Émilie", "Claire", "Céline", "Aurélie", "Élodie", "Laure", "Hélène",
                "Pauline", "Justine", "Anaïs", "Chloé", "Manon", "Lucie", "Agnès", "Nathalie", "Estelle", "Inès",
                "Margaux", "Léa", "Gaëlle", "Solène", "Noémie");
        static final List<String> MEN = List.of(
                "Julien", "Thomas", "Nicolas", "Mathieu", "Antoine", "Pierre", "Sébastien", "Maxime", "Vincent", "Benoît",
                "Guillaume", "François", "Jérôme", "Olivier", "Stéphane", "Damien", "Xavier", "Bertrand", "Hugo", "Rémi",
                "Frédéric", "Cédric", "Yann", "Arnaud", "Joël");
    }

    // ------------------------------------------------------------------------------------------------ shops

    /** A kind of shop: what it sells, how many of them the territory has, how they are named and open. */
    static final class Trade {
        final String key;
        final String label;
        List<String> categories = List.of();
        int live;
        int onboarding;
        int minProducts;
        int maxProducts;
        int minPopulation;
        int maxPopulation = Integer.MAX_VALUE;
        /** The share of shops of this trade run by a woman, in percent. */
        int womenOwners = 50;
        List<String> hours = List.of();
        List<String> names = List.of();
        List<String> intros = List.of();
        List<String> details = List.of();

        Trade(String key, String label) {
            this.key = key;
            this.label = label;
        }

        Trade sells(String... leafCategories) {
            categories = List.of(leafCategories);
            return this;
        }

        Trade shops(int liveShops, int onboardingShops) {
            live = liveShops;
            onboarding = onboardingShops;
            return this;
        }

        Trade products(int min, int max) {
            minProducts = min;
            maxProducts = max;
            return this;
        }

        /** Only in communes of at least this population (a shoe shop is not in a village of 300). */
        Trade townsFrom(int population) {
            minPopulation = population;
            return this;
        }

        /** Only in communes below this population (farms). */
        Trade villagesBelow(int population) {
            maxPopulation = population;
            return this;
        }

        Trade womenOwners(int percent) {
            womenOwners = percent;
            return this;
        }

        Trade hours(String... patterns) {
            hours = List.of(patterns);
            return this;
        }

        Trade names(String... templates) {
            names = List.of(templates);
            return this;
        }

        Trade intros(String... sentences) {
            intros = List.of(sentences);
            return this;
        }

        Trade details(String... sentences) {
            details = List.of(sentences);
            return this;
        }

        boolean fits(Commune commune) {
            return commune.population() >= minPopulation && commune.population() < maxPopulation;
        }
    }

    static final class Shop {
        int number;
        String ref;
        String name;
        String slug;
        String siret;
        Trade trade;
        String description;
        Commune commune;
        String street;
        String email;
        String phone;
        String website;
        String openingHours;
        boolean featured;
        String status;
        Instant joined;
        int productCount;

        boolean live() {
            return status.equals("LIVE");
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ref", ref);
            json.put("name", name);
            json.put("siret", siret);
            json.put("trade", trade.label);
            json.put("description", description);
            json.put("address", Json.object("street", street, "postalCode", commune.postalCode(), "communeInsee", commune.insee()));
            json.put("contact", Json.object("email", email, "phone", phone, "website", website));
            json.put("openingHours", openingHours);
            json.put("categories", trade.categories);
            json.put("featured", featured);
            json.put("status", status);
            return json;
        }
    }

    /** Creates the shops: trade, commune, name, legal number, contact, hours, description. */
    static final class ShopFactory {
        private final Random rnd;
        private final List<Commune> communes;
        private final List<Trade> trades;
        private final Set<String> names = new HashSet<>();
        private final Set<String> slugs = new HashSet<>();
        private final Set<String> sirets = new HashSet<>();
        private final Set<String> phones = new HashSet<>();

        ShopFactory(Random rnd, List<Commune> communes, List<Trade> trades) {
            this.rnd = rnd;
            this.communes = communes;
            this.trades = trades;
        }

        List<Shop> create() {
            List<Shop> shops = new ArrayList<>();
            for (Trade trade : trades) {
                for (int i = 0; i < trade.live + trade.onboarding; i++) {
                    Shop shop = new Shop();
                    shop.trade = trade;
                    shop.status = i < trade.live ? "LIVE" : "ONBOARDING";
                    shops.add(shop);
                }
            }
            placeInCommunes(shops);
            Rand.shuffle(shops, rnd);
            dateJoins(shops);
            // live shops first, then those in training; each group in the order they joined
            shops.sort(Comparator.comparing((Shop s) -> !s.live()).thenComparing(s -> s.joined));
            for (int i = 0; i < shops.size(); i++) {
                Shop shop = shops.get(i);
                shop.number = i + 1;
                shop.ref = String.format(Locale.ROOT, "m-%03d", shop.number);
                describe(shop);
            }
            chooseFeatured(shops);
            planProductCounts(shops);
            return shops;
        }

        /** Most constrained trades first, each shop into a random free slot of a commune that suits it. */
        private void placeInCommunes(List<Shop> shops) {
            Map<String, Commune> byInsee = new LinkedHashMap<>();
            communes.forEach(c -> byInsee.put(c.insee(), c));
            List<Commune> slots = new ArrayList<>();
            Territory.shopsPerCommune().forEach((insee, count) -> {
                for (int i = 0; i < count; i++) {
                    slots.add(byInsee.get(insee));
                }
            });
            if (slots.size() != shops.size()) {
                throw new IllegalStateException(slots.size() + " commune slots for " + shops.size() + " shops");
            }
            List<Shop> ordered = new ArrayList<>(shops);
            ordered.sort(Comparator.comparingInt((Shop s) -> s.trade.maxPopulation)
                    .thenComparing(Comparator.comparingInt((Shop s) -> s.trade.minPopulation).reversed()));
            for (Shop shop : ordered) {
                List<Integer> fitting = new ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    if (shop.trade.fits(slots.get(i))) {
                        fitting.add(i);
                    }
                }
                if (fitting.isEmpty()) {
                    throw new IllegalStateException("no commune left for a shop of trade " + shop.trade.key);
                }
                shop.commune = slots.remove((int) Rand.pick(fitting, rnd));
            }
        }

        private void describe(Shop shop) {
            Trade trade = shop.trade;
            String family = Rand.pick(People.FAMILY_NAMES, rnd);
            boolean woman = rnd.nextInt(100) < trade.womenOwners;
            String first = Rand.pick(woman ? People.WOMEN : People.MEN, rnd);
            String second = Rand.pick(rnd.nextBoolean() ? People.WOMEN : People.MEN, rnd);
            while (second.equals(first)) {
                second = Rand.pick(People.MEN, rnd);
            }
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("family", family);
            vars.put("first", first);
            vars.put("of_first", Text.de(first));
            vars.put("second", second);
            vars.put("commune", shop.commune.name());
            vars.put("at_commune", shop.commune.at());
            vars.put("of_commune", shop.commune.of());
            vars.put("year", Integer.toString(1978 + rnd.nextInt(42)));
            vars.put("generations_ago", Integer.toString(1925 + rnd.nextInt(45)));

            shop.name = uniqueName(trade, vars);
            vars.put("name", shop.name);
            shop.slug = uniqueSlug(Text.slug(shop.name));
            shop.siret = uniqueSiret();
            String street = Rand.pick(Territory.streets(shop.commune), rnd);
            boolean square = street.startsWith("place") || street.startsWith("Grand-Place") || street.startsWith("quai");
            shop.street = (1 + rnd.nextInt(square ? 24 : rnd.nextInt(4) == 0 ? 120 : 40)) + " " + street;
            shop.email = Rand.pick(List.of("contact", "contact", "bonjour", "boutique", "commandes"), rnd) + "@" + shop.slug + ".example";
            shop.phone = uniquePhone();
            shop.website = rnd.nextInt(10) < 4 ? "https://www." + shop.slug + ".example" : "";
            shop.openingHours = Rand.pick(trade.hours, rnd);

            List<String> sentences = new ArrayList<>();
            sentences.add(Text.fill(Text.gendered(Rand.pick(trade.intros, rnd), woman), vars));
            sentences.add(Text.fill(Text.gendered(Rand.pick(trade.details, rnd), woman), vars));
            if (rnd.nextInt(3) > 0) {
                String closing = Text.fill(Rand.pick(CLOSINGS, rnd), vars);
                // one word about delivery is enough
                if (!(closing.contains("ivraison") && String.join(" ", sentences).contains("ivraison"))) {
                    sentences.add(closing);
                }
            }
            shop.description = String.join(" ", sentences);
        }

        static final List<String> CLOSINGS = List.of(
                "Commandez en ligne et retirez vos achats en boutique, sans attendre.",
                "Retrait en boutique ou livraison dans le Pays de Saint-Omer.",
                "Pendant le confinement, la boutique prépare vos commandes à emporter.",
                "Livraison possible {at_commune} et dans les communes voisines.",
                "Une question ? Appelez-nous, nous vous conseillons avec plaisir.",
                "Vos commandes sont prêtes en moins de 24 heures.",
                "Commande en ligne, paiement au retrait : simple et sans contact.");

        private String uniqueName(Trade trade, Map<String, String> vars) {
            List<String> templates = new ArrayList<>(trade.names);
            Rand.shuffle(templates, rnd);
            for (String template : templates) {
                String name = Text.fill(template, vars);
                if (names.add(name)) {
                    return name;
                }
            }
            // every template taken: vary the family name on a template that uses it
            for (String template : templates) {
                if (template.contains("{family}")) {
                    for (String family : People.FAMILY_NAMES) {
                        Map<String, String> other = new LinkedHashMap<>(vars);
                        other.put("family", family);
                        String name = Text.fill(template, other);
                        if (names.add(name)) {
                            return name;
                        }
                    }
                }
            }
            throw new IllegalStateException("no free name for trade " + trade.key);
        }

        private String uniqueSlug(String base) {
            String slug = base;
            for (int i = 2; !slugs.add(slug); i++) {
                slug = base + "-" + i;
            }
            return slug;
        }

        /** A 9-digit SIREN with its Luhn key, an establishment number, and the SIRET's own Luhn key. */
        private String uniqueSiret() {
            while (true) {
                StringBuilder siren = new StringBuilder();
                siren.append(Rand.pick(List.of("3", "4", "5", "7", "8"), rnd));
                for (int i = 0; i < 7; i++) {
                    siren.append(rnd.nextInt(10));
                }
                siren.append(Luhn.checkDigit(siren.toString()));
                int establishment = rnd.nextInt(4) == 0 ? 10 + rnd.nextInt(40) : 1 + rnd.nextInt(3);
                String partial = siren + String.format(Locale.ROOT, "%04d", establishment);
                String siret = partial + Luhn.checkDigit(partial);
                if (sirets.add(siret)) {
                    return siret;
                }
            }
        }

        /**
         * Numbers from the ranges the French regulator (ARCEP) keeps for fiction, 03 53 01 and 06 39 98, so
         * that no real line is ever called from the demo.
         */
        private String uniquePhone() {
            while (true) {
                String prefix = rnd.nextInt(6) == 0 ? "06 39 98" : "03 53 01";
                String phone = String.format(Locale.ROOT, "%s %02d %02d", prefix, rnd.nextInt(100), rnd.nextInt(100));
                if (phones.add(phone)) {
                    return phone;
                }
            }
        }

        /** Live shops joined between June and October 2020; those in training in October or November. */
        private void dateJoins(List<Shop> shops) {
            for (Shop shop : shops) {
                Instant from = shop.live() ? MARKETPLACE_OPENS : Instant.parse("2020-10-05T00:00:00Z");
                Instant to = shop.live() ? Instant.parse("2020-10-31T00:00:00Z") : Instant.parse("2020-11-06T00:00:00Z");
                // early joiners are more numerous: the square skews towards the opening
                double t = rnd.nextDouble();
                Instant day = Rand.instantBetween(from, to, shop.live() ? t * t : t).truncatedTo(ChronoUnit.DAYS);
                // signed up during office hours, Paris time
                shop.joined = day.plus(7 * 60 + rnd.nextInt(9 * 60), ChronoUnit.MINUTES);
            }
        }

        /** The communication campaign features a dozen live shops, of as many different trades. */
        private void chooseFeatured(List<Shop> shops) {
            List<Shop> candidates = shops.stream().filter(Shop::live).collect(Collectors.toList());
            Rand.shuffle(candidates, rnd);
            Set<String> tradesFeatured = new HashSet<>();
            int featured = 0;
            for (Shop shop : candidates) {
                if (featured < FEATURED_SHOPS && tradesFeatured.add(shop.trade.key)) {
                    shop.featured = true;
                    featured++;
                }
            }
        }

        /**
         * Each live shop gets a product count within its trade's range, then counts move one at a time (within
         * the ranges) until the live catalogue holds exactly {@link #LIVE_PRODUCTS}. Shops in training list 0 to 8.
         */
        private void planProductCounts(List<Shop> shops) {
            List<Shop> live = shops.stream().filter(Shop::live).collect(Collectors.toList());
            int total = 0;
            for (Shop shop : shops) {
                if (shop.live()) {
                    shop.productCount = Rand.between(shop.trade.minProducts, shop.trade.maxProducts, rnd);
                    total += shop.productCount;
                }
                else {
                    shop.productCount = Math.min(rnd.nextInt(9), shop.trade.minProducts);
                }
            }
            int guard = 0;
            while (total != LIVE_PRODUCTS) {
                if (++guard > 1_000_000) {
                    throw new IllegalStateException("cannot reach " + LIVE_PRODUCTS + " products within the trades' ranges");
                }
                Shop shop = Rand.pick(live, rnd);
                if (total > LIVE_PRODUCTS && shop.productCount > shop.trade.minProducts) {
                    shop.productCount--;
                    total--;
                }
                else if (total < LIVE_PRODUCTS && shop.productCount < shop.trade.maxProducts) {
                    shop.productCount++;
                    total++;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ products

    /** How a product comes in several forms, each with a price factor of the base price. */
    enum Scheme {
        SINGLE,
        SHOES_MEN, SHOES_WOMEN, SHOES_KIDS, SHOES_ANY,
        CLOTHES_WOMEN, CLOTHES_MEN, CLOTHES_KIDS, CLOTHES_BABY, SIZES_SIMPLE,
        RING, BELT,
        WINE, BEER, SPIRIT,
        CAKE, CHEESE_WEIGHT, MEAT_WEIGHT, COFFEE_WEIGHT, CHOCOLATE_WEIGHT,
        BOUQUET, POT, BASKET, PLATTER, PERFUME, LINEN, FRAME, BOOK, VOUCHER;

        static final List<String> WOMEN_COLOURS = List.of("Noir", "Bleu marine", "Gris chiné", "Écru", "Bordeaux",
                "Camel", "Vert sapin", "Rouille", "Rose poudré", "Moutarde", "Blanc cassé", "Kaki");
        static final List<String> MEN_COLOURS = List.of("Bleu marine", "Gris anthracite", "Noir", "Écru", "Bordeaux",
                "Vert olive", "Camel", "Bleu ciel", "Kaki", "Gris chiné");

        List<Form> forms(Random rnd) {
            return switch (this) {
                case SINGLE -> List.of(new Form(List.of(), 1.0));
                case SHOES_MEN -> sizes("Pointure", range(39, 46), rnd, 6);
                case SHOES_WOMEN -> sizes("Pointure", range(36, 41), rnd, 6);
                case SHOES_KIDS -> sizes("Pointure", range(24, 35), rnd, 7);
                case SHOES_ANY -> sizes("Pointure", range(36, 46), rnd, 8);
                case CLOTHES_WOMEN -> clothes(List.of("XS", "S", "M", "L", "XL"), WOMEN_COLOURS, rnd);
                case CLOTHES_MEN -> clothes(List.of("S", "M", "L", "XL", "XXL"), MEN_COLOURS, rnd);
                case CLOTHES_KIDS -> sizes("Taille", List.of("2 ans", "4 ans", "6 ans", "8 ans", "10 ans", "12 ans"), rnd, 5);
                case CLOTHES_BABY -> sizes("Taille", List.of("3 mois", "6 mois", "12 mois", "18 mois", "24 mois"), rnd, 5);
                case SIZES_SIMPLE -> sizes("Taille", List.of("S/M", "L/XL"), rnd, 2);
                case RING -> sizes("Tour de doigt", range(50, 60), rnd, 6);
                case BELT -> sizes("Tour de taille", List.of("85 cm", "90 cm", "95 cm", "100 cm", "105 cm"), rnd, 5);
                case WINE -> switch (rnd.nextInt(4)) {
                    case 0 -> List.of(form("Contenance", "75 cl", 1.0), form("Contenance", "Magnum 150 cl", 2.15));
                    case 1 -> List.of(form("Contenance", "37,5 cl", 0.56), form("Contenance", "75 cl", 1.0));
                    default -> List.of(form("Contenance", "75 cl", 1.0));
                };
                case BEER -> rnd.nextBoolean()
                        ? List.of(form("Contenance", "33 cl", 1.0), form("Contenance", "75 cl", 2.1))
                        : List.of(form("Contenance", "33 cl", 1.0));
                case SPIRIT -> rnd.nextInt(3) == 0
                        ? List.of(form("Contenance", "35 cl", 0.55), form("Contenance", "70 cl", 1.0))
                        : List.of(form("Contenance", "70 cl", 1.0));
                case CAKE -> List.of(form("Parts", "4 parts", 1.0), form("Parts", "6 parts", 1.45), form("Parts", "8 parts", 1.9));
                case CHEESE_WEIGHT -> List.of(form("Poids", "250 g", 1.0), form("Poids", "500 g", 1.95));
                case MEAT_WEIGHT -> List.of(form("Poids", "500 g", 1.0), form("Poids", "1 kg", 1.95));
                case COFFEE_WEIGHT -> List.of(form("Poids", "250 g", 1.0), form("Poids", "1 kg", 3.6));
                case CHOCOLATE_WEIGHT -> List.of(form("Poids", "250 g", 1.0), form("Poids", "500 g", 1.9));
                case BOUQUET -> List.of(form("Taille", "Petit", 1.0), form("Taille", "Moyen", 1.4), form("Taille", "Grand", 1.8));
                case POT -> List.of(form("Pot", "14 cm", 1.0), form("Pot", "17 cm", 1.5), form("Pot", "24 cm", 2.4));
                case BASKET -> List.of(form("Taille", "Petit panier", 1.0), form("Taille", "Grand panier", 1.8));
                case PLATTER -> List.of(form("Personnes", "4 personnes", 1.0), form("Personnes", "6 personnes", 1.45),
                        form("Personnes", "8 personnes", 1.9));
                case PERFUME -> List.of(form("Contenance", "30 ml", 1.0), form("Contenance", "50 ml", 1.45),
                        form("Contenance", "100 ml", 2.1));
                case LINEN -> List.of(form("Dimensions", "140 × 200 cm", 1.0), form("Dimensions", "200 × 200 cm", 1.25),
                        form("Dimensions", "240 × 220 cm", 1.45));
                case FRAME -> sizes("Taille de cadre", List.of("S", "M", "L"), rnd, 3);
                case BOOK -> List.of(form("Format", "Broché", 1.0), form("Format", "Poche", 0.38));
                case VOUCHER -> List.of(fixed("Montant", "20 €", 2000), fixed("Montant", "30 €", 3000),
                        fixed("Montant", "50 €", 5000), fixed("Montant", "100 €", 10000));
            };
        }

        /** Whether each form holds few units (sizes), rather than the product's usual stock. */
        boolean sized() {
            return this.name().startsWith("SHOES") || this.name().startsWith("CLOTHES")
                    || this == RING || this == BELT || this == SIZES_SIMPLE || this == FRAME;
        }

        private static List<Form> sizes(String option, List<String> values, Random rnd, int maxCount) {
            // a run of consecutive sizes, as a shop actually holds them
            int count = Math.min(values.size(), Math.max(2, maxCount - rnd.nextInt(3)));
            int start = rnd.nextInt(values.size() - count + 1);
            List<Form> forms = new ArrayList<>();
            for (String value : values.subList(start, start + count)) {
                forms.add(form(option, value, 1.0));
            }
            return forms;
        }

        private static List<Form> clothes(List<String> sizes, List<String> palette, Random rnd) {
            List<Form> bySize = sizes("Taille", sizes, rnd, 5);
            if (rnd.nextInt(3) > 0) {
                return bySize;
            }
            List<String> colours = new ArrayList<>(palette);
            Rand.shuffle(colours, rnd);
            List<Form> forms = new ArrayList<>();
            for (String colour : colours.subList(0, 2)) {
                for (Form size : bySize) {
                    forms.add(new Form(List.of(size.options().get(0), List.of("Couleur", colour)), 1.0));
                }
            }
            return forms;
        }

        private static List<String> range(int from, int to) {
            List<String> values = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                values.add(Integer.toString(i));
            }
            return values;
        }

        private static Form form(String option, String value, double factor) {
            return new Form(List.of(List.of(option, value)), factor);
        }

        private static Form fixed(String option, String value, int cents) {
            return new Form(List.of(List.of(option, value)), 0, cents);
        }
    }

    /** One form of a product: its options, and its price as a factor of the base price (or a fixed price). */
    record Form(List<List<String>> options, double factor, int fixedCents) {
        Form(List<List<String>> options, double factor) {
            this(options, factor, 0);
        }
    }

    /**
     * A family of products of a category: a product type, the words that tell its products apart, its price
     * range (euro cents) and what the shop says about it.
     */
    static final class Line {
        final String type;
        final int minCents;
        final int maxCents;
        List<String> qualifiers = List.of("");
        /** A price factor per qualifier, when they cost differently (6 or 12 macarons, silver or gold). */
        double[] scales;
        Scheme scheme = Scheme.SINGLE;
        List<String> sentences = List.of();
        boolean core;
        /** Same product, same price everywhere (books: French fixed book price law). */
        boolean pricedByName;
        int minStock = -1;
        int maxStock = -1;

        Line(String type, int minCents, int maxCents) {
            this.type = type;
            this.minCents = minCents;
            this.maxCents = maxCents;
        }

        Line q(String... words) {
            qualifiers = List.of(words);
            return this;
        }

        Line q(List<String> words) {
            qualifiers = List.copyOf(words);
            return this;
        }

        Line scales(double... factors) {
            if (factors.length != qualifiers.size()) {
                throw new IllegalStateException(type + ": " + factors.length + " scales for " + qualifiers.size() + " qualifiers");
            }
            scales = factors;
            return this;
        }

        double scale(String qualifier) {
            return scales == null ? 1.0 : scales[qualifiers.indexOf(qualifier)];
        }

        Line in(Scheme forms) {
            scheme = forms;
            return this;
        }

        Line says(String... text) {
            sentences = List.of(text);
            return this;
        }

        /** Every shop selling the category lists it (the baguette of a bakery). */
        Line core() {
            core = true;
            return this;
        }

        Line pricedByName() {
            pricedByName = true;
            return this;
        }

        Line stock(int min, int max) {
            minStock = min;
            maxStock = max;
            return this;
        }

        String name(String qualifier) {
            if (qualifier.isEmpty()) {
                return type;
            }
            if (type.isEmpty()) {
                return qualifier;
            }
            return type + (qualifier.startsWith(",") ? "" : " ") + qualifier;
        }
    }

    /** The products a leaf category can hold. */
    record Vocabulary(String category, int minStock, int maxStock, List<String> sentences, List<Line> lines) {
        int capacity() {
            return lines.stream().mapToInt(l -> l.qualifiers.size()).sum();
        }
    }

    record Variant(String sku, List<List<String>> options, int price, int stock) {
        Map<String, Object> json() {
            return Json.object("sku", sku, "options", options, "price", price, "stock", stock);
        }
    }

    record Item(String ref, Shop shop, String name, String description, String category, Instant createdAt,
                List<Variant> variants) {
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ref", ref);
            json.put("merchant", shop.ref);
            json.put("name", name);
            json.put("description", description);
            json.put("category", category);
            json.put("createdAt", createdAt.toString());
            json.put("variants", variants.stream().map(Variant::json).collect(Collectors.toList()));
            return json;
        }
    }

    /** Fills each shop's catalogue from the vocabularies of the categories its trade sells in. */
    static final class ItemFactory {
        private final Random rnd;
        private final Map<String, Vocabulary> vocabularies;

        ItemFactory(Random rnd, Map<String, Vocabulary> vocabularies) {
            this.rnd = rnd;
            this.vocabularies = vocabularies;
        }

        List<Item> create(List<Shop> shops) {
            List<Item> items = new ArrayList<>();
            for (Shop shop : shops) {
                List<Item> catalogue = catalogueOf(shop);
                catalogue.sort(Comparator.comparing(Item::createdAt));
                for (int i = 0; i < catalogue.size(); i++) {
                    Item draft = catalogue.get(i);
                    String sku = String.format(Locale.ROOT, "M%03d-%04d", shop.number, i + 1);
                    List<Variant> variants = new ArrayList<>();
                    for (int v = 0; v < draft.variants().size(); v++) {
                        Variant variant = draft.variants().get(v);
                        String variantSku = draft.variants().size() == 1 ? sku : String.format(Locale.ROOT, "%s-%02d", sku, v + 1);
                        variants.add(new Variant(variantSku, variant.options(), variant.price(), variant.stock()));
                    }
                    String ref = String.format(Locale.ROOT, "p-%05d", items.size() + 1);
                    items.add(new Item(ref, shop, draft.name(), draft.description(), draft.category(), draft.createdAt(), variants));
                }
            }
            return items;
        }

        private List<Item> catalogueOf(Shop shop) {
            record Choice(Vocabulary vocabulary, Line line, String qualifier) {}
            List<Choice> core = new ArrayList<>();
            List<Choice> others = new ArrayList<>();
            for (String category : shop.trade.categories) {
                Vocabulary vocabulary = vocabularies.get(category);
                for (Line line : vocabulary.lines()) {
                    for (String qualifier : line.qualifiers) {
                        (line.core ? core : others).add(new Choice(vocabulary, line, qualifier));
                    }
                }
            }
            Rand.shuffle(core, rnd);
            Rand.shuffle(others, rnd);
            List<Choice> chosen = new ArrayList<>();
            // the staples first (a shop in training lists them first too), then a varied selection
            for (Choice choice : core) {
                if (chosen.size() < shop.productCount && chosen.stream().noneMatch(c -> c.line() == choice.line())) {
                    chosen.add(choice);
                }
            }
            Set<String> names = new HashSet<>();
            chosen.forEach(c -> names.add(c.line().name(c.qualifier())));
            List<Choice> pool = new ArrayList<>(core);
            pool.removeAll(chosen);
            pool.addAll(others);
            Rand.shuffle(pool, rnd);
            // spread over the lines: at most a third of the shop's products from one line
            int perLine = Math.max(2, shop.productCount / 3);
            Map<Line, Integer> used = new LinkedHashMap<>();
            chosen.forEach(c -> used.merge(c.line(), 1, Integer::sum));
            for (int pass = 0; pass < 2 && chosen.size() < shop.productCount; pass++) {
                for (Choice choice : pool) {
                    if (chosen.size() >= shop.productCount) {
                        break;
                    }
                    String name = choice.line().name(choice.qualifier());
                    if (names.contains(name) || (pass == 0 && used.getOrDefault(choice.line(), 0) >= perLine)) {
                        continue;
                    }
                    chosen.add(choice);
                    names.add(name);
                    used.merge(choice.line(), 1, Integer::sum);
                }
            }
            if (chosen.size() < shop.productCount) {
                throw new IllegalStateException(shop.trade.key + " vocabularies hold " + chosen.size()
                        + " distinct products, " + shop.productCount + " wanted");
            }
            List<Item> items = new ArrayList<>();
            for (Choice choice : chosen) {
                items.add(product(shop, choice.vocabulary(), choice.line(), choice.qualifier()));
            }
            return items;
        }

        private Item product(Shop shop, Vocabulary vocabulary, Line line, String qualifier) {
            String name = line.name(qualifier);
            Random pricing = line.pricedByName ? new Random(name.hashCode()) : rnd;
            double base = Rand.between(line.minCents, line.maxCents, pricing) * line.scale(qualifier);
            List<Variant> variants = new ArrayList<>();
            Map<Double, Integer> priceByFactor = new LinkedHashMap<>(); // every size of a product costs the same
            for (Form form : formsOf(line, name)) {
                int price = form.fixedCents() > 0 ? form.fixedCents()
                        : priceByFactor.computeIfAbsent(form.factor(), f -> Prices.round(base * f, pricing));
                variants.add(new Variant("", form.options(), price, stock(vocabulary, line)));
            }
            return new Item("", shop, name, description(shop, vocabulary, line, name), vocabulary.category(),
                    createdAt(shop), variants);
        }

        private List<Form> formsOf(Line line, String name) {
            if (line.scheme == Scheme.BOOK) {
                // a third of the novels also exist in paperback; the same ones in every bookshop
                return Math.floorMod(name.hashCode(), 3) == 0 ? Scheme.BOOK.forms(rnd) : Scheme.SINGLE.forms(rnd);
            }
            return line.scheme.forms(rnd);
        }

        private int stock(Vocabulary vocabulary, Line line) {
            if (rnd.nextDouble() < OUT_OF_STOCK_SHARE) {
                return 0;
            }
            if (line.scheme.sized()) {
                return Rand.between(1, 6, rnd);
            }
            int min = line.minStock >= 0 ? line.minStock : vocabulary.minStock();
            int max = line.maxStock >= 0 ? line.maxStock : vocabulary.maxStock();
            return Rand.between(min, max, rnd);
        }

        private String description(Shop shop, Vocabulary vocabulary, Line line, String name) {
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("shop", shop.name);
            vars.put("commune", shop.commune.name());
            vars.put("at_commune", shop.commune.at());
            vars.put("of_commune", shop.commune.of());
            vars.put("author", Books.author(name, 0));
            vars.put("artist", Books.author(name, 1));
            vars.put("of_author", Text.de(Books.author(name, 0)));
            vars.put("of_artist", Text.de(Books.author(name, 1)));
            vars.put("publisher", Books.publisher(name));
            List<String> sentences = new ArrayList<>();
            if (!line.sentences.isEmpty()) {
                sentences.add(Rand.pick(line.sentences, rnd));
            }
            if (sentences.isEmpty() || rnd.nextInt(3) > 0) {
                String generic = Rand.pick(vocabulary.sentences(), rnd);
                if (!sentences.contains(generic)) {
                    sentences.add(generic);
                }
            }
            if (rnd.nextInt(5) == 0) {
                sentences.add(Rand.pick(PICKUP, rnd));
            }
            return Text.fill(String.join(" ", sentences), vars);
        }

        static final List<String> PICKUP = List.of(
                "À retirer en boutique {at_commune}.",
                "Disponible en retrait chez {shop}, {at_commune}.",
                "Préparé à la commande, à retirer en boutique.",
                "Retrait possible dès le lendemain de votre commande.");

        /** After the shop joined: most products in its first weeks, a few added later. */
        private Instant createdAt(Shop shop) {
            Instant from = shop.joined;
            double t = rnd.nextDouble();
            Instant day = Rand.instantBetween(from, SNAPSHOT, t * t * t).truncatedTo(ChronoUnit.DAYS);
            // shopkeepers write their listings between 7 and 21 h, Paris time (UTC+1 or +2 in 2020)
            int minuteOfDay = 6 * 60 + rnd.nextInt(14 * 60);
            Instant at = day.plus(minuteOfDay, ChronoUnit.MINUTES).plusSeconds(rnd.nextInt(60));
            if (at.isBefore(from)) {
                // the first listings, written right after signing up (which was before 16:00 UTC)
                at = from.plus(1 + rnd.nextInt(180), ChronoUnit.MINUTES).plusSeconds(rnd.nextInt(60));
            }
            return at.isAfter(SNAPSHOT) ? SNAPSHOT.minus(rnd.nextInt(600), ChronoUnit.MINUTES) : at;
        }
    }

    static final class Prices {
        /** Shop-like prices: 1,20 € ; 4,70 € ; 24,90 € ; 69 € ; 249 €. */
        static int round(double cents, Random rnd) {
            if (cents < 2000) {
                return Math.max(10, (int) Math.round(cents / 10.0) * 10);
            }
            if (cents < 5000) {
                int euros = (int) Math.round(cents / 100.0) * 100;
                return rnd.nextBoolean() ? euros - 10 : euros;
            }
            if (cents < 20000) {
                int fives = (int) Math.round(cents / 500.0) * 500;
                return fives % 1000 == 0 && rnd.nextBoolean() ? fives - 100 : fives;
            }
            int tens = (int) Math.round(cents / 1000.0) * 1000;
            return rnd.nextBoolean() ? tens - 100 : tens;
        }
    }

    /** Fictional authors and publishers, the same for a title in every bookshop. */
    static final class Books {
        static final List<String> AUTHORS = List.of(
                "Claire Vasseur", "Jean-Marc Delattre", "Isabelle Coppin", "Bruno Lagache", "Sandrine Hochart",
                "Patrick Degrave", "Hélène Marquis", "Louis Verhaeghe", "Anne-Sophie Calonne", "Marc Lengagne",
                "Nadia Boukhris", "Philippe Warembourg", "Juliette Fasquel", "Alain Dequidt", "Mélanie Courtin",
                "Yves Haudiquet", "Clémence Bollengier", "Gérard Flahaut", "Karine Lesage", "Rodolphe Maes");
        static final List<String> PUBLISHERS = List.of("Éditions du Marais", "Éditions de la Lys", "Opale Éditions",
                "Éditions des Wateringues", "Les Presses de l'Aa", "Éditions du Beffroi");

        static String author(String title, int which) {
            return AUTHORS.get(Math.floorMod(title.hashCode() * 31 + which * 7, AUTHORS.size()));
        }

        static String publisher(String title) {
            return PUBLISHERS.get(Math.floorMod(title.hashCode() / 7, PUBLISHERS.size()));
        }
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** The generator refuses to write data that breaks the documented constraints. */
    static final class Checks {
        private final List<Commune> communes;
        private final List<CategoryNode> tree;
        private final Map<String, Vocabulary> vocabularies;
        private final List<Shop> shops;
        private final List<Item> items;

        Checks(List<Commune> communes, List<CategoryNode> tree, Map<String, Vocabulary> vocabularies, List<Shop> shops, List<Item> items) {
            this.communes = communes;
            this.tree = tree;
            this.vocabularies = vocabularies;
            this.shops = shops;
            this.items = items;
        }

        void verify() {
            Set<String> insee = new HashSet<>();
            for (Commune commune : communes) {
                require(commune.insee().matches("62[0-9]{3}") && insee.add(commune.insee()), "bad or duplicate INSEE code " + commune.insee());
                require(commune.postalCode().matches("62[0-9]{3}"), "bad postal code for " + commune.name());
            }
            Set<String> slugs = new HashSet<>();
            Set<String> leaves = new HashSet<>();
            for (CategoryNode root : tree) {
                require(slugs.add(root.slug()) && root.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), "bad category slug " + root.slug());
                for (CategoryNode leaf : root.children()) {
                    require(slugs.add(leaf.slug()) && leaf.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), "bad category slug " + leaf.slug());
                    leaves.add(leaf.slug());
                }
            }
            require(leaves.equals(new TreeSet<>(vocabularies.keySet())), "vocabularies and leaf categories differ");

            require(shops.stream().filter(Shop::live).count() == LIVE_SHOPS, "live shop count");
            require(shops.stream().filter(s -> !s.live()).count() == ONBOARDING_SHOPS, "onboarding shop count");
            require(shops.stream().filter(s -> s.featured).count() == FEATURED_SHOPS, "featured shop count");
            require(shops.stream().filter(s -> s.featured).allMatch(Shop::live), "a featured shop is not live");
            Set<String> names = new HashSet<>();
            Set<String> sirets = new HashSet<>();
            for (Shop shop : shops) {
                require(names.add(shop.name), "duplicate shop name " + shop.name);
                require(shop.siret.matches("[0-9]{14}") && Luhn.valid(shop.siret) && Luhn.valid(shop.siret.substring(0, 9))
                        && sirets.add(shop.siret), "bad SIRET " + shop.siret);
                require(insee.contains(shop.commune.insee()), "unknown commune for " + shop.name);
                require(leaves.containsAll(shop.trade.categories), "unknown category for " + shop.trade.key);
                require(shop.openingHours.matches("([A-Z][a-z](-[A-Z][a-z])?(,[A-Z][a-z](-[A-Z][a-z])?)* "
                        + "[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9](,[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])*)"
                        + "(; [A-Z][a-z].*)?"), "bad opening hours " + shop.openingHours);
            }
            int liveProducts = 0;
            int variants = 0;
            int empty = 0;
            Map<Shop, Set<String>> skus = new LinkedHashMap<>();
            for (Item item : items) {
                require(leaves.contains(item.category()), "unknown category " + item.category());
                require(!item.createdAt().isBefore(MARKETPLACE_OPENS) && !item.createdAt().isAfter(SNAPSHOT), "createdAt out of range " + item.ref());
                require(!item.variants().isEmpty(), "no variant for " + item.ref());
                if (item.shop().live()) {
                    liveProducts++;
                }
                for (Variant variant : item.variants()) {
                    variants++;
                    empty += variant.stock() == 0 ? 1 : 0;
                    require(variant.price() > 0 && variant.stock() >= 0, "bad price or stock in " + item.ref());
                    require(skus.computeIfAbsent(item.shop(), s -> new HashSet<>()).add(variant.sku()), "duplicate SKU " + variant.sku());
                }
            }
            require(liveProducts == LIVE_PRODUCTS, "live products: " + liveProducts);
            double share = (double) empty / variants;
            require(share > 0.03 && share < 0.07, "out-of-stock share " + share);
        }

        private static void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException("generated data is inconsistent: " + problem);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ vouchers

    /**
     * The vouchers plugin's configuration: the "Happy Kdo Booster" and ordinary gift vouchers, their funders (the two
     * intercommunalities, sharing the top-up by population), 60 tobacconists spread like the shops, the shops that did not
     * opt in, and the voucher shop that sells vouchers online.
     */
    static final class VoucherSeeds {
        static final int POINTS_OF_SALE = 60;
        static final int OPTED_OUT = 7;
        static final List<String> TOBACCONISTS = List.of("Le Balto", "Le Narval", "Le Diplomate", "Le Longchamp", "Le Celtic", "Le Brazza",
                "Le Rallye", "Le Terminus", "Le Central", "Le Fontenoy", "Le Marigny", "Le Jean Bart", "Le Vauban", "Le Cyrano",
                "Le Saint-Bertin", "Le Jockey", "Le Royal", "Le Week-End", "L'Audomarois", "Le Marché", "La Civette", "Le Penalty",
                "Le Derby", "Le Carillon", "Le Chti", "Le Beffroi", "L'Escale", "Le Relais", "Le Maréchal", "La Gazette");
        static final List<String> KINDS = List.of("Tabac-presse", "Bar-tabac", "Tabac", "Tabac-loto", "Maison de la presse");

        private final Random rnd;
        private final List<Commune> communes;
        private final List<Shop> shops;

        VoucherSeeds(Random rnd, List<Commune> communes, List<Shop> shops) {
            this.rnd = rnd;
            this.communes = communes;
            this.shops = shops;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("voucherShop", voucherShop());
            json.put("funders", funders());
            json.put("programmes", List.of(booster(), gift()));
            json.put("optedOut", optedOut());
            json.put("pointsOfSale", pointsOfSale());
            return json;
        }

        /** The voucher shop: the marketplace merchant that sells vouchers online, in Longuenesse (fictional number and address). */
        private Map<String, Object> voucherShop() {
            Commune longuenesse = communes.stream().filter(c -> c.insee().equals("62525")).findFirst().orElseThrow();
            Set<String> sirets = new HashSet<>();
            shops.forEach(shop -> sirets.add(shop.siret));
            String siret;
            do {
                StringBuilder siren = new StringBuilder("2");
                for (int i = 0; i < 7; i++) {
                    siren.append(rnd.nextInt(10));
                }
                siren.append(Luhn.checkDigit(siren.toString()));
                String partial = siren + "0001";
                siret = partial + Luhn.checkDigit(partial);
            } while (!sirets.add(siret));
            Map<String, Object> shop = new LinkedHashMap<>();
            shop.put("name", "Bons d'achat du Pays de Saint-Omer");
            shop.put("siret", siret);
            shop.put("trade", "Bons d'achat du territoire");
            shop.put("description", "Les bons d'achat des commerces du Pays de Saint-Omer, vendus par la CAPSO et la CCPL : "
                    + "achetez-les ici, dépensez-les dans les commerces participants.");
            shop.put("address", Json.object("street", (1 + rnd.nextInt(30)) + " " + Rand.pick(Territory.streets(longuenesse), rnd),
                    "postalCode", longuenesse.postalCode(), "communeInsee", longuenesse.insee()));
            shop.put("contact", Json.object("email", "bons@achetezenpaysdesaintomer.example", "phone", "", "website", ""));
            String categoryName = Catalogue.tree().stream().flatMap(root -> root.children().stream())
                    .filter(leaf -> leaf.slug().equals("bons-cadeaux")).map(CategoryNode::name).findFirst().orElseThrow();
            shop.put("category", Json.object("slug", "bons-cadeaux", "name", categoryName));
            return shop;
        }

        private List<Object> funders() {
            Map<String, Integer> population = new LinkedHashMap<>();
            communes.forEach(c -> population.merge(c.intercommunality(), c.population(), Integer::sum));
            return List.of(
                    Json.object("code", "CAPSO", "name", "Communauté d'agglomération du Pays de Saint-Omer", "population", population.get("CAPSO")),
                    Json.object("code", "CCPL", "name", "Communauté de communes du Pays de Lumbres", "population", population.get("CCPL")));
        }

        private Map<String, Object> booster() {
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("slug", "happy-kdo-booster");
            programme.put("name", "Happy Kdo Booster");
            programme.put("description", "Un bon de 12 € pour 10 € payés : la CAPSO et la CCPL offrent les 2 € pour soutenir les commerces du territoire.");
            programme.put("saleOpensOn", "2026-11-14");
            programme.put("saleClosesOn", "2027-02-28");
            programme.put("spendUntil", "2027-02-28");
            programme.put("original", Json.object("saleOpensOn", "2020-11-14", "spendUntil", "2021-02-28"));
            programme.put("denominations", List.of(Json.object("face", 1200, "price", 1000)));
            programme.put("budget", 10_000_000);
            programme.put("funders", List.of("CAPSO", "CCPL"));
            programme.put("buyerLimit", Json.object("vouchersPerSale", 10, "vouchersPerBuyer", 20));
            programme.put("eligibility", Json.object("allLiveShops", true, "exceptOptedOut", true));
            programme.put("expiryRule", "RETURN_SUBSIDY_TO_BUDGET");
            programme.put("channels", List.of("POINT_OF_SALE", "ONLINE"));
            programme.put("cancelWindowMinutes", 15);
            programme.put("settlementPeriod", "WEEK");
            return programme;
        }

        private Map<String, Object> gift() {
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("slug", "cheque-cadeau");
            programme.put("name", "Chèque cadeau du Pays de Saint-Omer");
            programme.put("description", "Le cadeau qui fait vivre les commerces du territoire, de 10 à 50 €, valable un an.");
            programme.put("saleOpensOn", "2026-01-01");
            programme.put("validityMonths", 12);
            programme.put("denominations", List.of(Json.object("face", 1000, "price", 1000), Json.object("face", 2000, "price", 2000),
                    Json.object("face", 5000, "price", 5000)));
            programme.put("budget", 0);
            programme.put("funders", List.of());
            programme.put("eligibility", Json.object("allLiveShops", true, "exceptOptedOut", true));
            programme.put("expiryRule", "RETURN_SUBSIDY_TO_BUDGET");
            programme.put("channels", List.of("POINT_OF_SALE", "ONLINE"));
            programme.put("cancelWindowMinutes", 15);
            programme.put("settlementPeriod", "WEEK");
            return programme;
        }

        /** A handful of live shops that did not join the voucher scheme. */
        private List<Object> optedOut() {
            List<Shop> live = new ArrayList<>(shops.stream().filter(Shop::live).collect(Collectors.toList()));
            Rand.shuffle(live, rnd);
            return live.subList(0, OPTED_OUT).stream().sorted(Comparator.comparing((Shop shop) -> shop.ref))
                    .map(shop -> (Object) Json.object("ref", shop.ref, "name", shop.name)).collect(Collectors.toList());
        }

        /** 60 points of sale in the communes, in proportion to their shops (largest remainders), each with its operator. */
        private List<Object> pointsOfSale() {
            Map<String, Commune> byInsee = new LinkedHashMap<>();
            communes.forEach(c -> byInsee.put(c.insee(), c));
            Map<String, Integer> shopsPer = Territory.shopsPerCommune();
            int totalShops = shopsPer.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Integer> seats = new LinkedHashMap<>();
            List<String> order = new ArrayList<>(shopsPer.keySet());
            int given = 0;
            for (String insee : order) {
                int share = shopsPer.get(insee) * POINTS_OF_SALE / totalShops;
                seats.put(insee, share);
                given += share;
            }
            List<String> byRemainder = new ArrayList<>(order);
            byRemainder.sort(Comparator.comparingInt((String insee) -> shopsPer.get(insee) * POINTS_OF_SALE % totalShops).reversed()
                    .thenComparing(insee -> insee));
            for (int i = 0; given < POINTS_OF_SALE; i++, given++) {
                seats.merge(byRemainder.get(i), 1, Integer::sum);
            }
            Set<String> phones = new HashSet<>();
            shops.forEach(shop -> phones.add(shop.phone));
            Set<String> names = new HashSet<>();
            List<Object> points = new ArrayList<>();
            int number = 0;
            for (Map.Entry<String, Integer> entry : seats.entrySet()) {
                Commune commune = byInsee.get(entry.getKey());
                for (int i = 0; i < entry.getValue(); i++) {
                    String name;
                    do {
                        name = Rand.pick(KINDS, rnd) + " " + Rand.pick(TOBACCONISTS, rnd) + " (" + commune.name() + ")";
                    } while (!names.add(name));
                    String street = Rand.pick(Territory.streets(commune), rnd);
                    String phone;
                    do {
                        phone = String.format(Locale.ROOT, "03 53 01 %02d %02d", rnd.nextInt(100), rnd.nextInt(100));
                    } while (!phones.add(phone));
                    number++;
                    points.add(Json.object("ref", String.format(Locale.ROOT, "pos-%02d", number), "name", name,
                            "address", Json.object("street", (1 + rnd.nextInt(60)) + " " + street, "postalCode", commune.postalCode(),
                                    "communeInsee", commune.insee()),
                            "phone", phone, "operatorEmail", "buraliste@" + Text.slug(name) + ".example"));
                }
            }
            if (points.size() != POINTS_OF_SALE) {
                throw new IllegalStateException("generated data is inconsistent: " + points.size() + " points of sale");
            }
            return points;
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static final class Luhn {
        static int checkDigit(String digits) {
            for (int d = 0; d < 10; d++) {
                if (valid(digits + d)) {
                    return d;
                }
            }
            throw new AssertionError();
        }

        static boolean valid(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }
    }

    /** Random choices whose results depend only on the seed (no library shuffles, no unordered collections). */
    static final class Rand {
        static <T> T pick(List<T> values, Random rnd) {
            return values.get(rnd.nextInt(values.size()));
        }

        static int between(int min, int max, Random rnd) {
            return min + rnd.nextInt(max - min + 1);
        }

        static <T> void shuffle(List<T> list, Random rnd) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                T swap = list.get(i);
                list.set(i, list.get(j));
                list.set(j, swap);
            }
        }

        static Instant instantBetween(Instant from, Instant to, double fraction) {
            long seconds = to.getEpochSecond() - from.getEpochSecond();
            return from.plusSeconds((long) (seconds * fraction));
        }
    }

    static final class Text {
        /** "de Lumbres", "d'Arques", "d'Éperlecques" */
        static String de(String name) {
            boolean elides = "AEIOUYÉÈÊ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0
                    || H_MUET.stream().anyMatch(name::startsWith);
            return elides ? "d'" + name : "de " + name;
        }

        /** Names whose h is silent: "d'Helfaut", "d'Hélène" (but "de Houlle", "de Haut-Loquin"). */
        static final List<String> H_MUET = List.of("Helfaut", "Hallines", "Heuringhem", "Hélène", "Hugo");

        /** "[Fromager|Fromagère] depuis..." → the form for the owner's gender. */
        static String gendered(String template, boolean female) {
            return template.replaceAll("\\[([^|\\]]*)\\|([^\\]]*)\\]", female ? "$2" : "$1");
        }

        static String fill(String template, Map<String, String> vars) {
            String text = template;
            for (Map.Entry<String, String> var : vars.entrySet()) {
                text = text.replace("{" + var.getKey() + "}", var.getValue());
            }
            if (text.contains("{")) {
                throw new IllegalStateException("unfilled placeholder in: " + text);
            }
            return text;
        }

        /** "Boulangerie du Marché" → "boulangerie-du-marche" */
        static String slug(String text) {
            String ascii = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    /** A small JSON writer: ordered maps, lists, strings, integers and booleans, UTF-8 kept as is. */
    static final class Json {
        static Map<String, Object> object(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }

        /** Indented, two spaces. */
        static String pretty(Object value) {
            StringBuilder out = new StringBuilder();
            pretty(value, "", out);
            return out.append('\n').toString();
        }

        /** A top-level array with one compact element per line, for readable diffs. */
        static String linePerElement(List<?> elements) {
            StringBuilder out = new StringBuilder("[\n");
            for (int i = 0; i < elements.size(); i++) {
                compact(elements.get(i), out);
                out.append(i + 1 < elements.size() ? ",\n" : "\n");
            }
            return out.append("]\n").toString();
        }

        private static void pretty(Object value, String indent, StringBuilder out) {
            String inner = indent + "  ";
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(inner);
                    string((String) entry.getKey(), out);
                    out.append(": ");
                    pretty(entry.getValue(), inner, out);
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            else if (value instanceof List<?> list && !list.isEmpty()) {
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    out.append(inner);
                    pretty(list.get(i), inner, out);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            }
            else {
                compact(value, out);
            }
        }

        private static void compact(Object value, StringBuilder out) {
            if (value instanceof String text) {
                string(text, out);
            }
            else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
                out.append(value);
            }
            else if (value instanceof java.math.BigDecimal decimal) {
                out.append(decimal.toPlainString());
            }
            else if (value instanceof Map<?, ?> map) {
                out.append('{');
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (i++ > 0) {
                        out.append(", ");
                    }
                    string((String) entry.getKey(), out);
                    out.append(": ");
                    compact(entry.getValue(), out);
                }
                out.append('}');
            }
            else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    compact(list.get(i), out);
                }
                out.append(']');
            }
            else {
                throw new IllegalArgumentException("cannot write " + value + " as JSON");
            }
        }

        static void string(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        }
                        else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    // ------------------------------------------------------------------------------------------------ TRADES

    /** The kinds of shops of the territory, with how many of each are live and in training. */
    static final class Trades {
        static final String[] SHOP_HOURS = {
                "Mo 14:00-19:00; Tu-Sa 09:30-12:00,14:00-19:00",
                "Tu-Sa 10:00-19:00",
                "Tu-Fr 09:30-12:15,14:15-19:00; Sa 09:30-19:00",
                "Mo-Sa 09:30-19:00",
                "Tu-Sa 09:30-12:30,14:00-19:00"};

        static List<Trade> all() {
            return List.of(
                    new Trade("boulangerie", "Boulangerie-pâtisserie")
                            .sells("pains", "viennoiseries", "patisseries").shops(14, 1).products(14, 26)
                            .hours("Tu-Sa 06:30-13:00,15:00-19:30; Su 07:00-12:30",
                                    "Mo-Tu 06:45-19:30; Th-Sa 06:45-19:30; Su 07:00-13:00",
                                    "Tu-Sa 07:00-19:30; Su 07:00-12:30",
                                    "Mo-Fr 06:30-13:30,15:30-19:30; Sa 06:30-19:00; Su 07:00-12:30")
                            .names("Boulangerie {family}", "Boulangerie-pâtisserie {family}", "Au Bon Pain {of_commune}",
                                    "Le Fournil {of_commune}", "Le Fournil {of_first}", "L'Épi d'Or", "Aux Délices {of_commune}",
                                    "Le Pétrin {of_commune}", "Au Pain Doré", "La Huche à Pain", "Boulangerie du Marché",
                                    "Boulangerie de la Place", "Maison {family}", "L'Atelier du Pain", "Les Blés d'Or",
                                    "Au Levain d'Antan", "La Boulange {of_commune}", "Aux Saveurs du Fournil")
                            .intros("{first} et {second} {family} ont repris la boulangerie {at_commune} en {year}.",
                                    "Depuis {year}, {first} {family} pétrit chaque nuit les pains de la maison.",
                                    "Une boulangerie de quartier {at_commune}, où tout est fait sur place, du levain aux croissants.",
                                    "Boulangers de père en fils depuis {generations_ago}, les {family} nourrissent {commune} de bon pain.")
                            .details("Les baguettes de tradition sortent du four plusieurs fois par jour et les viennoiseries sont au beurre AOP.",
                                    "Le dimanche matin, ne manquez pas la tarte au sucre et le gâteau battu.",
                                    "Farines de meuniers de la région, levain naturel et longues fermentations : le goût avant tout.",
                                    "Pains spéciaux, pâtisseries de saison et gâteaux de fête sur commande."),
                    new Trade("patisserie", "Pâtisserie-chocolaterie")
                            .sells("patisseries", "chocolats-confiseries").shops(5, 0).products(18, 30).townsFrom(3000)
                            .hours("Tu-Sa 09:00-12:30,14:00-19:00; Su 08:30-12:30", "We-Sa 09:30-19:00; Su 09:00-13:00")
                            .names("Pâtisserie {family}", "Chocolaterie {family}", "Les Gourmandises {of_first}", "Au Palais Sucré",
                                    "La Fabrique à Douceurs", "Maison {family}, pâtisserie et chocolats", "Caramel et Cacao",
                                    "Le Comptoir Sucré")
                            .intros("[Pâtissier-chocolatier installé|Pâtissière-chocolatière installée] {at_commune} depuis {year}, {first} {family} travaille le chocolat de la fève à la tablette.",
                                    "Une maison de gourmandises au cœur {of_commune} : entremets, macarons et chocolats fins.",
                                    "{first} {family} a fait ses armes dans de grandes maisons avant d'ouvrir sa pâtisserie en {year}.")
                            .details("Les ballotins sont garnis à la demande et les entremets préparés pour 4 à 8 personnes.",
                                    "Tout est fait maison, avec des fruits de saison et des chocolats de plantation.",
                                    "Pour les fêtes, pensez à commander vos bûches et vos coffrets de chocolats à l'avance."),
                    new Trade("boucherie", "Boucherie-charcuterie")
                            .sells("boucherie", "charcuterie", "traiteur").shops(9, 1).products(16, 28).townsFrom(900)
                            .hours("Tu-Sa 08:00-12:30,14:30-19:00; Su 08:30-12:30",
                                    "Tu-Fr 08:30-12:30,15:00-19:00; Sa 08:00-18:00",
                                    "Tu-Sa 08:00-13:00,15:00-19:15")
                            .names("Boucherie {family}", "Boucherie-charcuterie {family}", "Boucherie du Marché",
                                    "Boucherie de la Place", "Aux Viandes d'Artois", "La Boucherie {of_commune}",
                                    "Boucherie des Flandres", "Maison {family}, boucherie artisanale", "L'Étal {of_commune}",
                                    "Au Charolais", "Boucherie du Centre")
                            .intros("Artisans bouchers depuis {year}, les {family} choisissent leurs bêtes chez des éleveurs de la région.",
                                    "{first} {family} tient la boucherie {of_commune} depuis {year}.",
                                    "Une boucherie-charcuterie traditionnelle {at_commune}, où la viande est découpée à la demande.")
                            .details("Bœuf de race charolaise et blonde d'Aquitaine, porc fermier et volailles Label Rouge.",
                                    "La charcuterie est faite maison : pâtés, potjevleesch, boudins et jambon cuit au torchon.",
                                    "Chaque jour, un plat traiteur à emporter : carbonnade, waterzoï ou coq à la bière."),
                    new Trade("charcuterie", "Charcutier-traiteur")
                            .sells("charcuterie", "traiteur").shops(3, 0).products(14, 24).townsFrom(1000)
                            .hours("Tu-Sa 08:30-12:30,14:30-19:00; Su 09:00-12:30", "Tu-Sa 08:30-19:00")
                            .names("Charcuterie {family}", "Charcuterie-traiteur {family}", "Le Cochon Gourmand",
                                    "Aux Bonnes Terrines", "La Table {of_first}", "Traiteur {family}")
                            .intros("[Charcutier-traiteur|Charcutière-traiteuse] {at_commune} depuis {year}, {first} {family} cuisine chaque jour pour vos repas.",
                                    "Une charcuterie artisanale où les terrines et les plats cuisinés sont préparés sur place.")
                            .details("Potjevleesch, pâtés en croûte et jambon à l'os : les recettes de la maison n'ont pas changé.",
                                    "Plats du jour, buffets et repas de fête sur commande, pour 2 à 50 personnes."),
                    new Trade("fromagerie", "Fromagerie")
                            .sells("fromagerie").shops(4, 0).products(18, 32).townsFrom(3000)
                            .hours("Tu-Fr 09:00-12:30,14:30-19:00; Sa 08:30-18:30", "Tu-Sa 09:00-19:00; Su 09:00-12:30")
                            .names("Fromagerie {family}", "L'Instant Fromage", "Fromages et Compagnie", "Au Plateau de Fromages",
                                    "La Crèmerie {of_commune}", "Le Comptoir du Fromager", "La Meule d'Or")
                            .intros("[Fromager affineur|Fromagère affineuse] depuis {year}, {first} {family} sélectionne ses fromages chez de petits producteurs.",
                                    "Une fromagerie-crèmerie {at_commune} où l'on goûte avant de choisir.")
                            .details("Maroilles, vieux-lille et mimolette côtoient les grands fromages d'alpage, affinés dans notre cave.",
                                    "Plateaux de fromages sur commande, conseils d'accords avec les vins et bières du Nord."),
                    new Trade("epicerie", "Épicerie fine")
                            .sells("epicerie-fine", "cafes-thes", "chocolats-confiseries").shops(7, 1).products(24, 40)
                            .hours("Tu-Sa 09:30-12:30,14:00-19:00", "Mo 14:00-19:00; Tu-Sa 09:30-19:00", "Tu-Sa 10:00-19:00; Su 10:00-12:30")
                            .names("Épicerie fine {family}", "Le Comptoir des Saveurs", "Les Saveurs {of_commune}", "Au Garde-Manger",
                                    "L'Épicerie du Marais", "La Grange aux Délices", "Terroirs et Saveurs", "L'Épicerie {of_first}",
                                    "Le Bocal Audomarois", "Aux Produits d'Ici", "Le Panier Audomarois")
                            .intros("{first} {family} a ouvert son épicerie fine {at_commune} en {year}, après des années à courir les marchés.",
                                    "Une épicerie gourmande {at_commune}, entre produits du terroir et trouvailles de voyage.",
                                    "Huiles, miels, confitures et cafés : l'épicerie {of_first} sent bon les vacances.")
                            .details("La moitié des produits vient de moins de 50 kilomètres : miel du Marais, chicorée, bières et biscuits du Nord.",
                                    "Coffrets cadeaux composés à la demande, pour les particuliers comme pour les comités d'entreprise.",
                                    "Huiles d'olive de petits moulins, vinaigres, épices et cafés torréfiés dans la région."),
                    new Trade("cave", "Cave à vins")
                            .sells("cave-a-vins", "bieres-spiritueux").shops(6, 1).products(30, 48).townsFrom(1000)
                            .hours("Tu-Sa 10:00-12:30,14:30-19:30", "Tu-Sa 10:00-19:00; Su 10:00-12:30", "Mo 15:00-19:00; Tu-Sa 09:30-12:30,14:30-19:30")
                            .names("Cave {family}", "La Cave {of_commune}", "Le Cep d'Or", "Entre Deux Vins", "Les Caves {of_commune}",
                                    "La Cave du Marais", "Le Tire-Bouchon", "Au Verre Tranquille", "Vins et Terroirs",
                                    "Le Cellier Audomarois")
                            .intros("[Caviste passionné|Caviste passionnée], {first} {family} parcourt les vignobles chaque printemps pour remplir sa cave.",
                                    "Une cave de quartier {at_commune}, ouverte en {year}, où chaque bouteille a été goûtée.",
                                    "{first} et {second} tiennent la cave {of_commune} depuis {year}.")
                            .details("Vins de vignerons indépendants, champagnes de récoltants et spiritueux choisis.",
                                    "Dégustations le samedi et conseils pour vos accords mets et vins.",
                                    "Une belle sélection de vins bio et nature, et des bières artisanales du Nord."),
                    new Trade("cave-bieres", "Cave à bières")
                            .sells("bieres-spiritueux", "epicerie-fine").shops(3, 1).products(20, 34).townsFrom(1000)
                            .hours("Tu-Sa 10:00-12:30,14:00-19:30", "We-Sa 10:00-19:30; Su 10:00-13:00")
                            .names("La Cave à Bières {of_commune}", "Le Houblon Audomarois", "Mousse et Malt",
                                    "Au Comptoir des Brasseurs", "La Chope d'Artois", "Bières et Malts")
                            .intros("Plus de 300 bières en rayon, dont une centaine brassées dans les Hauts-de-France.",
                                    "[Ancien brasseur amateur|Ancienne brasseuse amateur], {first} {family} a ouvert sa cave à bières {at_commune} en {year}.")
                            .details("Bières de garde, blondes, ambrées et brunes : chaque mois, un brasseur de la région à l'honneur.",
                                    "Coffrets cadeaux, verres et produits à la bière pour les amateurs."),
                    new Trade("primeur", "Primeur")
                            .sells("fruits-legumes").shops(5, 0).products(14, 24).townsFrom(2000)
                            .hours("Tu-Sa 08:30-12:30,14:30-19:00; Su 09:00-12:30", "Mo-Sa 08:00-19:30")
                            .names("Primeur {family}", "Au Jardin du Marais", "Les Vergers {of_commune}", "Fruits et Légumes {family}",
                                    "Le Panier du Maraîcher", "Aux Légumes du Marais", "Le Potager {of_commune}")
                            .intros("Primeur {at_commune} depuis {year}, {first} {family} achète directement aux maraîchers du Marais audomarois.",
                                    "Fruits et légumes de saison, cueillis à maturité chez des producteurs voisins.")
                            .details("Chou-fleur, chicons et carottes du Marais, pommes et poires des vergers de l'Aa.",
                                    "Paniers de la semaine préparés à la commande, à retirer le jour de votre choix."),
                    new Trade("ferme", "Vente directe à la ferme")
                            .sells("fruits-legumes", "fromagerie", "epicerie-fine").shops(4, 2).products(10, 18).villagesBelow(2500)
                            .hours("We 14:00-18:30; Fr 14:00-19:00; Sa 09:00-12:30", "Fr 15:00-19:00; Sa 09:00-17:00",
                                    "Tu-Sa 09:00-12:00,15:00-19:00")
                            .names("Ferme {family}", "La Ferme {of_commune}", "Ferme du Moulin", "Ferme des Prés",
                                    "Les Vergers {family}", "La Ferme du Bois-Joli", "La Ferme de la Vallée", "GAEC {family}")
                            .intros("À la ferme {family}, {at_commune}, on élève des vaches laitières et on cultive légumes et fruits depuis trois générations.",
                                    "{first} et {second} {family} vendent à la ferme leur propre production, {at_commune}.")
                            .details("Beurre de baratte, yaourts, œufs de poules élevées en plein air et légumes de saison.",
                                    "Tout est récolté ou fabriqué la veille : le circuit le plus court qui soit."),
                    new Trade("torrefacteur", "Torréfacteur et salon de thé")
                            .sells("cafes-thes", "chocolats-confiseries").shops(3, 0).products(18, 30).townsFrom(3000)
                            .hours("Tu-Sa 09:00-19:00", "Tu-Sa 09:30-12:30,14:00-19:00")
                            .names("Brûlerie {family}", "La Brûlerie Audomaroise", "Le Comptoir du Café", "Café et Thé {of_commune}",
                                    "L'Arbre à Thé", "Torréfaction {family}")
                            .intros("{first} {family} torréfie ses cafés chaque semaine dans son atelier {of_commune}.",
                                    "Un torréfacteur artisanal {at_commune}, ouvert en {year}, et un coin salon de thé.")
                            .details("Cafés de spécialité en grains ou moulus à la demande, thés et infusions en vrac.",
                                    "Conseils de mouture pour chaque cafetière, de l'espresso à la cafetière à piston."),
                    new Trade("fleuriste", "Fleuriste")
                            .sells("bouquets", "plantes", "compositions-florales").shops(10, 1).products(12, 20).townsFrom(900)
                            .hours("Tu-Sa 09:00-12:30,14:00-19:00; Su 09:00-13:00", "Mo 14:00-19:00; Tu-Sa 09:00-19:00; Su 09:30-12:30",
                                    "Tu-Sa 09:00-19:00; Su 09:00-12:30")
                            .names("Fleurs {family}", "L'Atelier Floral", "Le Temps d'une Fleur", "Pétales et Compagnie",
                                    "Fleur de Lys", "Les Fleurs {of_commune}", "L'Orchidée", "Au Jardin {of_first}", "Fleurs et Sens",
                                    "Graine de Fleur", "Le Bouquet {of_commune}", "Un Brin de Folie", "Les Jardins du Marais")
                            .intros("[Artisan|Artisane] fleuriste {at_commune} depuis {year}, {first} {family} compose chaque bouquet à la main.",
                                    "Une boutique de fleurs et de plantes {at_commune}, entre fleurs de saison et plantes vertes.",
                                    "{first} a ouvert sa boutique de fleurs en {year}, après dix ans chez un maître fleuriste.")
                            .details("Fleurs de saison, de producteurs français quand c'est possible, et compositions pour tous les moments de la vie.",
                                    "Bouquets, plantes, deuil et mariages : livraison dans tout le Pays de Saint-Omer.",
                                    "Chaque semaine, un bouquet de saison à prix doux."),
                    new Trade("librairie", "Librairie")
                            .sells("romans", "bandes-dessinees", "livres-jeunesse", "beaux-livres").shops(5, 0).products(36, 56).townsFrom(3000)
                            .hours("Tu-Sa 09:30-19:00", "Mo 14:00-19:00; Tu-Sa 09:30-12:30,14:00-19:00")
                            .names("Librairie {family}", "Entre les Pages", "La Bulle Audomaroise", "Le Bouquin Malin",
                                    "Librairie de la Cathédrale", "Au Fil des Mots", "Le Marque-Page", "Librairie des Remparts",
                                    "Les Mots Passants")
                            .intros("Librairie indépendante {at_commune} depuis {year}, tenue par {first} {family}.",
                                    "Romans, bandes dessinées, jeunesse et régionalisme : une librairie généraliste au cœur {of_commune}.")
                            .details("Les libraires lisent et conseillent : suivez leurs coups de cœur, glissés sur les tables.",
                                    "Commandez n'importe quel livre disponible : il arrive en boutique sous 48 heures.",
                                    "Rencontres d'auteurs, club de lecture et un rayon consacré à l'histoire de l'Audomarois."),
                    new Trade("presse", "Maison de la presse")
                            .sells("romans", "papeterie", "livres-jeunesse", "beaux-livres").shops(4, 0).products(22, 36).townsFrom(900)
                            .hours("Mo-Sa 07:00-19:00; Su 08:00-12:30", "Mo-Sa 06:30-19:30; Su 07:30-12:30")
                            .names("Maison de la Presse {of_commune}", "Presse-Papeterie {family}", "Le Kiosque {of_commune}",
                                    "Le Point Presse", "Papeterie {family}", "Presse du Centre")
                            .intros("La maison de la presse {of_commune} : journaux, livres et papeterie depuis {year}.",
                                    "{first} {family} tient la presse-papeterie {of_commune} depuis {year}.")
                            .details("Romans en poche, guides de la région, fournitures scolaires et cartes postales.",
                                    "Agendas, calendriers et beaux livres régionaux : de quoi préparer les fêtes."),
                    new Trade("jouets", "Magasin de jouets")
                            .sells("jeux-de-societe", "jouets-eveil", "puzzles", "loisirs-creatifs").shops(5, 1).products(28, 44).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("La Boîte à Jouets", "Le Coffre à Jouets", "Jouets {family}", "Il était une fois", "Le Petit Manège",
                                    "La Ronde des Jouets", "Au Dé Malin", "Le Grenier Ludique")
                            .intros("Un magasin de jouets {at_commune} où l'on peut essayer les jeux avant de les acheter.",
                                    "{first} {family} a ouvert sa boutique de jouets et de jeux en {year}.")
                            .details("Jouets en bois, jeux de société, puzzles et loisirs créatifs, choisis pour durer.",
                                    "Les jeux traditionnels flamands ont leur rayon : billard hollandais, jeu de la grenouille et toupies."),
                    new Trade("chaussures", "Chaussures")
                            .sells("chaussures").shops(7, 1).products(22, 34).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("Chaussures {family}", "Pied à Terre", "Chauss'Opale", "Au Pied Léger", "Le Chausseur {of_commune}",
                                    "Talons et Semelles", "Le Soulier d'Or", "À Pas de Loup")
                            .intros("Installée {at_commune} depuis {year}, la maison {family} chausse toute la famille.",
                                    "Un magasin de chaussures {at_commune} où l'on prend le temps de l'essayage.")
                            .details("Chaussures de ville, de marche et de sport, en cuir et fabriquées en Europe pour la plupart.",
                                    "Conseil en pointure et en largeur, et un petit atelier pour l'entretien de vos souliers."),
                    new Trade("pap-femme", "Prêt-à-porter féminin")
                            .sells("vetements-femme", "maroquinerie-accessoires").shops(12, 2).products(18, 32).townsFrom(3000).womenOwners(100)
                            .hours(SHOP_HOURS)
                            .names("Boutique {first}", "L'Atelier {of_first}", "Les Petites Robes", "Dressing {of_commune}",
                                    "La Garde-Robe", "Au Fil de Soie", "Mademoiselle {first}", "L'Armoire {of_first}",
                                    "Les Jolies Choses", "Rue des Modes", "Boutique Cerise", "Les Coquettes", "Brin de Style",
                                    "Maille et Coton", "Jeanne et Capucine")
                            .intros("{first} {family} a ouvert sa boutique de mode {at_commune} en {year}.",
                                    "Une boutique de prêt-à-porter féminin {at_commune}, du XS au XL.",
                                    "Mode, accessoires et conseils : {first} vous accueille {at_commune} depuis {year}.")
                            .details("Des marques européennes et de jeunes créatrices, en petites séries.",
                                    "Nouvelle collection automne-hiver : mailles douces, manteaux et couleurs chaudes.",
                                    "Retouches offertes sur les pantalons et les robes de la boutique."),
                    new Trade("pap-homme", "Prêt-à-porter masculin")
                            .sells("vetements-homme", "maroquinerie-accessoires").shops(5, 0).products(18, 30).townsFrom(3000).womenOwners(30)
                            .hours(SHOP_HOURS)
                            .names("Monsieur {family}", "Le Vestiaire", "Tailleur {family}", "Le Comptoir de l'Homme",
                                    "Tweed et Flanelle", "L'Homme Élégant", "Au Bon Drap")
                            .intros("Mode masculine {at_commune} depuis {year} : la maison {family} habille les hommes de la tête aux pieds.",
                                    "Une boutique pour hommes {at_commune}, entre classiques bien coupés et vêtements de week-end.")
                            .details("Chemises, pulls en laine et vestes, du S au XXL, et des retouches faites sur place.",
                                    "Des marques françaises et européennes, choisies pour leur qualité."),
                    new Trade("mode-enfant", "Mode enfantine")
                            .sells("vetements-enfant", "chaussures").shops(3, 1).products(16, 28).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("Petit Pois", "Les P'tits Loups", "Graine de Malice", "Doudou et Compagnie", "Bout'Chou", "Les Minots")
                            .intros("Une boutique pour les enfants de la naissance à 12 ans, ouverte {at_commune} en {year}.",
                                    "{first} {family} habille les petits {of_commune} depuis {year}.")
                            .details("Vêtements, chaussures et idées cadeaux de naissance, en coton bio pour beaucoup.",
                                    "Des pièces solides, qui passent d'un enfant à l'autre."),
                    new Trade("maroquinerie", "Maroquinerie")
                            .sells("maroquinerie-accessoires").shops(2, 0).products(18, 28).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("Maroquinerie {family}", "Le Cuir d'Artois", "Sac et Bagages", "Au Fil du Cuir")
                            .intros("Installée {at_commune} depuis {year}, la maison {family} travaille le cuir pleine fleur.",
                                    "Sacs, ceintures, portefeuilles et bagages : une maroquinerie de tradition {at_commune}.")
                            .details("Gravure des initiales offerte sur la petite maroquinerie.",
                                    "Des cuirs tannés en France et en Italie, et des réparations faites à l'atelier."),
                    new Trade("bijouterie", "Bijouterie-horlogerie")
                            .sells("bijoux", "montres-horloges").shops(5, 1).products(22, 34).townsFrom(3000)
                            .hours("Tu-Sa 09:30-12:00,14:00-19:00", "Tu-Fr 10:00-12:30,14:00-19:00; Sa 09:30-19:00")
                            .names("Bijouterie {family}", "Bijouterie-horlogerie {family}", "Or et Argent", "L'Écrin",
                                    "La Perle {of_commune}", "Au Temps Précieux", "L'Heure Bleue", "Joaillerie {family}")
                            .intros("[Bijoutier-horloger|Bijoutière-horlogère] {at_commune} depuis {year}, {first} {family} répare aussi montres et pendules.",
                                    "Une bijouterie familiale {at_commune}, fondée en {year}.")
                            .details("Bijoux en or et en argent, montres, alliances et médailles de baptême gravées à la demande.",
                                    "Atelier de réparation, changement de pile et mise à taille des bagues."),
                    new Trade("quincaillerie", "Quincaillerie-bricolage")
                            .sells("outillage", "quincaillerie", "jardinage").shops(4, 0).products(28, 44).townsFrom(900)
                            .hours("Mo-Fr 08:30-12:00,13:30-18:30; Sa 08:30-12:00,14:00-18:00", "Tu-Sa 08:30-12:15,14:00-19:00")
                            .names("Quincaillerie {family}", "Bricolage {of_commune}", "La Boîte à Outils", "Droguerie {family}",
                                    "Au Clou Doré", "Quincaillerie du Centre")
                            .intros("Une vraie quincaillerie {at_commune}, où l'on trouve la vis qu'il faut et le conseil qui va avec.",
                                    "{first} {family} tient la quincaillerie-droguerie {of_commune} depuis {year}.")
                            .details("Outillage, visserie au détail, droguerie, peinture et jardinage.",
                                    "Reproduction de clés et affûtage sur place."),
                    new Trade("jardinerie", "Jardinerie-pépinière")
                            .sells("jardinage", "plantes").shops(3, 0).products(24, 38)
                            .hours("Mo-Sa 09:00-12:00,14:00-19:00; Su 10:00-12:30,14:30-18:00", "Tu-Sa 09:00-18:30; Su 09:30-12:30")
                            .names("Jardinerie {family}", "Pépinières {family}", "Les Jardins de l'Aa", "Jardinerie du Marais",
                                    "La Serre {of_commune}")
                            .intros("Pépiniéristes depuis {year}, les {family} cultivent une partie de leurs plantes {at_commune}.",
                                    "Une jardinerie à taille humaine {at_commune}, avec ses serres et sa pépinière.")
                            .details("Arbres fruitiers, rosiers, plantes d'intérieur et tout pour le potager.",
                                    "Conseils de plantation et de taille, et des variétés adaptées à notre climat."),
                    new Trade("institut", "Institut de beauté")
                            .sells("soins-visage-corps", "soins-institut").shops(6, 1).products(10, 18).womenOwners(95)
                            .hours("Tu-Fr 09:00-19:00; Sa 09:00-17:00", "Tu 09:00-12:00,13:30-19:00; We 09:00-12:00; Th-Fr 09:00-12:00,13:30-19:00; Sa 09:00-16:00")
                            .names("Institut {first}", "L'Instant Beauté", "Bulle de Bien-Être", "Au Temps pour Soi", "Zen et Beauté",
                                    "L'Atelier Beauté {of_commune}", "Pause Douceur", "Institut {family}")
                            .intros("[Esthéticien diplômé|Esthéticienne diplômée], {first} {family} a ouvert son institut {at_commune} en {year}.",
                                    "Un institut de beauté {at_commune} pour prendre soin de soi, le temps d'une pause.")
                            .details("Soins du visage et du corps, modelages et beauté des mains et des pieds, sur rendez-vous.",
                                    "Offrez un moment de détente avec nos bons cadeaux, valables un an."),
                    new Trade("parfumerie", "Parfumerie")
                            .sells("parfums", "soins-visage-corps").shops(3, 0).products(22, 36).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("Parfumerie {family}", "L'Essence", "Le Flacon d'Or", "Parfums et Beauté {of_commune}")
                            .intros("Une parfumerie indépendante {at_commune}, ouverte en {year}.",
                                    "{first} {family} conseille parfums et soins depuis {year}.")
                            .details("Parfums de maisons de niche, soins et maquillage, avec échantillons à la demande.",
                                    "Emballage cadeau offert et conseil personnalisé."),
                    new Trade("savonnerie", "Savonnerie artisanale")
                            .sells("savons-cosmetiques-naturels").shops(2, 1).products(14, 22)
                            .hours("We-Sa 10:00-12:30,14:00-18:30", "Tu-Sa 10:00-18:00")
                            .names("Savonnerie du Marais", "La Savonnerie {of_commune}", "Bulles d'Opale", "Les Savons {of_first}")
                            .intros("{first} {family} fabrique ses savons à froid {at_commune}, par petites fournées.",
                                    "Une savonnerie artisanale {at_commune}, née en {year} d'une passion pour les cosmétiques simples.")
                            .details("Huiles végétales bio, lait de chèvre de la ferme voisine et aucune huile de palme.",
                                    "Savons, shampoings solides et baumes, sans parfum de synthèse."),
                    new Trade("coiffeur", "Salon de coiffure")
                            .sells("soins-capillaires", "soins-institut").shops(4, 1).products(8, 14)
                            .hours("Tu-Fr 09:00-12:00,13:30-19:00; Sa 08:30-17:00", "Tu-Sa 09:00-18:30")
                            .names("Tif'Hair", "Coup d'Hair", "Hair du Temps", "Diminu'Tif", "Salon {first}", "Au Fil des Mèches",
                                    "L'Atelier Coiffure {of_commune}")
                            .intros("{first} {family} coiffe hommes, femmes et enfants {at_commune} depuis {year}.",
                                    "Un salon de coiffure {at_commune} où l'on vient pour la coupe et pour la conversation.")
                            .details("Produits capillaires professionnels et bons cadeaux pour une coupe ou une couleur.",
                                    "Sur rendez-vous ou sans, selon l'affluence."),
                    new Trade("sport", "Articles de sport")
                            .sells("randonnee-running", "sports-collectifs-raquettes").shops(3, 1).products(22, 34).townsFrom(3000)
                            .hours(SHOP_HOURS)
                            .names("Sports {family}", "Opale Sports", "Rando Passion", "Audomarois Sports", "Au Coin du Sport")
                            .intros("Un magasin de sport indépendant {at_commune}, tenu par des sportifs depuis {year}.",
                                    "{first} {family} équipe les clubs et les randonneurs du Pays de Saint-Omer depuis {year}.")
                            .details("Randonnée, running, sports collectifs et raquettes : tout pour les clubs et les licenciés.",
                                    "Flocage des maillots et tarifs pour les associations sportives."),
                    new Trade("cycles", "Cycles")
                            .sells("velos").shops(3, 1).products(16, 26).townsFrom(3000)
                            .hours("Tu-Sa 09:00-12:00,14:00-19:00", "Tu-Fr 09:30-12:30,14:00-19:00; Sa 09:30-18:00")
                            .names("Cycles {family}", "Vélo {of_commune}", "La Petite Reine", "Roue Libre", "Le Garage à Vélos")
                            .intros("Réparateur et vendeur de vélos {at_commune} depuis {year}.",
                                    "{first} {family} entretient les vélos de toute la famille dans son atelier {of_commune}.")
                            .details("Vélos de ville, tout chemin et pour enfants, accessoires et révisions à l'atelier.",
                                    "Le marais et la véloroute de l'Aa se découvrent à vélo : on vous équipe."),
                    new Trade("peche", "Articles de pêche")
                            .sells("peche").shops(1, 0).products(20, 28)
                            .hours("Tu-Sa 08:30-12:00,14:00-19:00; Su 08:00-12:00")
                            .names("Pêche et Marais", "Au Martin-Pêcheur", "Le Moulinet {of_commune}")
                            .intros("Aux portes du Marais audomarois, {first} {family} conseille les pêcheurs depuis {year}.")
                            .details("Cannes, moulinets, leurres et amorces, et tous les conseils pour pêcher dans le marais."),
                    new Trade("deco", "Décoration et cadeaux")
                            .sells("decoration-maison", "bougies-senteurs", "art-de-la-table", "linge-de-maison").shops(8, 2).products(22, 36)
                            .hours(SHOP_HOURS)
                            .names("La Maison {of_first}", "Côté Maison", "L'Instant Déco", "Le Grenier {of_first}",
                                    "Les Trésors {of_commune}", "Comptoir des Cadeaux", "Au Petit Bonheur", "Douce Maison", "Le Nid",
                                    "Esprit Flandres", "La Fabrique à Cadeaux", "Entre Nous")
                            .intros("{first} {family} chine et choisit chaque objet de sa boutique de décoration {at_commune}.",
                                    "Une boutique de décoration et d'idées cadeaux {at_commune}, ouverte en {year}.")
                            .details("Art de la table, linge de maison, bougies et petits meubles : de quoi faire plaisir sans se ruiner.",
                                    "Emballage cadeau offert et idées pour toutes les occasions."),
                    new Trade("createurs", "Atelier-boutique de créateurs")
                            .sells("creations-locales", "decoration-maison").shops(2, 1).products(18, 28)
                            .hours("We-Sa 10:00-19:00; Su 10:00-13:00", "Tu-Sa 10:30-18:30")
                            .names("L'Atelier des Créateurs", "Les Mains d'Or", "Fait Ici", "La Boutique des Artisans",
                                    "Fabriqué en Audomarois")
                            .intros("Une boutique collective où une vingtaine de créateurs du Pays de Saint-Omer exposent et vendent leurs créations.",
                                    "{first} {family}, [céramiste|céramiste], a ouvert son atelier-boutique {at_commune} en {year}.")
                            .details("Céramique, illustration, textile et bois : tout est fait main, ici.",
                                    "Chaque mois, un créateur invité et un atelier d'initiation."),
                    new Trade("restaurant", "Restaurant")
                            .sells("plats-a-emporter", "coffrets-gourmands", "bons-cadeaux").shops(9, 2).products(10, 18)
                            .hours("Tu-Sa 12:00-14:00,19:00-21:30; Su 12:00-14:30", "Mo-We 11:45-14:00; Th-Fr 11:45-14:00,19:00-22:00; Sa 19:00-22:00",
                                    "We-Su 12:00-14:00,19:00-22:00", "Tu-Sa 11:30-14:00,18:30-21:00")
                            .names("Restaurant {family}", "Le Bistrot {of_commune}", "L'Estaminet {of_commune}", "La Table du Marais",
                                    "Le Petit Flamand", "Au Vieux Moulin", "La Brasserie du Marché", "Chez {first}", "La Bonne Assiette",
                                    "L'Auberge de l'Aa", "Le Comptoir des Flandres", "La Guinguette du Marais", "Le Relais {of_commune}")
                            .intros("{first} {family} cuisine les produits du Pays de Saint-Omer dans son restaurant {of_commune} depuis {year}.",
                                    "Un estaminet {at_commune} où l'on sert la cuisine flamande comme à la maison.",
                                    "Bistrot de pays {at_commune}, ouvert en {year}, avec une cuisine de marché.")
                            .details("Pendant la fermeture de la salle, toute la carte est à emporter du mardi au samedi.",
                                    "Carbonnade, potjevleesch et welsh : les classiques du Nord, faits maison.",
                                    "Pensez aux bons cadeaux : un repas à offrir, valable dès la réouverture."),
                    new Trade("cafe", "Café-bistrot")
                            .sells("plats-a-emporter", "coffrets-gourmands", "bons-cadeaux").shops(3, 0).products(8, 14)
                            .hours("Mo-Sa 07:30-20:00; Su 09:00-13:00", "Tu-Su 08:00-20:00")
                            .names("Café de la Place", "Le Bistrot du Coin", "Café {family}", "Café du Commerce", "Le Bar des Sports")
                            .intros("Le café {of_commune}, où l'on se retrouve depuis {year}.",
                                    "{first} et {second} tiennent le bistrot {of_commune} depuis {year}.")
                            .details("Plats du jour à emporter, coffrets de bières régionales et bons cadeaux pour la réouverture.",
                                    "Le café est fermé au public pendant le confinement, mais la cuisine tourne pour vos repas à emporter."));
        }
    }

    // ------------------------------------------------------------------------------------------------ VOCABULARIES

    /**
     * What each leaf category can hold: product types, the words that tell products apart (never combined with
     * a type they do not fit), realistic price ranges in euro cents, and the shop's words about them.
     */
    static final class Vocabularies {
        static Map<String, Vocabulary> all() {
            Map<String, Vocabulary> all = new LinkedHashMap<>();
            for (List<Vocabulary> group : List.of(fashion(), grocery(), bakery(), butchery(), flowers(), books(), toys(),
                    diy(), beauty(), sport(), gifts(), restaurants(), jewellery())) {
                for (Vocabulary vocabulary : group) {
                    all.put(vocabulary.category(), vocabulary);
                }
            }
            return all;
        }

        private static Vocabulary vocabulary(String category, int minStock, int maxStock, List<String> sentences, Line... lines) {
            return new Vocabulary(category, minStock, maxStock, sentences, List.of(lines));
        }

        private static Line line(String type, int minCents, int maxCents) {
            return new Line(type, minCents, maxCents);
        }

        private static List<String> says(String... sentences) {
            return List.of(sentences);
        }

        // ---------------------------------------------------------------- mode et chaussures

        static List<Vocabulary> fashion() {
            return List.of(
                    vocabulary("chaussures", 1, 6, says(
                                    "Une paire choisie pour son confort et sa solidité.",
                                    "Essayage conseillé en boutique ; échange possible si la pointure ne convient pas.",
                                    "Première de propreté amovible et doublure respirante."),
                            line("Chaussures de marche", 5900, 12900).core().in(Scheme.SHOES_MEN)
                                    .q("homme en cuir nubuck", "homme imperméables", "homme tige haute", "homme semelle crantée")
                                    .says("Membrane imperméable et semelle crantée pour les chemins des collines de l'Artois.",
                                            "Maintien de la cheville et amorti confortable, même après une journée de randonnée."),
                            line("Chaussures de marche", 5900, 11900).in(Scheme.SHOES_WOMEN)
                                    .q("femme en cuir nubuck", "femme imperméables", "femme légères", "femme tige mi-haute")
                                    .says("Légères et imperméables, elles accompagnent aussi bien les balades dans le marais que les randonnées."),
                            line("Chaussures de ville", 6900, 14900).core().in(Scheme.SHOES_MEN)
                                    .q("homme en cuir lisse noir", "homme derby en cuir marron", "homme Richelieu en cuir",
                                            "homme à boucle en cuir")
                                    .says("Cuir pleine fleur et semelle en cuir cousue Goodyear : des chaussures qui se ressemellent.",
                                            "Un classique élégant, à porter avec un costume comme avec un jean."),
                            line("Chaussures de ville", 6900, 12900).in(Scheme.SHOES_WOMEN)
                                    .q("femme à talon carré", "femme en cuir verni", "femme à lacets en cuir")
                                    .says("Talon confortable de 4 cm et cuir souple : élégantes du matin au soir."),
                            line("Baskets", 4900, 9900).in(Scheme.SHOES_ANY)
                                    .q("en cuir blanc", "en toile", "montantes en daim", "rétro en suède", "en cuir recyclé", "à scratch")
                                    .says("Des baskets faciles à porter, à la semelle souple et à la tige rembourrée."),
                            line("Bottines", 6900, 13900).in(Scheme.SHOES_WOMEN)
                                    .q("en cuir camel", "à talon en daim", "fourrées", "Chelsea en cuir noir", "à lacets")
                                    .says("La bottine de saison : cuir souple, semelle antidérapante et fermeture éclair intérieure."),
                            line("Boots", 8900, 15900).in(Scheme.SHOES_MEN)
                                    .q("homme en cuir gras", "homme Chelsea en daim")
                                    .says("Cuir gras résistant à la pluie et semelle en gomme épaisse."),
                            line("Bottes", 11900, 18900).in(Scheme.SHOES_WOMEN).q("cavalières en cuir", "à talon en cuir noir")
                                    .says("Tige souple en cuir et zip sur toute la hauteur pour les enfiler facilement."),
                            line("Bottes de pluie", 2900, 5900).in(Scheme.SHOES_ANY).q("en caoutchouc naturel", "doublées néoprène")
                                    .says("Indispensables pour le jardin et les chemins détrempés du marais."),
                            line("Mocassins", 6900, 11900).in(Scheme.SHOES_MEN).q("en cuir souple", "à pampilles")
                                    .says("Cousus main, à la semelle flexible : le confort d'un chausson, l'allure en plus."),
                            line("Escarpins", 6900, 12900).in(Scheme.SHOES_WOMEN).q("en cuir noir", "vernis", "à petit talon")
                                    .says("Un escarpin intemporel au talon stable, pour les grandes occasions."),
                            line("Ballerines", 4500, 8900).in(Scheme.SHOES_WOMEN).q("en cuir", "matelassées", "à bride")
                                    .says("Légères et souples, elles se glissent dans un sac."),
                            line("Derbies", 7900, 12900).in(Scheme.SHOES_MEN).q("en cuir grainé", "à semelle crêpe")
                                    .says("Une chaussure de caractère, confortable dès le premier jour."),
                            line("Sabots", 4900, 8900).in(Scheme.SHOES_ANY).q("en cuir", "suédois en bois")
                                    .says("Faciles à enfiler, pour le jardin comme pour la maison."),
                            line("Chaussons", 1900, 4500).in(Scheme.SHOES_ANY).q("en feutre", "fourrés", "charentaises à carreaux",
                                            "mules en laine bouillie")
                                    .says("Bien au chaud à la maison, avec une semelle antidérapante."),
                            line("Chaussures enfant", 3900, 6900).in(Scheme.SHOES_KIDS).q("à scratch", "montantes en cuir", "de marche")
                                    .says("Conçues pour les pieds qui grandissent : bout renforcé et semelle souple.")),
                    vocabulary("vetements-femme", 1, 6, says(
                                    "Coupe ajustée ; la vendeuse vous conseille sur la taille par téléphone.",
                                    "Nouvelle collection automne-hiver.",
                                    "Fabrication européenne, en petite série."),
                            line("Pull", 4900, 12900).core().in(Scheme.CLOTHES_WOMEN)
                                    .q("en laine mérinos", "col roulé en cachemire", "en maille torsadée", "col V en coton", "en alpaga")
                                    .says("Une maille douce et chaude, qui ne gratte pas.",
                                            "Le pull de l'hiver, à porter seul ou sur une chemise."),
                            line("Gilet", 4900, 9900).in(Scheme.CLOTHES_WOMEN).q("long en laine", "en maille fine", "boutonné en mohair")
                                    .says("Le gilet qu'on garde toute la journée, au bureau comme à la maison."),
                            line("Robe", 4900, 11900).in(Scheme.CLOTHES_WOMEN)
                                    .q("portefeuille fleurie", "pull en maille", "chemise en viscose", "droite en velours", "longue imprimée")
                                    .says("Une robe facile à porter, qui s'accessoirise selon l'occasion."),
                            line("Jupe", 3900, 7900).in(Scheme.CLOTHES_WOMEN).q("plissée", "en jean", "midi en velours côtelé", "portefeuille")
                                    .says("Taille haute et tombé fluide : elle se porte avec des bottines comme avec des baskets."),
                            line("Pantalon", 4900, 9900).in(Scheme.CLOTHES_WOMEN).q("droit en laine", "cigarette", "large en velours", "à pinces")
                                    .says("Une coupe qui allonge la silhouette, dans un tissu qui ne se froisse pas."),
                            line("Jean", 5900, 9900).in(Scheme.CLOTHES_WOMEN).q("slim", "droit", "taille haute", "flare")
                                    .says("Denim stretch confortable, teinture qui tient au lavage."),
                            line("Chemisier", 3900, 8900).in(Scheme.CLOTHES_WOMEN).q("en soie", "à pois", "en coton blanc", "à col lavallière")
                                    .says("Léger et élégant, il se glisse sous un pull ou une veste."),
                            line("Marinière", 3500, 5900).in(Scheme.CLOTHES_WOMEN).q("en coton épais", "à manches longues")
                                    .says("La marinière, un classique de nos côtes, en coton épais qui tient bien."),
                            line("Manteau", 12900, 24900).in(Scheme.CLOTHES_WOMEN).q("en laine", "caban", "long en drap de laine")
                                    .says("Un manteau chaud et bien coupé, doublé pour les hivers du Nord."),
                            line("Veste", 6900, 14900).in(Scheme.CLOTHES_WOMEN).q("en jean", "blazer", "matelassée", "en velours")
                                    .says("La veste de mi-saison qui va avec tout.")),
                    vocabulary("vetements-homme", 1, 6, says(
                                    "Coupe droite, tailles du S au XXL.",
                                    "Retouches possibles en boutique.",
                                    "Des matières choisies pour durer plusieurs saisons."),
                            line("Pull", 5900, 12900).core().in(Scheme.CLOTHES_MEN)
                                    .q("en laine d'agneau", "col camionneur", "marin en laine", "col roulé en mérinos", "jacquard")
                                    .says("Une laine chaude et résistante, pour affronter le vent de la Côte d'Opale.",
                                            "Le pull indispensable de l'automne, à col bien fini."),
                            line("Chemise", 4900, 8900).in(Scheme.CLOTHES_MEN)
                                    .q("en oxford", "à carreaux en flanelle", "en lin", "col mao", "en denim", "blanche cintrée")
                                    .says("Coton de belle qualité, boutons nacrés et coutures solides."),
                            line("Polo", 3900, 6900).in(Scheme.CLOTHES_MEN).q("en piqué de coton", "à manches longues")
                                    .says("Un polo bien coupé, qui garde sa forme au lavage."),
                            line("Pantalon chino", 5900, 8900).in(Scheme.CLOTHES_MEN).q("en coton stretch", "en velours côtelé")
                                    .says("Le pantalon passe-partout, de la semaine au week-end."),
                            line("Jean", 6900, 9900).in(Scheme.CLOTHES_MEN).q("brut coupe droite", "slim", "délavé")
                                    .says("Denim épais, coupe droite et coutures renforcées."),
                            line("Veste", 9900, 17900).in(Scheme.CLOTHES_MEN).q("en velours côtelé", "de travail en toile", "en tweed")
                                    .says("Une veste de caractère, à porter sur un pull ou une chemise."),
                            line("Parka", 12900, 22900).in(Scheme.CLOTHES_MEN).q("imperméable", "doublée", "à capuche")
                                    .says("Imperméable et coupe-vent, avec capuche réglable et poches chaudes."),
                            line("Caban", 14900, 24900).in(Scheme.CLOTHES_MEN).q("en drap de laine", "bleu marine")
                                    .says("Le manteau des marins, en drap de laine épais et boutons gravés."),
                            line("Sweat", 4500, 7900).in(Scheme.CLOTHES_MEN).q("à capuche", "col rond en coton bio")
                                    .says("Molleton doux à l'intérieur, idéal pour les week-ends."),
                            line("T-shirt", 1900, 3900).in(Scheme.CLOTHES_MEN).q("en coton bio", "marinière", "col henley")
                                    .says("Un coton épais qui ne se déforme pas.")),
                    vocabulary("vetements-enfant", 1, 6, says(
                                    "Doux pour la peau des enfants, lavable en machine.",
                                    "Des vêtements solides, pensés pour jouer dehors.",
                                    "Taille normalement ; prenez une taille au-dessus pour qu'il dure deux saisons."),
                            line("Pyjama", 1900, 3500).core().in(Scheme.CLOTHES_KIDS).q("en coton", "en velours", "en flanelle à carreaux")
                                    .says("Un pyjama chaud et doux pour les nuits d'hiver."),
                            line("Pull", 2500, 4500).in(Scheme.CLOTHES_KIDS).q("jacquard", "en laine", "à col rond")
                                    .says("Une maille douce qui ne gratte pas."),
                            line("Salopette", 2900, 4900).in(Scheme.CLOTHES_KIDS).q("en velours", "en jean")
                                    .says("Bretelles réglables et poches partout : la tenue des aventuriers."),
                            line("Robe", 2900, 4900).in(Scheme.CLOTHES_KIDS).q("à smocks", "en velours", "fleurie")
                                    .says("Une jolie robe qui se porte avec des collants en hiver."),
                            line("Pantalon", 2200, 3900).in(Scheme.CLOTHES_KIDS).q("en velours côtelé", "jogging", "doublé")
                                    .says("Genoux renforcés, taille élastiquée."),
                            line("Doudoune", 4900, 7900).in(Scheme.CLOTHES_KIDS).q("légère", "à capuche")
                                    .says("Chaude et légère, elle se range dans sa pochette."),
                            line("Body", 1500, 2900).in(Scheme.CLOTHES_BABY).q("en coton bio (lot de 3)", "à manches longues")
                                    .says("Pressions à l'entrejambe et coton bio certifié."),
                            line("Gigoteuse", 3500, 5900).in(Scheme.CLOTHES_BABY).q("d'hiver", "en coton bio")
                                    .says("Pour des nuits au chaud en toute sécurité."),
                            line("Ensemble bonnet et écharpe", 1900, 2900).q("en laine", "en polaire")
                                    .says("Taille unique de 2 à 6 ans.")),
                    vocabulary("maroquinerie-accessoires", 2, 10, says(
                                    "Des matières choisies pour durer.",
                                    "Un accessoire à offrir ou à s'offrir.",
                                    "Emballage cadeau offert."),
                            line("Sac à main", 7900, 19900).core().q("en cuir grainé", "seau en cuir", "besace en cuir", "en cuir souple")
                                    .says("Plusieurs poches intérieures et une bandoulière réglable.",
                                            "Un sac du quotidien, assez grand pour un format A4."),
                            line("Sac cabas", 3900, 12900).q("en toile", "en cuir", "en toile enduite")
                                    .says("Le grand sac qui suit partout, du marché au bureau."),
                            line("Portefeuille", 2900, 6900).q("en cuir", "compagnon", "zippé")
                                    .says("Porte-cartes, poche à monnaie et compartiment billets."),
                            line("Porte-monnaie", 1500, 3500).q("en cuir", "à fermoir")
                                    .says("Petit et pratique, il tient dans une poche."),
                            line("Ceinture", 2500, 5500).in(Scheme.BELT).q("en cuir", "tressée", "à boucle ardillon")
                                    .says("Cuir épais et boucle en laiton."),
                            line("Écharpe", 1900, 8900).q("en laine", "en cachemire", "en coton imprimé", "à carreaux")
                                    .says("Longue et enveloppante, pour les jours de vent."),
                            line("Bonnet", 1500, 3500).q("en laine côtelée", "à pompon", "en cachemire")
                                    .says("Chaud sans gratter, taille unique."),
                            line("Gants", 2500, 6500).in(Scheme.SIZES_SIMPLE).q("en cuir doublés", "en laine", "tactiles")
                                    .says("Doublure chaude et finitions soignées."),
                            line("Parapluie", 1900, 4500).q("pliant", "canne", "transparent")
                                    .says("Résistant au vent, avec armature renforcée : le bon réflexe sous nos latitudes."),
                            line("Foulard", 2500, 5900).q("en soie", "en modal imprimé")
                                    .says("Se noue au cou, dans les cheveux ou sur un sac."),
                            line("Porte-cartes", 1500, 3500).q("en cuir", "zippé")
                                    .says("Fin et léger, pour l'essentiel."),
                            line("Trousse de toilette", 2500, 5900).q("en cuir", "en toile enduite")
                                    .says("Doublure imperméable, facile à nettoyer."),
                            line("Pochette", 2900, 6900).q("en cuir", "de soirée")
                                    .says("Se porte à la main ou avec sa chaînette."),
                            line("Sac à dos", 4900, 12900).q("en cuir", "en toile cirée")
                                    .says("Bretelles rembourrées et poche pour ordinateur portable.")));
        }

        // ---------------------------------------------------------------- épicerie et boissons

        static List<Vocabulary> grocery() {
            return List.of(
                    vocabulary("epicerie-fine", 4, 40, says(
                                    "Une sélection de petits producteurs.",
                                    "Une belle idée pour composer un panier gourmand.",
                                    "À conserver au sec et à l'abri de la lumière.",
                                    "Sans conservateur ni colorant."),
                            line("Huile d'olive vierge extra", 1200, 2600).core()
                                    .q("de Provence", "de Nyons AOP", "de la vallée des Baux", "d'Andalousie", "de Crète",
                                            "de Sicile", "fruité vert", "bio de Catalogne")
                                    .says("Première pression à froid, en bouteille de 50 cl.",
                                            "Fruité et légèrement ardent : parfaite crue, sur une salade ou un poisson."),
                            line("L'huile de noix du Périgord", 900, 1400).q("", "pressée à froid")
                                    .says("Goût de noix fraîche, en bouteille de 25 cl : une merveille sur les endives."),
                            line("L'huile de noisette grillée", 1000, 1500)
                                    .says("Douce et parfumée, en bouteille de 25 cl, pour les salades et les desserts."),
                            line("Huile de colza", 450, 750).q("pressée à froid", "de la ferme")
                                    .says("Pressée dans la région, riche en oméga-3, en bouteille de 50 cl."),
                            line("Vinaigre", 450, 1200).q("de cidre", "balsamique de Modène", "de framboise", "de vin vieux", "à l'échalote")
                                    .says("Pour relever vinaigrettes et déglaçages."),
                            line("Moutarde", 300, 550).q("à l'ancienne", "au miel", "à la bière", "à l'estragon", "au cassis")
                                    .says("Moutarde forte en pot de grès, pour la viande froide et les vinaigrettes."),
                            line("Miel", 650, 1100).q("de fleurs du Marais audomarois", "d'acacia", "de tilleul", "de châtaignier",
                                            "de colza crémeux", "de forêt")
                                    .says("Récolté par un apiculteur de la région, en pot de 500 g."),
                            line("Confiture", 450, 700).q("de fraises", "d'abricots", "de rhubarbe", "de groseilles", "de figues",
                                            "de mirabelles", "de lait", "de cerises noires")
                                    .says("Cuite en chaudron de cuivre, avec 65 % de fruits.", "Pot de 320 g, fabrication artisanale."),
                            line("Chicorée", 350, 550).q("torréfiée en grains", "liquide", "soluble")
                                    .says("La chicorée du Nord, à boire seule ou avec le café, et à glisser dans les desserts."),
                            line("Pain d'épices", 550, 900).q("au miel", "aux écorces d'orange")
                                    .says("Moelleux et parfumé, au bon goût de miel."),
                            line("Spéculoos", 350, 600).q("artisanaux", "à la vergeoise")
                                    .says("Le biscuit des Flandres, croquant et parfumé à la cannelle."),
                            line("Sablés au beurre", 350, 600).q("", "au sel de Guérande", "aux pépites de chocolat")
                                    .says("Des sablés pur beurre, en boîte métal de 200 g."),
                            line("Sardines millésimées", 500, 900).q("à l'huile d'olive", "au citron", "au piment d'Espelette")
                                    .says("Préparées à la main et affinées en boîte : elles se bonifient avec le temps."),
                            line("Soupe de poissons", 550, 850).q("", "de roche")
                                    .says("À servir bien chaude avec rouille et croûtons, en bocal de 780 ml."),
                            line("Rillettes de sardines", 450, 650).q("au citron", "à la tomate")
                                    .says("Pour un apéritif vite prêt, sur du pain grillé."),
                            line("Sel", 300, 650).q("de Guérande", "fumé", "aux herbes")
                                    .says("Récolté à la main, il relève tous les plats."),
                            line("Poivre", 650, 1200).q("de Kampot", "Timut", "noir de Penja", "long")
                                    .says("À moudre au dernier moment pour garder tous ses arômes."),
                            line("Pâtes artisanales", 350, 550).q("aux cèpes", "à l'ail des ours", "au blé ancien")
                                    .says("Séchées lentement, elles tiennent bien la sauce."),
                            line("Lentilles vertes du Puy", 350, 500)
                                    .says("AOP, cuisson rapide et tenue parfaite, en sachet de 500 g."),
                            line("Tapenade", 450, 650).q("noire", "verte")
                                    .says("Olives, câpres et huile d'olive : le goût du Sud à l'apéritif."),
                            line("Sirop", 450, 750).q("de violette", "de menthe", "de fraise", "de sureau")
                                    .says("Sirop artisanal à diluer, en bouteille de 50 cl."),
                            line("Jus de pomme", 280, 450).q("de la ferme", "pétillant", "pomme-rhubarbe")
                                    .says("Pur jus pressé, non filtré, en bouteille d'un litre."),
                            line("Foie gras de canard entier", 2500, 3800).q("mi-cuit", "au torchon")
                                    .says("Le foie gras des fêtes, en bocal de 180 g.")),
                    vocabulary("cafes-thes", 3, 30, says(
                                    "Une sélection de notre équipe.",
                                    "Conseils de préparation en boutique.",
                                    "Une belle idée de cadeau pour les amateurs."),
                            line("Café moulu", 650, 1000).core()
                                    .q("pur arabica d'Éthiopie", "Moka Sidamo", "du Brésil", "de Colombie", "mélange italien",
                                            "décaféiné", "corsé du torréfacteur", "du Guatemala")
                                    .says("Mouture moyenne pour cafetière filtre ou à piston, en sachet de 250 g.",
                                            "Torréfié la semaine de votre commande : tout l'arôme est là."),
                            line("Café en grains", 650, 1100).in(Scheme.COFFEE_WEIGHT)
                                    .q("pur arabica d'Éthiopie", "Moka Sidamo", "du Brésil", "de Colombie", "du Guatemala",
                                            "mélange maison", "décaféiné à l'eau", "du Pérou bio")
                                    .says("À moudre juste avant de préparer le café.", "Notes de fruits rouges et de chocolat."),
                            line("Thé noir", 600, 1100).q("Earl Grey", "Darjeeling", "Assam", "de Ceylan", "à la vanille", "fumé")
                                    .says("Thé en vrac, en sachet de 100 g : infusez 3 à 4 minutes."),
                            line("Thé vert", 600, 1100).q("Sencha", "à la menthe", "au jasmin", "Gunpowder")
                                    .says("Infusez 2 minutes dans une eau à 80 °C."),
                            line("Infusion", 500, 850).q("verveine-menthe", "camomille", "tilleul", "fruits rouges", "rooibos vanille")
                                    .says("Plantes en vrac, en sachet de 80 g, pour la tasse du soir."),
                            line("Chocolat en poudre", 700, 950).q("à l'ancienne", "aux épices")
                                    .says("Un vrai chocolat chaud, riche en cacao."),
                            line("Cafetière à piston", 2500, 3200).q("3 tasses", "8 tasses").scales(1, 1.4)
                                    .says("Verre borosilicate et filtre inox, pour un café plein de corps."),
                            line("Théière", 2900, 5900).q("en fonte", "en porcelaine", "en verre avec filtre")
                                    .says("Avec son filtre amovible pour les thés en vrac.")),
                    vocabulary("cave-a-vins", 3, 36, says(
                                    "À servir à bonne température, ouvert une heure avant pour les rouges.",
                                    "Vin de vigneron, sélectionné après dégustation.",
                                    "Demandez-nous l'accord parfait : nous le goûtons avant de le vendre.",
                                    "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."),
                            line("Bordeaux supérieur rouge", 750, 1200).core().in(Scheme.WINE).q("2016", "2018", "bio 2019")
                                    .says("Merlot et cabernet : un bordeaux souple et fruité."),
                            line("Saint-Émilion grand cru", 2200, 4500).in(Scheme.WINE).q("2015", "2016", "2017")
                                    .says("Un grand vin de garde, riche et velouté."),
                            line("Médoc", 1100, 1700).in(Scheme.WINE).q("2016", "2018")
                                    .says("Un médoc classique, aux tanins fins."),
                            line("Pessac-Léognan rouge", 2500, 4200).in(Scheme.WINE).q("2015", "2017")
                                    .says("Élégant et complexe, pour les belles tables."),
                            line("Côtes-du-Rhône rouge", 700, 1100).core().in(Scheme.WINE).q("2018", "2019", "vieilles vignes 2018")
                                    .says("Grenache et syrah : gourmand, épicé, parfait avec une carbonnade."),
                            line("Crozes-Hermitage", 1600, 2400).in(Scheme.WINE).q("rouge 2017", "blanc 2019")
                                    .says("La syrah du nord de la vallée du Rhône, fraîche et poivrée."),
                            line("Châteauneuf-du-Pape rouge", 2900, 4500).in(Scheme.WINE).q("2016", "2017")
                                    .says("Puissant et solaire, pour le gibier et les plats mijotés."),
                            line("Bourgogne pinot noir", 1400, 2200).in(Scheme.WINE).q("2018", "2019")
                                    .says("Fruits rouges et finesse : le pinot noir comme on l'aime."),
                            line("Chablis", 1600, 2000).in(Scheme.WINE).q("2018", "2019", "premier cru 2017").scales(1, 1, 1.6)
                                    .says("Chardonnay minéral et tendu, idéal avec les fruits de mer."),
                            line("Mercurey rouge", 2000, 2800).in(Scheme.WINE).q("2017")
                                    .says("Un bourgogne de la côte chalonnaise, charnu et fruité."),
                            line("Mâcon-Villages blanc", 1000, 1500).in(Scheme.WINE).q("2019")
                                    .says("Un chardonnay rond et floral."),
                            line("Sancerre", 1600, 2400).in(Scheme.WINE).q("blanc 2019", "rouge 2018")
                                    .says("Sauvignon vif aux notes d'agrumes, parfait avec le fromage de chèvre."),
                            line("Muscadet sur lie", 700, 1000).in(Scheme.WINE).q("2019")
                                    .says("Le compagnon des moules et des huîtres."),
                            line("Vouvray", 1100, 1600).in(Scheme.WINE).q("sec 2018", "demi-sec 2018")
                                    .says("Chenin de Loire, délicat et fruité."),
                            line("Chinon rouge", 1000, 1500).in(Scheme.WINE).q("2018")
                                    .says("Cabernet franc de Loire, frais et croquant."),
                            line("Alsace riesling", 1100, 1400).in(Scheme.WINE).q("2018", "grand cru 2017").scales(1, 1.8)
                                    .says("Sec et minéral, pour la choucroute et les poissons."),
                            line("Alsace gewurztraminer", 1200, 1900).in(Scheme.WINE).q("2018")
                                    .says("Aromatique et généreux, avec un munster ou un dessert."),
                            line("Crémant d'Alsace brut", 1000, 1500).in(Scheme.WINE)
                                    .says("Des bulles fines pour l'apéritif, à prix doux."),
                            line("Crémant de Bourgogne brut", 1000, 1500).in(Scheme.WINE)
                                    .says("Méthode traditionnelle, bulles fines et fraîcheur."),
                            line("Champagne brut", 2500, 3500).core().in(Scheme.WINE).q("", "rosé", "blanc de blancs", "millésimé 2012").scales(1, 1.15, 1.2, 1.5)
                                    .says("Champagne de récoltant, pour toutes les fêtes.", "Des bulles fines et une belle longueur."),
                            line("Côtes de Provence rosé", 900, 1400).in(Scheme.WINE).q("2019")
                                    .says("Un rosé pâle et frais."),
                            line("Languedoc rouge", 750, 1200).in(Scheme.WINE).q("bio 2018", "2019")
                                    .says("Soleil et garrigue dans le verre."),
                            line("Cahors", 1000, 1600).in(Scheme.WINE).q("2016")
                                    .says("Le malbec du Sud-Ouest, sombre et structuré."),
                            line("Morgon", 1200, 1800).in(Scheme.WINE).q("2018", "Côte du Py 2018")
                                    .says("Un cru du Beaujolais charnu, qui vieillit bien."),
                            line("Jurançon moelleux", 1400, 2200).in(Scheme.WINE).q("2017")
                                    .says("Notes de fruits exotiques, pour le foie gras ou le dessert."),
                            line("Sauternes", 2500, 4200).in(Scheme.WINE).q("2015")
                                    .says("Un grand liquoreux, pour les fêtes de fin d'année.")),
                    vocabulary("bieres-spiritueux", 4, 48, says(
                                    "Une sélection de notre caviste.",
                                    "Emballage cadeau offert sur demande.",
                                    "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."),
                            line("Bière blonde", 250, 450).core().in(Scheme.BEER).q("de l'Audomarois", "de garde", "bio", "triple", "du Marais")
                                    .says("Ronde et désaltérante, brassée dans les Hauts-de-France avec du malt de la région."),
                            line("Bière ambrée", 280, 480).in(Scheme.BEER).q("de garde", "à la chicorée", "au miel")
                                    .says("Notes de caramel et de pain grillé."),
                            line("Bière brune", 280, 480).in(Scheme.BEER).q("aux épices", "de Noël", "forte")
                                    .says("Une brune chaleureuse pour les soirées d'hiver."),
                            line("Bière blanche", 250, 420).in(Scheme.BEER).q("au citron", "de saison")
                                    .says("Légère et fruitée, à la coriandre et aux écorces d'orange."),
                            line("IPA", 300, 500).in(Scheme.BEER).q("du Nord", "session", "aux houblons français")
                                    .says("Houblonnée et amère, aux arômes d'agrumes."),
                            line("Coffret de bières", 1500, 1900).q("du Nord (6 bouteilles)", "découverte (12 bouteilles)", "de Noël (4 bouteilles et 1 verre)").scales(1, 1.9, 1.1)
                                    .says("Un tour des brasseries de la région, à offrir ou à s'offrir."),
                            line("Cidre", 400, 650).q("brut fermier", "doux", "rosé")
                                    .says("Cidre artisanal à fermentation naturelle, en bouteille de 75 cl."),
                            line("Poiré", 500, 700).q("fermier")
                                    .says("Fin et pétillant, à l'apéritif ou avec le dessert."),
                            line("Genièvre Flandre-Artois", 2200, 3500).in(Scheme.SPIRIT).q("", "vieilli en fût")
                                    .says("L'eau-de-vie de grain de notre région, à déguster glacée."),
                            line("Whisky français", 3500, 6500).in(Scheme.SPIRIT).q("single malt", "tourbé", "vieilli en fût de vin")
                                    .says("Distillé et vieilli en France : une belle surprise pour les amateurs."),
                            line("Rhum arrangé", 2200, 3200).in(Scheme.SPIRIT).q("ananas-vanille", "passion", "gingembre-citron", "banane flambée")
                                    .says("Macéré plusieurs mois avec des fruits frais."),
                            line("Calvados", 3000, 3500).in(Scheme.SPIRIT).q("Pays d'Auge 6 ans", "hors d'âge").scales(1, 1.5)
                                    .says("Le trou normand, ou la fin d'un bon repas."),
                            line("Cognac", 3500, 4500).in(Scheme.SPIRIT).q("VSOP", "XO").scales(1, 2.2)
                                    .says("Notes de fruits secs et de vanille."),
                            line("Gin artisanal", 2900, 4500).in(Scheme.SPIRIT).q("aux baies de genièvre", "aux agrumes", "à la rhubarbe")
                                    .says("Pour un gin-tonic aux arômes frais."),
                            line("Liqueur", 1800, 2800).in(Scheme.SPIRIT).q("de framboise", "de cassis", "de poire", "de chicorée")
                                    .says("Douce et fruitée, en digestif ou en cocktail.")),
                    vocabulary("fromagerie", 2, 20, says(
                                    "De petits producteurs, choisis par nos soins.",
                                    "Produit frais, à conserver au réfrigérateur.",
                                    "Conseils de dégustation au comptoir."),
                            line("Maroilles AOP", 950, 1150).core().q("", "fermier", "mignon", "sorbais").scales(1, 1.2, 0.55, 0.8)
                                    .says("Le roi des fromages du Nord, à la croûte orangée et au cœur fondant.",
                                            "Affiné au moins cinq semaines, en cave humide."),
                            line("Vieux-Lille", 450, 700).in(Scheme.CHEESE_WEIGHT)
                                    .says("Le « puant de Lille », un maroilles affiné longuement en saumure. Pour amateurs !"),
                            line("Mimolette", 400, 700).in(Scheme.CHEESE_WEIGHT).q("extra-vieille", "vieille", "jeune")
                                    .says("Au goût de noisette, elle se croque à l'apéritif."),
                            line("Cœur d'Arras", 550, 800)
                                    .says("Un fromage de l'Artois en forme de cœur, doux et crémeux."),
                            line("Boulette d'Avesnes", 450, 650)
                                    .says("Relevée au poivre, au paprika et à l'estragon : caractère garanti."),
                            line("Vieux-Boulogne", 800, 1100)
                                    .says("Croûte lavée à la bière, de la Côte d'Opale."),
                            line("Bergues", 450, 700).in(Scheme.CHEESE_WEIGHT)
                                    .says("Tomme de Flandre lavée à la bière, douce et légère."),
                            line("Comté AOP", 500, 900).core().in(Scheme.CHEESE_WEIGHT).q("12 mois", "18 mois", "24 mois")
                                    .says("Notes fruitées et noisette, de plus en plus intenses avec l'âge."),
                            line("Tomme", 450, 800).in(Scheme.CHEESE_WEIGHT).q("de Savoie", "de brebis des Pyrénées", "de chèvre")
                                    .says("Pâte souple et goût franc."),
                            line("Camembert de Normandie AOP", 450, 650).q("au lait cru", "fermier")
                                    .says("Moulé à la louche, à point dans une semaine."),
                            line("Brie de Meaux AOP", 450, 700).in(Scheme.CHEESE_WEIGHT)
                                    .says("Crémeux et fruité, découpé à la coupe."),
                            line("Roquefort AOP", 500, 750).in(Scheme.CHEESE_WEIGHT)
                                    .says("Lait cru de brebis, persillé généreux."),
                            line("Bleu d'Auvergne AOP", 400, 600).in(Scheme.CHEESE_WEIGHT)
                                    .says("Un bleu doux et fondant."),
                            line("Reblochon de Savoie AOP", 700, 1000).q("fermier")
                                    .says("Pour la tartiflette ou nature, à la croûte fine."),
                            line("Saint-Nectaire fermier AOP", 700, 1100)
                                    .says("Croûte fleurie et goût de noisette, affiné sur paille de seigle."),
                            line("Munster AOP", 500, 800).q("", "au cumin")
                                    .says("Croûte lavée, pâte fondante, à servir avec un gewurztraminer."),
                            line("Époisses AOP", 900, 1300)
                                    .says("Lavé au marc de Bourgogne : puissant et coulant."),
                            line("Fromage à raclette", 450, 750).in(Scheme.CHEESE_WEIGHT).q("au lait cru", "fumé", "au poivre")
                                    .says("Tranché à la commande pour vos soirées raclette."),
                            line("Crottin de Chavignol AOP", 250, 400).q("", "affiné sec")
                                    .says("Petit chèvre du Centre, crémeux jeune et cassant affiné."),
                            line("Bûche de chèvre", 500, 750).q("cendrée", "au lait cru")
                                    .says("Fondante sous la croûte, à la pâte fraîche au cœur."),
                            line("Beurre de baratte", 350, 550).q("doux", "demi-sel")
                                    .says("Baratté à l'ancienne à partir de crème crue, en motte de 250 g."),
                            line("Crème fraîche épaisse", 350, 550).q("fermière", "d'Isigny AOP")
                                    .says("En pot de 50 cl, onctueuse et légèrement acidulée."),
                            line("Yaourts fermiers", 280, 420).q("nature (lot de 4)", "à la vanille (lot de 4)", "aux fruits rouges (lot de 4)")
                                    .says("Au lait entier de la ferme, en pots de verre consignés."),
                            line("Œufs de poules élevées en plein air", 250, 330).q("(boîte de 6)", "(boîte de 12)").scales(1, 1.9)
                                    .says("Ramassés chaque matin."),
                            line("Plateau de fromages", 2400, 3200).in(Scheme.PLATTER).q("du Nord", "de saison", "des grands crus")
                                    .says("Composé par nos soins, prêt à servir, avec ses étiquettes.")),
                    vocabulary("fruits-legumes", 5, 60, says(
                                    "Cueillette à maturité, chez des producteurs voisins.",
                                    "Prix au poids indiqué ; le poids réel peut varier légèrement.",
                                    "Fraîcheur garantie : livré chaque matin par nos producteurs."),
                            line("Chou-fleur", 150, 280).core().q("du Marais audomarois (la pièce)", "bio (la pièce)")
                                    .says("Le chou-fleur du Marais audomarois, cultivé dans les terres noires depuis des siècles."),
                            line("Chicons", 300, 550).core().q("de pleine terre (1 kg)", "du Nord (1 kg)")
                                    .says("En salade avec des noix ou au gratin avec du jambon : les chicons de chez nous."),
                            line("Pommes", 190, 350).q("Jonagold (1 kg)", "Reinette grise du Canada (1 kg)", "Boskoop (1 kg)",
                                            "Golden (1 kg)", "Elstar (1 kg)", "Belchard (1 kg)")
                                    .says("Des pommes des vergers de la région, croquantes et juteuses."),
                            line("Poires", 250, 400).q("Conférence (1 kg)", "Doyenné du Comice (1 kg)", "Williams (1 kg)")
                                    .says("Fondantes et parfumées, à croquer ou en compote."),
                            line("Pommes de terre", 350, 650).q("Bintje (sac de 5 kg)", "Charlotte (2,5 kg)", "Ratte du Touquet (1 kg)")
                                    .says("Idéales pour les frites, les purées ou à la vapeur selon la variété."),
                            line("Carottes", 150, 300).q("des sables (1 kg)", "fanes (la botte)", "jaunes (1 kg)")
                                    .says("Sucrées et croquantes, cultivées sans traitement."),
                            line("Poireaux", 200, 320).q("(la botte)", "bio (la botte)")
                                    .says("Pour la flamiche et les soupes d'hiver."),
                            line("Oignons", 180, 300).q("jaunes (1 kg)", "rouges (1 kg)")
                                    .says("De garde, à conserver au sec."),
                            line("Échalotes", 350, 550).q("(500 g)")
                                    .says("Indispensables aux sauces et vinaigrettes."),
                            line("Potimarron", 200, 350).q("(la pièce)")
                                    .says("Au goût de châtaigne, la peau se mange."),
                            line("Courge butternut", 200, 350).q("(la pièce)")
                                    .says("Pour les veloutés et les gratins."),
                            line("Panier de légumes", 1200, 2500).in(Scheme.BASKET).q("de saison", "du Marais")
                                    .says("Une sélection de légumes de la semaine, selon les récoltes."),
                            line("Salade", 100, 250).q("batavia (la pièce)", "feuille de chêne (la pièce)", "mâche (250 g)")
                                    .says("Cueillie le matin, à consommer rapidement."),
                            line("Champignons de Paris", 250, 400).q("(500 g)")
                                    .says("Blancs et fermes, cultivés en champignonnière."),
                            line("Betteraves rouges cuites", 200, 350).q("(500 g)")
                                    .says("Cuites au four, prêtes à être assaisonnées."),
                            line("Céleri-rave", 180, 300).q("(la pièce)")
                                    .says("En rémoulade ou en purée."),
                            line("Clémentines de Corse", 350, 500).q("(1 kg)")
                                    .says("Avec leurs feuilles, juteuses et peu acides."),
                            line("Kiwis", 300, 450).q("(1 kg)")
                                    .says("Riches en vitamine C pour passer l'hiver."),
                            line("Noix fraîches", 500, 800).q("(500 g)")
                                    .says("De la dernière récolte, à casser soi-même."),
                            line("Navets", 180, 300).q("(1 kg)")
                                    .says("Pour le pot-au-feu et les légumes glacés.")));
        }

        // ---------------------------------------------------------------- boulangerie et pâtisserie

        static List<Vocabulary> bakery() {
            return List.of(
                    vocabulary("pains", 8, 60, says(
                                    "Pétrissage et cuisson chaque jour dans notre fournil.",
                                    "Réservez en ligne, votre pain vous attend au comptoir.",
                                    "Fait avec des farines de meuniers de la région."),
                            line("Baguette de tradition", 110, 130).core()
                                    .says("Farine de tradition française, pétrissage lent et longue fermentation pour une croûte bien craquante.",
                                            "Cuite sur sole plusieurs fois par jour, à la mie crème et alvéolée."),
                            line("Baguette", 90, 110).q("", "aux céréales")
                                    .says("La baguette de tous les jours, dorée et croustillante."),
                            line("Ficelle", 80, 120).q("", "aux graines de sésame", "au pavot")
                                    .says("Fine et croustillante, parfaite pour l'apéritif."),
                            line("Pain de campagne", 220, 300).core().q("", "au levain naturel", "bio").scales(1, 1.15, 1.2)
                                    .says("Une croûte épaisse et une mie dense qui se garde plusieurs jours."),
                            line("Pain complet", 220, 320).q("", "bio")
                                    .says("Farine complète moulue sur meule de pierre."),
                            line("Pain aux céréales", 250, 380).q("", "et graines de lin")
                                    .says("Tournesol, lin, sésame et millet pour un pain riche et croquant."),
                            line("Pain de seigle", 240, 380).q("", "aux raisins")
                                    .says("Parfait avec les huîtres ou le fromage."),
                            line("Pain d'épeautre", 300, 450).q("", "bio")
                                    .says("Un pain au goût de noisette, plus digeste."),
                            line("Pain aux noix", 280, 420).q("", "et raisins")
                                    .says("Généreux en noix, il accompagne merveilleusement les fromages."),
                            line("Boule de meule", 300, 420)
                                    .says("Farine de meule et levain : un pain de caractère."),
                            line("Pavé", 280, 380).q("aux figues", "aux olives", "au lard fumé")
                                    .says("Un pain de fête à partager."),
                            line("Pain de mie", 250, 380).q("", "complet", "brioché")
                                    .says("Moelleux, pour les tartines et les croque-monsieur."),
                            line("Couronne", 350, 480).q("de campagne", "aux céréales")
                                    .says("Belle à poser au centre de la table."),
                            line("Pain au maïs", 250, 350)
                                    .says("Mie jaune et légèrement sucrée."),
                            line("Pain polka", 230, 300)
                                    .says("Un pain de campagne quadrillé, à la croûte généreuse.")),
                    vocabulary("viennoiseries", 6, 40, says(
                                    "Au beurre AOP, façonnage à la main chaque matin.",
                                    "Réservez la veille, votre commande vous attend au comptoir dès l'ouverture.",
                                    "Feuilletage maison, sans additif."),
                            line("Croissant au beurre", 100, 125).core()
                                    .says("Feuilleté, doré et fondant, comme il se doit."),
                            line("Pain au chocolat", 110, 135).core()
                                    .says("Deux barres de chocolat noir dans un feuilletage pur beurre."),
                            line("Croissant aux amandes", 170, 220)
                                    .says("Garni de crème d'amande et parsemé d'amandes effilées."),
                            line("Pain aux raisins", 140, 180)
                                    .says("Crème pâtissière et raisins macérés."),
                            line("Chausson aux pommes", 150, 190)
                                    .says("Compote de pommes maison dans un feuilletage croustillant."),
                            line("Brioche tressée", 350, 600).q("", "au sucre perlé")
                                    .says("Moelleuse et filante, pour le petit-déjeuner du dimanche."),
                            line("Cramique aux raisins", 400, 650)
                                    .says("La brioche aux raisins des Flandres, délicieuse toastée avec du beurre salé."),
                            line("Craquelin au sucre perlé", 400, 600)
                                    .says("Brioche garnie de gros grains de sucre, une spécialité du Nord."),
                            line("Pains au lait", 250, 380).q("(sachet de 6)", "aux pépites de chocolat (sachet de 6)")
                                    .says("Tout moelleux, pour le goûter des enfants."),
                            line("Beignet", 150, 200).q("à la framboise", "au chocolat", "aux pommes")
                                    .says("Moelleux et généreusement fourré."),
                            line("Gaufre fourrée", 180, 250).q("à la vergeoise", "à la vanille")
                                    .says("Fine et fourrée de crème à la vergeoise : la gaufre comme à Lille."),
                            line("Palmier", 150, 220)
                                    .says("Feuilletage caramélisé, croustillant à souhait."),
                            line("Chouquettes", 200, 300).q("(sachet de 10)", "(sachet de 20)")
                                    .says("Pâte à choux et sucre perlé : impossible de s'arrêter."),
                            line("Brioche suisse", 180, 230)
                                    .says("Crème pâtissière et pépites de chocolat.")),
                    vocabulary("patisseries", 2, 16, says(
                                    "Fait maison dans notre laboratoire, avec des produits frais.",
                                    "À conserver au réfrigérateur et à déguster dans les 48 heures.",
                                    "Commandez la veille avant 18 h pour le lendemain."),
                            line("Tarte au sucre", 900, 1400).core().in(Scheme.CAKE).q("", "à la vergeoise brune")
                                    .says("La tarte des Flandres : une pâte briochée nappée de vergeoise, de beurre et de crème."),
                            line("Tarte aux pommes", 1000, 1400).in(Scheme.CAKE).q("", "à l'ancienne", "normande")
                                    .says("Pâte sablée, compote maison et pommes de la région."),
                            line("Tarte au citron meringuée", 1200, 1600).in(Scheme.CAKE)
                                    .says("Crème acidulée et meringue italienne dorée au chalumeau."),
                            line("Gâteau battu", 600, 900)
                                    .says("Une brioche haute et très riche en jaunes d'œufs, spécialité du Nord."),
                            line("Éclair", 250, 350).core().q("au café", "au chocolat", "à la vanille", "au caramel beurre salé")
                                    .says("Pâte à choux croustillante, crème onctueuse et glaçage brillant."),
                            line("Religieuse", 300, 400).q("au chocolat", "au café")
                                    .says("Deux choux garnis de crème pâtissière."),
                            line("Paris-Brest", 350, 450)
                                    .says("Pâte à choux et crème mousseline au praliné."),
                            line("Mille-feuille", 300, 420).q("", "à la vanille de Madagascar")
                                    .says("Feuilletage caramélisé et crème pâtissière vanillée."),
                            line("Tartelette", 300, 450).q("aux fruits rouges", "au citron", "aux poires et amandes", "au chocolat")
                                    .says("Pâte sablée croustillante et garniture de saison."),
                            line("Merveilleux", 280, 380).q("au chocolat", "au spéculoos", "à la vanille")
                                    .says("Meringue, crème fouettée et copeaux : une douceur née dans les Flandres."),
                            line("Flan pâtissier", 250, 320).q("(la part)", "coco (la part)")
                                    .says("Crémeux et bien vanillé, sur pâte brisée."),
                            line("Baba au rhum", 320, 420)
                                    .says("Généreusement imbibé, avec sa chantilly."),
                            line("Fraisier", 1600, 2200).in(Scheme.CAKE)
                                    .says("Génoise, crème mousseline et fraises fraîches."),
                            line("Forêt-noire", 1500, 2000).in(Scheme.CAKE)
                                    .says("Génoise au cacao, chantilly et griottes."),
                            line("Entremets", 1600, 2300).in(Scheme.CAKE).q("trois chocolats", "royal au praliné", "poire-caramel", "framboise-pistache")
                                    .says("Mousse légère et biscuit croustillant : le dessert des grandes occasions."),
                            line("Saint-Honoré", 1800, 2400).in(Scheme.CAKE)
                                    .says("Choux caramélisés et crème chiboust."),
                            line("Coffret de macarons", 750, 950).q("(6 pièces)", "(12 pièces)", "(24 pièces)").scales(1, 1.9, 3.6)
                                    .says("Chocolat, framboise, pistache, café, vanille et caramel salé."),
                            line("Cake", 700, 1000).q("au citron", "aux fruits confits", "marbré")
                                    .says("Moelleux, il se garde une semaine sous film.")),
                    vocabulary("chocolats-confiseries", 3, 30, says(
                                    "Fabrication artisanale, sans huile de palme.",
                                    "À conserver entre 15 et 18 °C, à l'abri de l'humidité.",
                                    "Une jolie boîte à offrir."),
                            line("Ballotin de chocolats", 1500, 2200).core().in(Scheme.CHOCOLATE_WEIGHT)
                                    .q("pralinés", "noirs assortis", "au lait assortis", "assortis")
                                    .says("Pralinés, ganaches et caramels, enrobés à la main.",
                                            "Garni à la commande avec nos chocolats de la semaine."),
                            line("Tablette de chocolat noir", 450, 700).q("70 % Pérou", "75 % Madagascar", "aux éclats de fèves",
                                            "aux amandes caramélisées", "au sel de Guérande")
                                    .says("Chocolat de plantation, fabriqué de la fève à la tablette.", "Tablette de 100 g."),
                            line("Tablette de chocolat au lait", 450, 650).q("aux noisettes du Piémont", "caramel au beurre salé", "38 % de cacao")
                                    .says("Un chocolat au lait gourmand, tablette de 100 g."),
                            line("Orangettes", 900, 1400).q("(boîte de 200 g)")
                                    .says("Écorces d'orange confites enrobées de chocolat noir."),
                            line("Pâtes de fruits", 800, 1300).q("assorties", "à la framboise", "au cassis")
                                    .says("Pulpe de fruits cuite en chaudron, enrobée de sucre cristallisé."),
                            line("Guimauves artisanales", 550, 800).q("à la vanille", "à la framboise", "à la violette")
                                    .says("Toutes légères, coupées à la main."),
                            line("Caramels au beurre salé", 600, 900).q("", "à la fleur de sel")
                                    .says("Tendres et fondants, emballés un à un."),
                            line("Bêtises de Cambrai", 450, 650).q("à la menthe", "assorties")
                                    .says("Le célèbre bonbon du Nord, rayé de sucre caramélisé."),
                            line("Nougat de Montélimar", 700, 1100).q("tendre", "aux pistaches")
                                    .says("Miel, amandes et pistaches."),
                            line("Truffes au chocolat", 1100, 1600).q("nature", "au café", "à la chicorée")
                                    .says("Ganache fondante roulée dans le cacao, en boîte de 200 g."),
                            line("Pâte à tartiner", 550, 850).q("noisettes et cacao", "praliné amandes", "caramel beurre salé")
                                    .says("Sans huile de palme, riche en fruits secs."),
                            line("Mendiants", 800, 1100).q("chocolat noir", "chocolat au lait")
                                    .says("Palets de chocolat garnis de fruits secs."),
                            line("Chardons", 900, 1300).q("à la liqueur", "au genièvre")
                                    .says("Coque de sucre fourrée de liqueur, un bonbon d'autrefois.")));
        }

        // ---------------------------------------------------------------- boucherie et charcuterie

        static List<Vocabulary> butchery() {
            return List.of(
                    vocabulary("boucherie", 3, 20, says(
                                    "Viande de la région, découpée à la commande.",
                                    "Sortez la viande du réfrigérateur 30 minutes avant la cuisson.",
                                    "Des bêtes élevées en plein air, chez des éleveurs que nous connaissons."),
                            line("Entrecôte de bœuf", 1400, 2000).core().in(Scheme.MEAT_WEIGHT).q("", "race charolaise", "maturée 21 jours", "blonde d'Aquitaine")
                                    .says("Persillée et tendre, à saisir à la poêle ou au barbecue."),
                            line("Faux-filet", 1400, 1900).in(Scheme.MEAT_WEIGHT).q("", "maturé")
                                    .says("Une pièce tendre au goût prononcé."),
                            line("Bavette d'aloyau", 1100, 1500).in(Scheme.MEAT_WEIGHT)
                                    .says("Une viande goûteuse, à servir saignante avec des échalotes."),
                            line("Rumsteck", 1300, 1800).in(Scheme.MEAT_WEIGHT)
                                    .says("Maigre et tendre, en pavés ou en rôti."),
                            line("Côte de bœuf", 3000, 4500).q("(environ 1,2 kg)", "maturée (environ 1,2 kg)")
                                    .says("Pour deux à trois personnes, à saisir puis à laisser reposer."),
                            line("Bœuf haché", 700, 1000).in(Scheme.MEAT_WEIGHT).q("5 % de matière grasse", "15 % de matière grasse")
                                    .says("Haché à la commande, pour les steaks, les hachis et les sauces."),
                            line("Bœuf à carbonnade", 800, 1100).in(Scheme.MEAT_WEIGHT)
                                    .says("Morceaux à mijoter longuement dans la bière brune, avec du pain d'épices."),
                            line("Pot-au-feu", 700, 1000).in(Scheme.MEAT_WEIGHT).q("(assortiment)")
                                    .says("Plat de côtes, jarret et macreuse, avec un os à moelle."),
                            line("Rôti de porc", 700, 1000).in(Scheme.MEAT_WEIGHT).q("dans l'échine", "dans le filet")
                                    .says("Porc fermier, ficelé à la main."),
                            line("Côtes de porc", 550, 800).in(Scheme.MEAT_WEIGHT).q("dans l'échine", "premières")
                                    .says("Pour une cuisson à la poêle, avec des pommes."),
                            line("Gigot d'agneau", 1800, 2600).q("entier", "raccourci")
                                    .says("Agneau de pays, à piquer d'ail et à rôtir doucement."),
                            line("Côtelettes d'agneau", 1500, 2100).in(Scheme.MEAT_WEIGHT)
                                    .says("Tendres et savoureuses, à griller."),
                            line("Blanquette de veau", 1100, 1500).in(Scheme.MEAT_WEIGHT).q("(morceaux)")
                                    .says("Tendron et épaule, pour une blanquette à l'ancienne."),
                            line("Escalopes de veau", 1500, 2000).in(Scheme.MEAT_WEIGHT)
                                    .says("Fines et tendres, à cuire rapidement."),
                            line("Poulet fermier", 1200, 1800).q("Label Rouge", "jaune", "prêt à cuire")
                                    .says("Élevé en plein air plus de 81 jours."),
                            line("Cuisses de poulet fermier", 500, 800).q("(par 4)")
                                    .says("Pour un poulet rôti sans découpe."),
                            line("Suprêmes de volaille", 700, 1000).q("(par 2)")
                                    .says("Blanc de poulet avec la peau, pour une cuisson moelleuse."),
                            line("Pintade fermière", 1400, 1900)
                                    .says("Une volaille au goût fin, à rôtir avec des chicons."),
                            line("Saucisses", 600, 900).in(Scheme.MEAT_WEIGHT).q("de Toulouse", "aux herbes", "fumées")
                                    .says("Faites maison avec du porc fermier."),
                            line("Merguez maison", 650, 900).in(Scheme.MEAT_WEIGHT)
                                    .says("Bœuf et mouton, épices maison."),
                            line("Brochettes", 700, 1000).q("de bœuf marinées (par 4)", "de volaille au paprika (par 4)")
                                    .says("Prêtes à cuire, marinées par nos soins.")),
                    vocabulary("charcuterie", 3, 24, says(
                                    "Fabrication maison, selon nos recettes.",
                                    "À conserver au frais.",
                                    "Sans colorant ni conservateur ajouté."),
                            line("Potjevleesch maison", 900, 1300).core().q("", "aux quatre viandes")
                                    .says("La terrine flamande de poulet, lapin, porc et veau en gelée, à servir avec des frites.",
                                            "Terrine de 500 g, préparée selon la recette traditionnelle des Flandres."),
                            line("Jambon blanc", 450, 700).in(Scheme.CHEESE_WEIGHT).q("à l'os", "supérieur", "aux herbes", "cuit au torchon")
                                    .says("Cuit dans notre laboratoire, tranché à la commande."),
                            line("Jambon sec", 550, 900).in(Scheme.CHEESE_WEIGHT).q("de Bayonne", "affiné 12 mois")
                                    .says("Tranché finement, pour l'apéritif ou la raclette."),
                            line("Pâté de campagne", 300, 500).q("", "au poivre vert")
                                    .says("Un pâté rustique, en terrine de 300 g."),
                            line("Terrine", 450, 700).q("de lapin aux pruneaux", "de canard à l'orange", "de foies de volaille", "au maroilles")
                                    .says("Terrine maison de 300 g."),
                            line("Rillettes", 400, 650).q("de porc", "de canard", "de saumon")
                                    .says("Cuites longuement, effilochées à la main."),
                            line("Boudin noir", 300, 450).q("à l'oignon (2 pièces)", "aux pommes (2 pièces)")
                                    .says("Fabriqué chaque semaine, à poêler doucement."),
                            line("Boudin blanc", 350, 550).q("nature (2 pièces)", "aux morilles (2 pièces)")
                                    .says("Tendre et délicat."),
                            line("Andouillette", 350, 550).q("de Cambrai (2 pièces)", "à la moutarde (2 pièces)")
                                    .says("Une andouillette de tradition, à griller."),
                            line("Saucisson sec", 550, 900).q("pur porc", "aux noisettes", "au maroilles")
                                    .says("Séché lentement, à trancher à l'apéritif."),
                            line("Fromage de tête", 400, 600)
                                    .says("En tranches, avec une vinaigrette à l'échalote."),
                            line("Lard fumé", 450, 700).in(Scheme.CHEESE_WEIGHT).q("en tranches", "paysan")
                                    .says("Fumé au bois de hêtre."),
                            line("Foie gras de canard mi-cuit", 2500, 3800).q("", "au poivre")
                                    .says("Préparé par nos soins, terrine de 200 g.")),
                    vocabulary("traiteur", 3, 20, says(
                                    "Préparation du jour par notre cuisinier.",
                                    "À réchauffer au four ou à la casserole.",
                                    "Se conserve 3 jours au réfrigérateur."),
                            line("Carbonnade flamande", 950, 1300).core().q("", "au pain d'épices")
                                    .says("Bœuf mijoté à la bière brune et à la cassonade, portion d'environ 400 g."),
                            line("Flamiche au maroilles", 1400, 1800).q("(6 parts)", "aux poireaux (6 parts)")
                                    .says("Pâte levée garnie de maroilles, à réchauffer au four."),
                            line("Flamiche au maroilles individuelle", 350, 450)
                                    .says("Pour un repas sur le pouce."),
                            line("Welsh à réchauffer", 850, 1100).q("", "au jambon")
                                    .says("Cheddar fondu à la bière sur pain de campagne, à passer au four."),
                            line("Waterzoï de poulet", 1050, 1300)
                                    .says("Poulet et légumes dans une sauce crémée, recette flamande."),
                            line("Coq à la bière", 1050, 1400)
                                    .says("Mijoté à la bière blonde avec champignons et lardons."),
                            line("Hachis parmentier", 800, 1100).q("", "de canard")
                                    .says("Purée maison gratinée."),
                            line("Lasagnes", 800, 1050).q("à la bolognaise", "aux légumes")
                                    .says("Portion généreuse, prête à passer au four."),
                            line("Tourte", 1200, 1600).q("au poulet et champignons", "au saumon et poireaux")
                                    .says("Pour 4 personnes, pâte feuilletée maison."),
                            line("Quiche", 350, 450).q("lorraine (la part)", "aux poireaux (la part)", "saumon-épinards (la part)")
                                    .says("Pâte brisée maison."),
                            line("Salade", 350, 550).q("piémontaise (500 g)", "de pâtes au pesto (500 g)", "de lentilles (500 g)")
                                    .says("Prête à servir, pour les repas rapides."),
                            line("Paëlla royale", 1100, 1400).q("(la portion)")
                                    .says("Poulet, chorizo, moules et crevettes."),
                            line("Bouchée à la reine", 550, 750)
                                    .says("Ris de veau et champignons en sauce, dans un feuilleté."),
                            line("Potée flamande", 1000, 1300)
                                    .says("Chou, saucisses, lard et pommes de terre : le plat des jours froids.")));
        }

        // ---------------------------------------------------------------- fleurs et plantes

        static List<Vocabulary> flowers() {
            return List.of(
                    vocabulary("bouquets", 2, 12, says(
                                    "Composé à la main le jour du retrait ou de la livraison.",
                                    "Changez l'eau tous les deux jours et recoupez les tiges en biseau.",
                                    "Les fleurs peuvent varier selon les arrivages, dans le même esprit de couleurs."),
                            line("Bouquet de saison", 2400, 3300).core().in(Scheme.BOUQUET)
                                    .q("champêtre", "aux tons pastel", "rouge passion", "blanc et vert", "d'automne", "du fleuriste")
                                    .says("Le bouquet du moment, avec les plus belles fleurs de la semaine."),
                            line("Bouquet de roses", 2500, 3300).in(Scheme.BOUQUET).q("rouges", "blanches", "pastel", "de jardin")
                                    .says("Des roses parfumées, accompagnées de feuillage."),
                            line("Bouquet", 2400, 3200).in(Scheme.BOUQUET).q("de lys", "d'alstroemerias", "de renoncules", "d'amaryllis", "d'eucalyptus et de roses")
                                    .says("Un bouquet généreux, monté en spirale."),
                            line("Bouquet de fleurs séchées", 2800, 3300).in(Scheme.BOUQUET).q("naturelles", "pampa et lunaria")
                                    .says("Un bouquet qui dure des mois, sans eau.")),
                    vocabulary("plantes", 2, 15, says(
                                    "Plante cultivée par un horticulteur des Hauts-de-France.",
                                    "Arrosez quand la terre est sèche en surface.",
                                    "Fiche d'entretien fournie."),
                            line("Orchidée", 2200, 3900).core().q("Phalaenopsis blanche", "Phalaenopsis deux tiges", "Cambria")
                                    .says("Une floraison de plusieurs semaines, à la lumière sans soleil direct."),
                            line("Monstera deliciosa", 1500, 2500).in(Scheme.POT)
                                    .says("Ses grandes feuilles découpées font tout son charme."),
                            line("Pilea peperomioides", 1200, 1800).in(Scheme.POT)
                                    .says("La plante à monnaie chinoise, facile à bouturer."),
                            line("Ficus lyrata", 1800, 2500).in(Scheme.POT)
                                    .says("Grandes feuilles en forme de violon, aime la lumière."),
                            line("Sansevieria", 1200, 1800).in(Scheme.POT)
                                    .says("Quasi increvable, elle se contente de peu d'eau."),
                            line("Calathea", 1300, 1900).in(Scheme.POT)
                                    .says("Feuillage décoratif, aime l'humidité."),
                            line("Zamioculcas", 1400, 2000).in(Scheme.POT)
                                    .says("Parfaite pour les pièces peu lumineuses."),
                            line("Fougère de Boston", 1200, 1800).in(Scheme.POT)
                                    .says("Un feuillage léger et retombant."),
                            line("Cyclamen", 550, 900).q("rouge", "blanc", "rose")
                                    .says("La fleur de l'hiver, au frais et à la lumière."),
                            line("Poinsettia", 900, 1500).q("rouge", "blanc")
                                    .says("L'étoile de Noël, à tenir loin des courants d'air."),
                            line("Hellébore", 900, 1400).q("rose de Noël")
                                    .says("Fleurit en plein hiver, au jardin ou en pot."),
                            line("Azalée", 1200, 1800).q("rose", "blanche")
                                    .says("Une floraison abondante, à garder au frais."),
                            line("Bruyère d'hiver", 450, 700).q("(pot de 13 cm)")
                                    .says("Pour fleurir jardinières et tombes tout l'hiver."),
                            line("Bonsaï Ficus ginseng", 1900, 3500)
                                    .says("Un petit arbre d'intérieur, à brumiser régulièrement."),
                            line("", 300, 450).q("Basilic en pot", "Thym en pot", "Romarin en pot", "Persil frisé en pot", "Ciboulette en pot")
                                    .says("En pot de 10,5 cm, à garder près de la cuisine."),
                            line("Rosier", 1200, 2500).q("grimpant", "buisson parfumé", "tige")
                                    .says("Variété résistante aux maladies, à planter de novembre à mars."),
                            line("Hortensia", 1500, 2500).q("bleu", "blanc", "rose")
                                    .says("En conteneur de 5 litres, pour une floraison dès l'été."),
                            line("", 2500, 4500).q("Pommier Reinette grise", "Poirier Conférence", "Cerisier Bigarreau", "Prunier Reine-Claude")
                                    .says("Scion de deux ans, à planter pendant le repos de la végétation.")),
                    vocabulary("compositions-florales", 1, 6, says(
                                    "Une création de nos fleuristes, faite à la main.",
                                    "Livraison possible dans tout le Pays de Saint-Omer.",
                                    "Conseils d'entretien remis avec chaque composition."),
                            line("Composition florale", 3500, 6500).core().q("en coupe", "de table", "champêtre en caisse de bois", "en panier")
                                    .says("Une composition généreuse, à offrir ou à poser au centre de la table."),
                            line("Centre de table", 3000, 5500).q("de Noël", "automnal")
                                    .says("Bougies, feuillages et fleurs de saison."),
                            line("Couronne de l'Avent", 3200, 5500).q("naturelle", "aux pommes de pin")
                                    .says("Sapin frais et quatre bougies, pour attendre Noël."),
                            line("Couronne de porte", 3000, 5000).q("d'automne", "de Noël en eucalyptus")
                                    .says("Pour accueillir vos invités avec élégance."),
                            line("Gerbe de deuil", 6000, 12000).q("blanche", "colorée")
                                    .says("Livrée au funérarium ou à l'église, avec votre message."),
                            line("Coussin de deuil", 7000, 12000).q("blanc", "rouge et blanc")
                                    .says("Un dernier hommage, composé avec soin."),
                            line("Terrarium", 3500, 6500).q("de succulentes", "tropical")
                                    .says("Un petit jardin sous verre qui demande très peu d'entretien.")));
        }

        // ---------------------------------------------------------------- librairie et presse

        /** Fictional titles, the same in every bookshop, each with its own author and publisher. */
        static List<String> novelTitles() {
            List<String> heads = List.of("Le Silence", "La Maison", "Les Brumes", "L'Héritière", "Le Passeur", "La Promesse",
                    "Les Enfants", "Le Secret", "La Mémoire", "L'Horloger", "La Brodeuse", "Les Lumières", "Le Jardinier",
                    "La Dernière Saison", "Les Absents");
            List<String> complements = List.of("du marais", "de l'écluse", "des Wateringues", "de la rue des Clouteries",
                    "de la Lys", "du Haut-Pont", "de l'abbaye", "des remparts", "de la Côte d'Opale", "d'octobre",
                    "de la cathédrale", "des cristalleries", "du beffroi", "sous la neige");
            List<String> titles = new ArrayList<>();
            for (String head : heads) {
                for (String complement : complements) {
                    titles.add(head + " " + complement);
                }
            }
            return titles;
        }

        static List<Vocabulary> books() {
            return List.of(
                    vocabulary("romans", 1, 8, says(
                                    "Un coup de cœur de l'équipe.",
                                    "Disponible en boutique ; sinon commandé et reçu sous 48 heures.",
                                    "Prix unique du livre : le même prix partout en France."),
                            line("", 1800, 2300).in(Scheme.BOOK).pricedByName().q(novelTitles())
                                    .says("Roman {of_author}, {publisher}.",
                                            "Le nouveau roman {of_author}, une saga familiale entre Flandre et Artois ({publisher}).",
                                            "Une histoire d'amour et de secrets de famille, par {author} ({publisher})."),
                            line("", 1900, 2200).core().pricedByName()
                                    .q("Meurtre au Haut-Pont", "Mort d'un éclusier", "Noir marais", "Les Noyés de l'Aa",
                                            "Meurtre sur la Lys", "Brouillard sur Clairmarais", "L'Affaire du beffroi",
                                            "Le Disparu de la Coupole", "Dernier train pour Lumbres", "Crime à la cathédrale",
                                            "La Nuit des bacôves", "Meurtres en Morinie")
                                    .says("Un polar {of_author} ({publisher}), dont l'enquête se déroule dans l'Audomarois.",
                                            "Le commandant Delobel mène l'enquête : un polar régional signé {author}, chez {publisher}."),
                            line("", 750, 950).pricedByName()
                                    .q("Le Tour du monde en quatre-vingts jours (poche)", "Germinal (poche)", "Les Misérables, tome 1 (poche)",
                                            "Le Rouge et le Noir (poche)", "Madame Bovary (poche)", "Bel-Ami (poche)", "Le Grand Meaulnes (poche)",
                                            "Notre-Dame de Paris (poche)", "Les Trois Mousquetaires (poche)", "Le Petit Prince (poche)")
                                    .says("Un classique indémodable, en édition de poche.", "À lire ou à relire, en format de poche.")),
                    vocabulary("bandes-dessinees", 1, 8, says(
                                    "Une série qui plaît autant aux ados qu'aux adultes.",
                                    "Disponible en boutique ; sinon commandée et reçue sous 48 heures.",
                                    "Le coup de cœur BD du moment."),
                            line("", 1095, 1595).core().pricedByName().q(series(List.of("Les Bacôves", "Capitaine Escaut",
                                            "Les Gardiens du beffroi", "Opale Express", "Chroniques de Morinie", "Le Clan des Wateringues",
                                            "Les Enquêtes de l'inspecteur Lagache", "Lili et le géant"), 6))
                                    .says("Scénario {of_author}, dessin {of_artist} ({publisher}).",
                                            "Un album cartonné de 56 pages, scénario {of_author} et dessin {of_artist}."),
                            line("", 2900, 3900).pricedByName().q("Les Bacôves, l'intégrale", "Capitaine Escaut, l'intégrale",
                                            "Chroniques de Morinie, l'intégrale")
                                    .says("Tous les albums de la série réunis dans un beau volume ({publisher}).")),
                    vocabulary("livres-jeunesse", 1, 10, says(
                                    "Un livre pour éveiller la curiosité des enfants.",
                                    "Lu et approuvé par nos libraires.",
                                    "Une jolie idée de cadeau."),
                            line("", 990, 1450).core().pricedByName().q(picturebooks())
                                    .says("Un album {of_author}, illustré par {artist} ({publisher}).",
                                            "Texte {of_author}, illustrations {of_artist}."),
                            line("Mon premier imagier", 890, 1290).pricedByName().q("des animaux de la ferme", "des oiseaux du marais",
                                            "des métiers", "des saisons")
                                    .says("Un imagier tout-carton pour les tout-petits."),
                            line("Cahier d'activités", 590, 890).pricedByName().q("de Noël", "pour la maternelle", "des petits explorateurs")
                                    .says("Jeux, coloriages et autocollants pour les 4-7 ans."),
                            line("Documentaire jeunesse", 1290, 1690).pricedByName().q(": les dinosaures", ": le corps humain",
                                            ": les châteaux forts", ": l'espace")
                                    .says("Pour les curieux de 7 à 11 ans, avec des rabats à soulever.")),
                    vocabulary("beaux-livres", 1, 10, says(
                                    "Un beau livre à offrir à tous les amoureux de notre région.",
                                    "Chez un éditeur des Hauts-de-France.",
                                    "Un ouvrage richement illustré."),
                            line("Saint-Omer", 2500, 3900).core().pricedByName().q(", mille ans d'histoire", "vue du ciel", "d'hier à aujourd'hui")
                                    .says("La ville, son patrimoine et ses habitants, en photographies ({publisher}).",
                                            "De l'abbaye Saint-Bertin à la cathédrale Notre-Dame, par {author}."),
                            line("Le Marais audomarois", 2500, 3500).pricedByName().q(", au fil de l'eau", ", un paysage vivant")
                                    .says("Le dernier marais cultivé de France, ses maraîchers et ses bacôves, photographié au fil des saisons."),
                            line("La Côte d'Opale", 2200, 3200).pricedByName().q("en 100 photos", "secrète")
                                    .says("Des caps aux baies, un voyage en images par {author}."),
                            line("Guide de randonnée", 900, 1500).pricedByName().q("dans le Pays de Saint-Omer", "de la vallée de l'Aa",
                                            "des collines de l'Artois")
                                    .says("30 balades commentées, avec cartes et dénivelés."),
                            line("Cuisine du Nord", 1500, 2900).pricedByName().q("et des Flandres", ": 80 recettes de grand-mère")
                                    .says("Carbonnade, potjevleesch, tarte au sucre : les recettes de chez nous, par {author}."),
                            line("Les Estaminets des Flandres", 2200, 2900).pricedByName()
                                    .says("L'histoire et les jeux des cafés flamands, par {author}."),
                            line("Petit dictionnaire du picard", 900, 1400).pricedByName()
                                    .says("Les mots et expressions de notre patois, avec leurs histoires."),
                            line("Arques, la cité du verre", 2500, 3200).pricedByName()
                                    .says("Un siècle d'histoire de la verrerie et de ses ouvriers."),
                            line("Atlas des oiseaux du marais audomarois", 2400, 3200).pricedByName()
                                    .says("Plus de 200 espèces décrites et photographiées.")),
                    vocabulary("papeterie", 3, 30, says(
                                    "Fabrication européenne.",
                                    "Une jolie idée de petit cadeau.",
                                    "Disponible en boutique, à retirer sans attendre."),
                            line("Carnet", 450, 1500).core().q("ligné A5", "pointillé A5", "à croquis", "couverture en lin", "de poche")
                                    .says("Papier 90 g, qui ne bave pas à l'encre."),
                            line("Agenda 2021", 900, 2200).core().q("semainier", "journalier", "de poche", "illustré")
                                    .says("Une semaine sur deux pages, de janvier à décembre 2021."),
                            line("Calendrier 2021", 900, 1500).q("du Marais audomarois", "de la Côte d'Opale", "des chats")
                                    .says("Douze photographies grand format."),
                            line("Stylo", 500, 900).q("plume", "roller", "bille en laiton", "quatre couleurs").scales(4, 2.5, 3, 1)
                                    .says("Une belle écriture pour longtemps."),
                            line("Crayons de couleur", 600, 900).q("(boîte de 24)", "aquarellables (boîte de 12)", "(boîte de 48)").scales(1, 1.3, 2.2)
                                    .says("Mine tendre et couleurs vives."),
                            line("Cartes postales", 500, 900).q("de Saint-Omer (lot de 10)", "illustrées du Marais (lot de 8)")
                                    .says("Pour donner des nouvelles à l'ancienne."),
                            line("Cartes de vœux", 600, 1000).q("illustrées (lot de 5)", "de Noël (lot de 10)")
                                    .says("Avec leurs enveloppes."),
                            line("Papier cadeau", 300, 800).q("kraft (rouleau de 3 m)", "de Noël (rouleau de 5 m)")
                                    .says("Pour de beaux paquets."),
                            line("Trousse", 900, 1900).q("en toile", "double compartiment")
                                    .says("Solide et pratique pour le collège."),
                            line("Cahier", 200, 450).q("grands carreaux 96 pages", "petits carreaux 96 pages", "de travaux pratiques")
                                    .says("Format 24 × 32 cm, couverture polypro."),
                            line("Album photo", 1900, 3500).q("à pochettes", "traditionnel en lin")
                                    .says("Pour garder les souvenirs de famille.")));
        }

        static List<String> series(List<String> names, int tomes) {
            List<String> albums = new ArrayList<>();
            for (String name : names) {
                for (int tome = 1; tome <= tomes; tome++) {
                    albums.add(name + ", tome " + tome);
                }
            }
            return albums;
        }

        static List<String> picturebooks() {
            List<String> heroes = List.of("Le petit hérisson", "Nina la loutre", "Timothée le castor", "Plume la cigogne",
                    "Barnabé le bateau", "Léon le héron");
            List<String> stories = List.of("et la tempête", "a peur du noir", "va à l'école", "fête Noël", "cherche sa maman",
                    "au marché", "et le grand marais");
            List<String> titles = new ArrayList<>();
            for (String hero : heroes) {
                for (String story : stories) {
                    titles.add(hero + " " + story);
                }
            }
            return titles;
        }

        // ---------------------------------------------------------------- jouets et jeux

        static List<Vocabulary> toys() {
            return List.of(
                    vocabulary("jeux-de-societe", 1, 10, says(
                                    "Des parties conviviales, en famille ou entre amis.",
                                    "Un jeu que l'équipe du magasin a adopté.",
                                    "Un beau cadeau pour Noël."),
                            line("Jeu d'échecs", 2500, 8900).core().q("en bois", "pliant de voyage", "magnétique")
                                    .says("Pièces lestées et plateau en bois."),
                            line("Jeu de dames", 1900, 4500).q("en bois")
                                    .says("Le classique de toujours, plateau réversible."),
                            line("Backgammon", 2900, 5900).q("en mallette")
                                    .says("Un jeu de stratégie et de hasard, en mallette à emporter."),
                            line("Jeu de tarot", 450, 900).q("", "traditionnel")
                                    .says("78 cartes cartonnées, pour 3 à 5 joueurs."),
                            line("Jeu de 54 cartes", 350, 700).q("", "grand format")
                                    .says("Pour la belote, le rami ou la bataille."),
                            line("Jeu des 7 familles", 500, 900).q("des métiers d'autrefois", "des animaux du marais", "des régions de France")
                                    .says("Un jeu de cartes pour les petits dès 5 ans."),
                            line("Jeu des petits chevaux", 1500, 2900).q("en bois")
                                    .says("Le jeu de plateau de notre enfance, de 2 à 4 joueurs."),
                            line("Jeu de l'oie", 1500, 2500).q("illustré")
                                    .says("Pour les petits comme pour les grands."),
                            line("Mikado", 900, 1200).q("", "géant").scales(1, 2.5)
                                    .says("Adresse et patience garanties."),
                            line("Dominos", 900, 1900).q("en bois", "double-six")
                                    .says("Dans leur boîte de rangement."),
                            line("Billard hollandais", 8900, 14900).q("(2 m)", "pliable")
                                    .says("Le jeu traditionnel des estaminets flamands : faites glisser les palets dans les arches."),
                            line("Jeu de la grenouille", 9900, 15900)
                                    .says("Lancez les palets dans la bouche de la grenouille : un grand classique des fêtes du Nord."),
                            line("Jeu de quilles", 2500, 4500).q("en bois", "finlandaises")
                                    .says("Pour le jardin, de 2 à 12 joueurs."),
                            line("Jeu de fléchettes", 2500, 4900).q("traditionnel", "électronique")
                                    .says("Avec six fléchettes et une cible."),
                            line("Jeu coopératif", 1900, 3500).q("pour les petits", "d'enquête", "de survie en forêt")
                                    .says("Tous ensemble contre le jeu : parfait pour les familles.")),
                    vocabulary("jouets-eveil", 1, 10, says(
                                    "Conforme aux normes de sécurité européennes.",
                                    "Un jouet choisi pour sa qualité et sa sécurité.",
                                    "Un jouet solide, pensé pour durer."),
                            line("Peluche", 1200, 3500).core().q("lapin", "ours", "renard", "cigogne", "loutre", "âne")
                                    .says("Toute douce, lavable en machine à 30 °C.", "Dès la naissance."),
                            line("Hochet", 800, 1500).q("en bois", "en tissu")
                                    .says("Pour les petites mains, dès 3 mois."),
                            line("Cube d'activités", 3500, 6500).q("en bois")
                                    .says("Labyrinthe, formes et engrenages : des heures d'éveil."),
                            line("Boîte à formes", 1500, 2500).q("en bois")
                                    .says("Pour apprendre les formes et les couleurs, dès 12 mois."),
                            line("Boîte à musique", 1900, 3500).q("à manivelle", "carrousel")
                                    .says("Une douce mélodie pour s'endormir."),
                            line("Doudou", 1500, 2900).q("plat lapin", "ours", "mouton")
                                    .says("Le compagnon des câlins, lavable en machine."),
                            line("Porteur", 4500, 8900).q("en bois", "à bascule")
                                    .says("Pour les premiers pas, dès 12 mois."),
                            line("Cheval à bascule", 8900, 14900).q("en bois")
                                    .says("Un jouet de tradition, transmis de génération en génération."),
                            line("Garage en bois", 4900, 8900).q("avec ascenseur")
                                    .says("Trois niveaux, une rampe et quatre petites voitures."),
                            line("Train en bois", 2900, 6900).q("(circuit de 40 pièces)", "locomotive et wagons")
                                    .says("Compatible avec les grandes marques de circuits en bois."),
                            line("Poupée", 1900, 4500).q("de chiffon", "bébé de 30 cm", "à habiller")
                                    .says("Corps souple et vêtements amovibles."),
                            line("Maison de poupée", 8900, 15900).q("en bois", "avec meubles")
                                    .says("Trois étages et tout son mobilier."),
                            line("Dînette en bois", 2500, 4500).q("", "avec service à thé")
                                    .says("Pour jouer à la marchande et recevoir les doudous."),
                            line("Cuisine en bois", 8900, 14900).q("avec accessoires")
                                    .says("Four, plaques qui cliquent et évier."),
                            line("Établi de bricolage", 3900, 6900).q("en bois")
                                    .says("Marteau, tournevis et vis en bois pour les petits bricoleurs."),
                            line("Marionnette", 1200, 2500).q("loup", "sorcière", "chevalier")
                                    .says("Pour inventer des histoires."),
                            line("Draisienne en bois", 6900, 9900)
                                    .says("Pour apprendre l'équilibre avant le vélo, dès 2 ans."),
                            line("Toupie", 500, 1200).q("en bois", "flamande")
                                    .says("Un jeu d'adresse tout simple.")),
                    vocabulary("puzzles", 1, 10, says(
                                    "Pièces épaisses qui s'emboîtent parfaitement.",
                                    "Un poster du modèle est fourni dans la boîte.",
                                    "Fabrication européenne."),
                            line("Puzzle 1000 pièces", 1500, 2500).core().q("« La cathédrale de Saint-Omer »", "« Les bacôves du marais »",
                                            "« Carte ancienne de Flandre »", "« Chats au jardin »", "« Bibliothèque ancienne »",
                                            "« Village de Noël »", "« Port de pêche »")
                                    .says("Un puzzle pour les longues soirées d'hiver."),
                            line("Puzzle 500 pièces", 1200, 1900).q("« Marché aux fleurs »", "« Phare de la Côte d'Opale »", "« Champs de tulipes »")
                                    .says("Pour s'initier aux grands puzzles."),
                            line("Puzzle 1500 pièces", 2200, 2900).q("« Vue aérienne de Saint-Omer »", "« Les grands maîtres flamands »")
                                    .says("Pour les puzzleurs confirmés."),
                            line("Puzzle enfant", 900, 1900).q("24 pièces « Les animaux de la ferme »", "48 pièces « Les pompiers »",
                                            "100 pièces « Les dinosaures »", "60 pièces « Sous la mer »")
                                    .says("Grosses pièces faciles à manipuler."),
                            line("Puzzle en bois", 1200, 2200).q("à encastrer", "cartes du monde")
                                    .says("Pour les tout-petits, avec boutons de préhension.")),
                    vocabulary("loisirs-creatifs", 2, 15, says(
                                    "Conseils et idées de création en boutique.",
                                    "Pour les créatifs de 6 à 99 ans.",
                                    "Une activité calme pour les jours de pluie."),
                            line("Kit", 1200, 3500).core().q("de broderie pour débutant", "de tricot", "de perles", "de bougies à couler",
                                            "de mosaïque", "de savon", "de couture")
                                    .says("Un kit complet pour réaliser sa première création."),
                            line("Pâte à modeler", 500, 1500).q("(lot de 8 couleurs)", "végétale")
                                    .says("Souple et qui ne colle pas aux doigts."),
                            line("Peinture", 700, 2500).q("aquarelle (12 godets)", "gouache (6 tubes)", "acrylique (set de 12)")
                                    .says("Couleurs lumineuses et bien pigmentées."),
                            line("Cahier de coloriage", 500, 1200).q("de mandalas", "des animaux", "de Noël")
                                    .says("Papier épais qui supporte les feutres."),
                            line("Perles à repasser", 900, 1900).q("(boîte de 3000)")
                                    .says("Avec plaques et modèles."),
                            line("Pelote de laine", 450, 1200).q("mérinos", "alpaga", "coton bio")
                                    .says("Pelote de 50 g, coloris au choix en boutique."),
                            line("Toile à peindre", 500, 800).q("30 × 40 cm", "50 × 70 cm").scales(1, 2)
                                    .says("Coton apprêté, sur châssis en bois.")));
        }

        // ---------------------------------------------------------------- bricolage et jardin

        static List<Vocabulary> diy() {
            return List.of(
                    vocabulary("outillage", 1, 15, says(
                                    "Un outil solide, garanti deux ans.",
                                    "Conseils d'utilisation au comptoir.",
                                    "Pour le bricoleur du dimanche comme pour l'artisan."),
                            line("Perceuse-visseuse", 9900, 14900).core().q("sans fil 18 V", "à percussion", "compacte 12 V").scales(1, 1.2, 0.6)
                                    .says("Livrée avec deux batteries et son chargeur."),
                            line("Tournevis", 900, 2900).q("(jeu de 6)", "à cliquet", "d'électricien isolé")
                                    .says("Embouts en acier chrome-vanadium."),
                            line("Marteau", 1200, 2900).q("de menuisier", "arrache-clou", "de coffreur")
                                    .says("Manche en frêne, bien équilibré."),
                            line("Scie", 1500, 3500).q("égoïne", "à métaux", "à bûches")
                                    .says("Denture trempée pour une coupe nette."),
                            line("Niveau à bulle", 1200, 1600).q("60 cm", "120 cm").scales(1, 1.8)
                                    .says("Trois fioles, précision 0,5 mm/m."),
                            line("Mètre ruban", 600, 900).q("5 m", "8 m").scales(1, 1.4)
                                    .says("Ruban large et boîtier antichoc."),
                            line("Clés plates", 1900, 2600).q("(jeu de 8)", "mixtes (jeu de 12)").scales(1, 1.5)
                                    .says("Acier forgé, de 6 à 22 mm."),
                            line("Pince", 900, 2500).q("multiprise", "coupante", "à bec long")
                                    .says("Poignées confortables."),
                            line("Caisse à outils", 1900, 4500).q("métallique", "à compartiments")
                                    .says("Pour tout ranger et tout emporter."),
                            line("Escabeau", 3900, 4900).q("3 marches", "5 marches").scales(1, 1.6)
                                    .says("Aluminium léger et marches antidérapantes."),
                            line("Lampe frontale", 1500, 3500).q("rechargeable", "LED 200 lumens")
                                    .says("Les mains libres pour travailler."),
                            line("Serre-joints", 1500, 2900).q("(lot de 2)", "à pompe")
                                    .says("Serrage rapide d'une seule main."),
                            line("Ponceuse", 4900, 11900).q("vibrante", "excentrique")
                                    .says("Avec aspiration des poussières."),
                            line("Agrafeuse murale", 1500, 2900)
                                    .says("Pour tissus, isolants et grillages.")),
                    vocabulary("quincaillerie", 3, 40, says(
                                    "Disponible en magasin, à retirer sans attendre.",
                                    "Demandez conseil : nous trouvons la bonne pièce.",
                                    "Qualité professionnelle."),
                            line("Vis à bois", 450, 1200).core().q("(boîte de 200)", "inox (boîte de 100)", "agglo (boîte de 500)")
                                    .says("Tête fraisée, empreinte cruciforme."),
                            line("Chevilles", 350, 900).q("nylon (lot de 100)", "pour plaque de plâtre (lot de 20)")
                                    .says("Pour fixer solidement dans tous les murs."),
                            line("Cadenas", 900, 2500).q("à code", "en laiton 40 mm")
                                    .says("Anse en acier cémenté."),
                            line("Serrure", 1900, 4900).q("en applique", "à larder")
                                    .says("Livrée avec trois clés."),
                            line("Colle", 350, 900).q("à bois", "néoprène", "extra-forte")
                                    .says("Prise rapide et tenue durable."),
                            line("Ruban adhésif", 250, 700).q("de masquage", "toilé", "double face")
                                    .says("Pour tous les petits travaux."),
                            line("Ampoule LED", 350, 900).q("E27 équivalent 60 W", "GU10", "filament E27")
                                    .says("Lumière blanche chaude, 15 000 heures."),
                            line("Rallonge électrique", 900, 1300).q("5 m", "10 m").scales(1, 1.6)
                                    .says("Câble souple et prise avec terre."),
                            line("Multiprise", 900, 2500).q("4 prises", "avec interrupteur")
                                    .says("Avec protection enfants."),
                            line("Piles", 450, 1200).q("AA (lot de 8)", "AAA (lot de 8)", "9 V")
                                    .says("Longue durée."),
                            line("Peinture", 2500, 4900).q("acrylique satinée blanche (2,5 L)", "glycéro laque blanche (2,5 L)",
                                            "pour sols (2,5 L)")
                                    .says("Haut pouvoir couvrant, faible odeur."),
                            line("Pinceau", 300, 1200).q("plat 50 mm", "à rechampir")
                                    .says("Soies naturelles, pour un travail soigné."),
                            line("Rouleau", 600, 1500).q("à peinture 180 mm", "laqueur")
                                    .says("Ne laisse pas de traces."),
                            line("Savon noir", 450, 800).q("liquide (1 L)")
                                    .says("Le nettoyant de nos grands-mères, pour toute la maison."),
                            line("Bicarbonate de soude", 350, 600).q("(1 kg)")
                                    .says("Nettoie, désodorise et détartre."),
                            line("Cristaux de soude", 300, 500).q("(1 kg)")
                                    .says("Dégraissant puissant pour la maison."),
                            line("Vinaigre blanc", 250, 400).q("(1 L)")
                                    .says("Détartrant naturel."),
                            line("Huile de lin", 600, 1100).q("cuite (1 L)")
                                    .says("Nourrit et protège les bois intérieurs et extérieurs.")),
                    vocabulary("jardinage", 2, 25, says(
                                    "Pour un jardin vivant toute l'année.",
                                    "Conseils de jardinage au comptoir.",
                                    "Une sélection adaptée à notre climat et à nos sols."),
                            line("Sécateur", 1500, 4500).core().q("de précision", "à enclume", "à crémaillère")
                                    .says("Lames en acier trempé, ressort robuste."),
                            line("Bêche", 2500, 4500).q("", "à dents")
                                    .says("Manche en frêne et lame forgée."),
                            line("Râteau", 1500, 2900).q("à feuilles", "de jardin")
                                    .says("Pour le ramassage des feuilles d'automne."),
                            line("Gants de jardinage", 600, 1500).q("en cuir", "enduits")
                                    .says("Souples et résistants aux épines."),
                            line("Arrosoir", 3500, 3900).q("en zinc 10 L", "en plastique 5 L").scales(1, 0.3)
                                    .says("Avec sa pomme amovible."),
                            line("Terreau", 900, 1300).q("universel (40 L)", "pour semis (20 L)", "pour plantes d'intérieur (20 L)").scales(1, 0.7, 0.8)
                                    .says("Utilisable en agriculture biologique."),
                            line("Graines", 250, 450).q("de tomates anciennes", "de radis", "de haricots verts", "de fleurs mellifères",
                                            "de potirons")
                                    .says("Sachet de semences, avec conseils de semis au dos."),
                            line("Bulbes", 450, 900).q("de tulipes (lot de 20)", "de narcisses (lot de 15)", "d'ail d'hiver (500 g)")
                                    .says("À planter avant les premières gelées."),
                            line("Mangeoire pour oiseaux", 1500, 3500).q("en bois", "à suspendre")
                                    .says("Pour aider les oiseaux du jardin à passer l'hiver."),
                            line("Boules de graisse", 350, 600).q("(lot de 6)", "sans filet (lot de 12)")
                                    .says("Pour les mésanges et les rouges-gorges."),
                            line("Nichoir en bois", 1500, 2900).q("pour mésanges", "pour rouges-gorges")
                                    .says("À fixer avant le printemps."),
                            line("Pot en terre cuite", 600, 1100).q("25 cm", "40 cm").scales(1, 3)
                                    .says("Résiste au gel."),
                            line("Tuyau d'arrosage", 2500, 3200).q("15 m", "25 m").scales(1, 1.5)
                                    .says("Anti-vrille, avec raccords."),
                            line("Composteur", 3900, 7900).q("en bois (400 L)")
                                    .says("Pour transformer vos déchets verts en or brun."),
                            line("Engrais", 800, 1500).q("organique universel", "pour rosiers")
                                    .says("D'origine naturelle, pour un jardin en pleine santé.")));
        }

        // ---------------------------------------------------------------- beauté et bien-être

        static List<Vocabulary> beauty() {
            return List.of(
                    vocabulary("soins-visage-corps", 2, 20, says(
                                    "Formule testée sous contrôle dermatologique.",
                                    "Fabrication française.",
                                    "Notre esthéticienne vous conseille sur le soin adapté à votre peau."),
                            line("Crème", 1200, 4500).core().q("hydratante visage", "de nuit régénérante", "mains à l'amande douce",
                                            "contour des yeux", "riche pour peaux sèches")
                                    .says("Texture fondante qui pénètre vite, sans film gras."),
                            line("Sérum", 2500, 5500).q("éclat à la vitamine C", "hydratant à l'acide hyaluronique", "anti-âge")
                                    .says("Quelques gouttes matin et soir, avant la crème."),
                            line("Lait démaquillant", 1200, 2200).q("douceur", "à l'eau de rose")
                                    .says("Démaquille en douceur, même les yeux."),
                            line("Eau micellaire", 900, 1800).q("apaisante")
                                    .says("Nettoie et démaquille sans rinçage."),
                            line("Gommage", 1500, 3200).q("corps au sucre", "visage doux", "au sel marin")
                                    .says("Une peau lisse et douce dès la première utilisation."),
                            line("Huile", 1500, 3900).q("sèche pour le corps", "de massage relaxante", "d'argan bio")
                                    .says("Nourrit la peau sans la graisser."),
                            line("Baume à lèvres", 500, 900).q("au miel", "à la cire d'abeille")
                                    .says("Répare et protège les lèvres du froid."),
                            line("Masque", 1200, 2900).q("à l'argile", "hydratant", "purifiant")
                                    .says("Dix minutes de pause pour une peau nette."),
                            line("Coffret soin", 3500, 6900).q("visage", "de Noël", "mains et lèvres")
                                    .says("Une idée cadeau toute prête, joliment emballée."),
                            line("Vernis à ongles", 900, 1600).q("rouge cerise", "nude", "bordeaux")
                                    .says("Tenue longue durée et séchage rapide.")),
                    vocabulary("parfums", 1, 10, says(
                                    "Flacon vaporisateur, emballage cadeau offert.",
                                    "Échantillon disponible sur demande en boutique.",
                                    "Une création d'une maison de parfum indépendante."),
                            line("Eau de parfum", 3900, 6900).core().in(Scheme.PERFUME).q("Jardin d'hiver", "Nuit d'ambre", "Fleur de coton",
                                            "Bois de santal", "Rose poudrée", "Figue et cèdre", "Iris et musc")
                                    .says("Un sillage élégant et durable.", "Notes de tête fraîches, cœur floral et fond boisé."),
                            line("Eau de toilette", 2900, 4900).in(Scheme.PERFUME).q("Brise marine", "Vétiver frais", "Agrumes de Sicile", "Thé vert")
                                    .says("Légère et pétillante, pour tous les jours."),
                            line("Eau de Cologne", 1900, 3500).q("à la lavande", "aux agrumes")
                                    .says("Une fraîcheur d'autrefois, en flacon de 200 ml."),
                            line("Coffret parfum", 5900, 8900).q("et lait pour le corps", "et gel douche")
                                    .says("Le parfum et son soin assorti, prêts à offrir."),
                            line("Brume parfumée", 1900, 2900).q("pour le corps", "pour les cheveux")
                                    .says("Un voile de parfum léger.")),
                    vocabulary("savons-cosmetiques-naturels", 3, 30, says(
                                    "Fabrication à la main, avec des huiles végétales bio.",
                                    "Sans huile de palme ni parfum de synthèse.",
                                    "Zéro déchet : emballage en papier recyclé."),
                            line("Savon saponifié à froid", 550, 850).core().q("au lait de chèvre", "au miel", "à l'argile verte",
                                            "à la lavande", "au charbon végétal", "à l'avoine", "à la bière du Nord", "au citron et pavot",
                                            "à la rose", "au karité")
                                    .says("Riche en glycérine naturelle, il respecte les peaux sensibles.",
                                            "Séché six semaines avant d'être vendu."),
                            line("Shampoing solide", 900, 1300).q("cheveux secs", "cheveux gras", "au romarin", "à l'ortie")
                                    .says("L'équivalent de deux flacons de shampoing, sans emballage plastique."),
                            line("Dentifrice solide", 600, 900).q("à la menthe")
                                    .says("Des pastilles à croquer, en bocal de verre."),
                            line("Huile démaquillante", 1200, 1800).q("bio")
                                    .says("Dissout le maquillage, même waterproof."),
                            line("Déodorant solide", 900, 1200).q("à la sauge", "sans parfum")
                                    .says("Efficace toute la journée, sans sels d'aluminium."),
                            line("Baume", 900, 1500).q("multi-usage au calendula", "à la cire d'abeille")
                                    .says("Pour les mains abîmées et les petites irritations."),
                            line("Beurre de karité", 800, 1300).q("brut", "fouetté à la vanille")
                                    .says("Nourrit intensément la peau et les cheveux."),
                            line("Sel de bain", 700, 1200).q("à l'eucalyptus", "aux fleurs")
                                    .says("Pour un bain relaxant."),
                            line("Porte-savon", 600, 1500).q("en bois de hêtre", "en céramique")
                                    .says("Laisse le savon sécher entre deux utilisations."),
                            line("Coffret découverte", 2500, 3900).q("de trois savons", "visage et corps")
                                    .says("Pour découvrir nos fabrications.")),
                    vocabulary("soins-capillaires", 2, 15, says(
                                    "Produit professionnel utilisé au salon.",
                                    "Votre coiffeur vous conseille sur le produit adapté à vos cheveux.",
                                    "Emballage cadeau sur demande."),
                            line("Shampoing", 1200, 2200).core().q("doux", "réparateur", "pour cheveux colorés", "antipelliculaire")
                                    .says("Nettoie en douceur et laisse les cheveux brillants."),
                            line("Après-shampoing", 1300, 2200).q("démêlant", "nourrissant")
                                    .says("Démêle sans alourdir."),
                            line("Masque capillaire", 1800, 2900).q("nourrissant", "réparateur")
                                    .says("Un soin intense une fois par semaine."),
                            line("Huile capillaire", 1900, 2900).q("à l'argan", "aux sept huiles")
                                    .says("Quelques gouttes sur les pointes."),
                            line("Cire coiffante", 1200, 1900).q("mate", "brillante")
                                    .says("Pour un coiffé-décoiffé qui tient."),
                            line("Brosse", 1500, 3500).q("en poils de sanglier", "démêlante")
                                    .says("Respecte la fibre du cheveu.")),
                    vocabulary("soins-institut", 20, 200, says(
                                    "Bon cadeau valable un an, sur rendez-vous.",
                                    "Envoyé par courriel ou remis dans une jolie pochette en boutique.",
                                    "Le bon cadeau idéal pour faire plaisir."),
                            line("Carte cadeau", 0, 0).core().in(Scheme.VOUCHER).q("beauté", "du salon")
                                    .says("D'un montant au choix, à utiliser en une ou plusieurs fois."),
                            line("Bon cadeau", 2500, 7500).q("soin du visage (1 h)", "modelage relaxant (1 h)", "beauté des mains",
                                            "beauté des pieds", "coupe et brushing", "coupe homme et barbe", "soin du corps au miel")
                                    .says("Un moment de détente à offrir.")));
        }

        // ---------------------------------------------------------------- sport

        static List<Vocabulary> sport() {
            return List.of(
                    vocabulary("randonnee-running", 1, 10, says(
                                    "L'équipe du magasin court et randonne dans la région : demandez-lui conseil.",
                                    "Garantie deux ans.",
                                    "Conseils personnalisés en magasin."),
                            line("Chaussures de running", 7900, 14900).core().in(Scheme.SHOES_ANY).q("route", "trail", "légères de compétition")
                                    .says("Amorti réactif et maintien du pied : pour courir longtemps sans se blesser."),
                            line("Chaussures de randonnée", 8900, 14900).in(Scheme.SHOES_ANY).q("imperméables", "tige haute en cuir")
                                    .says("Semelle crantée et membrane imperméable pour les chemins boueux."),
                            line("Sac à dos de randonnée", 3900, 5500).q("20 L", "35 L", "50 L").scales(1, 1.6, 2.2)
                                    .says("Dos ventilé et housse de pluie intégrée."),
                            line("Veste imperméable", 5900, 14900).in(Scheme.CLOTHES_MEN).q("homme", "femme", "trois couches")
                                    .says("Coupe-vent et respirante, avec capuche ajustable."),
                            line("Bâtons de marche", 2900, 6900).q("(la paire)", "pliants (la paire)")
                                    .says("Réglables, avec poignées en liège."),
                            line("Gourde", 1500, 3500).q("isotherme 750 ml", "inox 1 L")
                                    .says("Garde l'eau fraîche toute la journée."),
                            line("Chaussettes de randonnée", 1200, 2200).in(Scheme.SIZES_SIMPLE).q("(lot de 2)", "en laine mérinos")
                                    .says("Renforts aux talons et aux orteils."),
                            line("Polaire", 3500, 6900).in(Scheme.CLOTHES_MEN).q("zippée", "légère")
                                    .says("Chaude, légère et rapide à sécher."),
                            line("Collant de running", 3500, 5900).in(Scheme.CLOTHES_WOMEN).q("", "thermique")
                                    .says("Avec bandes réfléchissantes pour courir à la nuit tombée."),
                            line("T-shirt technique", 1900, 3500).in(Scheme.CLOTHES_MEN).q("", "à manches longues")
                                    .says("Évacue la transpiration."),
                            line("Bonnet de running", 1200, 2200).q("", "réfléchissant")
                                    .says("Léger et respirant."),
                            line("Gants de running", 1500, 2500).in(Scheme.SIZES_SIMPLE).q("tactiles")
                                    .says("Gardent les mains au chaud sans transpirer."),
                            line("Lampe frontale de course", 2900, 5900)
                                    .says("Éclairage puissant pour courir en hiver.")),
                    vocabulary("sports-collectifs-raquettes", 2, 15, says(
                                    "Tarifs pour les clubs et les associations sur demande.",
                                    "Le matériel des clubs du Pays de Saint-Omer.",
                                    "Conforme aux normes des fédérations."),
                            line("Ballon de football", 1500, 3500).core().q("taille 5", "taille 4", "d'entraînement")
                                    .says("Cousu, pour terrains en herbe et synthétiques."),
                            line("Ballon de basket", 1900, 3900).q("taille 7", "taille 5")
                                    .says("Grip excellent en salle comme en extérieur."),
                            line("Ballon de handball", 1900, 3500).q("taille 2", "taille 3")
                                    .says("Pour l'entraînement et les matchs."),
                            line("Raquette de tennis", 7900, 14900).q("adulte", "junior 25 pouces").scales(1, 0.5)
                                    .says("Cordée, avec housse."),
                            line("Balles de tennis", 600, 900).q("(tube de 4)")
                                    .says("Pression constante, pour toutes surfaces."),
                            line("Raquette de badminton", 1900, 4900).q("", "en carbone")
                                    .says("Légère et maniable."),
                            line("Raquette de tennis de table", 1500, 4500).q("loisir", "compétition")
                                    .says("Revêtements homologués."),
                            line("Protège-tibias", 900, 1900).in(Scheme.SIZES_SIMPLE).q("", "avec chaussettes")
                                    .says("Légers et bien ajustés."),
                            line("Sac de sport", 2500, 4900).q("45 L", "à roulettes")
                                    .says("Avec compartiment pour les chaussures."),
                            line("Chasubles", 2500, 3900).q("(lot de 10)")
                                    .says("Pour former les équipes à l'entraînement."),
                            line("Plots d'entraînement", 1200, 2500).q("(lot de 20)")
                                    .says("Souples et empilables."),
                            line("Filet de badminton", 3900, 6900).q("avec poteaux")
                                    .says("Se monte en cinq minutes au jardin."),
                            line("Tapis de yoga", 2500, 4900).q("", "en liège")
                                    .says("Antidérapant, avec sangle de transport."),
                            line("Haltères", 1900, 2500).q("2 kg (la paire)", "5 kg (la paire)").scales(1, 1.8)
                                    .says("Revêtement néoprène antidérapant.")),
                    vocabulary("velos", 1, 8, says(
                                    "Conseils de notre mécanicien en boutique.",
                                    "Montage et réglages possibles à l'atelier.",
                                    "Du matériel choisi pour rouler tous les jours."),
                            line("Vélo", 39900, 89900).core().in(Scheme.FRAME).q("de ville", "tout chemin", "de route en aluminium", "pliant")
                                    .says("Cadre en aluminium, transmission fiable et freins à disque.",
                                            "Garde-boue, porte-bagages et éclairage pour rouler tous les jours."),
                            line("Vélo à assistance électrique", 149900, 249900).in(Scheme.FRAME).q("de ville", "tout chemin")
                                    .says("Jusqu'à 80 km d'autonomie : les côtes de l'Artois deviennent faciles."),
                            line("Vélo enfant", 14900, 19900).q("16 pouces", "20 pouces", "24 pouces").scales(1, 1.2, 1.4)
                                    .says("Léger et robuste, pour apprendre et progresser."),
                            line("Draisienne", 6900, 11900).q("en aluminium")
                                    .says("Pour apprendre l'équilibre dès 2 ans."),
                            line("Casque", 2900, 6900).in(Scheme.SIZES_SIMPLE).q("adulte", "enfant")
                                    .says("Norme EN 1078, ventilé et réglable."),
                            line("Antivol", 1900, 5900).q("en U", "à chaîne", "pliant")
                                    .says("Acier trempé, livré avec deux clés."),
                            line("Éclairage", 1500, 4500).q("(kit avant-arrière)", "rechargeable USB")
                                    .says("Pour voir et être vu."),
                            line("Sacoche", 2500, 6900).q("de porte-bagages", "de guidon")
                                    .says("Étanche et facile à fixer."),
                            line("Pompe", 1500, 3900).q("à pied", "de voyage")
                                    .says("Embout pour toutes les valves."),
                            line("Chambre à air", 500, 900).q("700 × 35", "26 pouces")
                                    .says("Valve Presta ou Schrader au choix."),
                            line("Panier de vélo", 2500, 4900).q("en osier", "avant en métal")
                                    .says("Pour faire le marché à vélo."),
                            line("Siège enfant", 6900, 12900).q("arrière", "avant")
                                    .says("Norme EN 14344, avec harnais."),
                            line("Sonnette", 500, 1500).q("en laiton", "classique")
                                    .says("Un son clair et joyeux."),
                            line("Garde-boue", 1500, 3500).q("(la paire)")
                                    .says("Pour rouler au sec par temps de pluie."),
                            line("Pneu", 1900, 3900).q("700 × 35 renforcé", "26 × 2,0")
                                    .says("Renfort anti-crevaison."),
                            line("Gants de vélo", 1500, 2900).in(Scheme.SIZES_SIMPLE).q("mi-saison", "d'hiver")
                                    .says("Paume rembourrée et doigts tactiles."),
                            line("Porte-vélos", 14900, 29900).q("d'attelage pour 2 vélos")
                                    .says("Inclinable pour ouvrir le coffre."),
                            line("Gilet réfléchissant", 600, 1500).q("", "enfant")
                                    .says("Obligatoire hors agglomération la nuit."),
                            line("Forfait révision", 4900, 7900).q("complète", "vélo électrique")
                                    .says("Réglages, graissage et contrôle de sécurité à l'atelier.")),
                    vocabulary("peche", 2, 20, says(
                                    "Conseils de pêche dans le marais et sur l'Aa.",
                                    "Matériel sélectionné par un pêcheur pour les pêcheurs.",
                                    "Carte de pêche en vente au magasin."),
                            line("Canne à pêche", 2900, 12900).core().q("au coup 5 m", "lancer 2,70 m", "carpe 3,60 m", "télescopique 4 m")
                                    .says("Légère et résistante."),
                            line("Moulinet", 2500, 8900).q("frein avant", "débrayable")
                                    .says("Bobine aluminium, récupération fluide."),
                            line("Hameçons", 300, 700).q("montés (lot de 10)", "simples (lot de 20)")
                                    .says("Pointe chimiquement affûtée."),
                            line("Leurres", 900, 2500).q("(assortiment)", "souples pour le brochet")
                                    .says("Pour traquer brochets et perches dans le marais."),
                            line("Fil nylon", 500, 1200).q("0,18 mm (150 m)", "0,25 mm (150 m)")
                                    .says("Résistant à l'abrasion."),
                            line("Épuisette", 1900, 4900).q("télescopique")
                                    .says("Tête en caoutchouc qui préserve les poissons."),
                            line("Bourriche", 1900, 3900).q("3 m")
                                    .says("Pour garder les prises vivantes."),
                            line("Amorce", 400, 900).q("pour gardons", "carpe (2 kg)", "de rivière")
                                    .says("Mélange prêt à humidifier."),
                            line("Boîte à pêche", 1500, 4500).q("à compartiments", "avec plateaux")
                                    .says("Pour tout ranger."),
                            line("Siège de pêche", 2900, 6900).q("pliant", "avec dossier")
                                    .says("Pieds réglables pour les berges."),
                            line("Plombs", 300, 600).q("fendus (assortiment)")
                                    .says("Sans plomb toxique : alliage d'étain."),
                            line("Bas de ligne", 300, 700).q("montés (lot de 10)")
                                    .says("Prêts à l'emploi."),
                            line("Flotteurs", 500, 1200).q("(assortiment)", "pour la carpe")
                                    .says("Sensibles et bien équilibrés."),
                            line("Mouches", 800, 1500).q("sèches (assortiment)", "nymphes (assortiment)")
                                    .says("Montées à la main."),
                            line("Bouillettes", 900, 1500).q("fruitées (1 kg)", "à la farine de poisson (1 kg)")
                                    .says("Pour la pêche de la carpe."),
                            line("Seau à amorce", 900, 1900).q("17 L")
                                    .says("Avec couvercle étanche."),
                            line("Parapluie de pêche", 3900, 6900).q("2,50 m")
                                    .says("Pour tenir la journée au bord de l'eau, même sous l'averse."),
                            line("Gilet de pêche", 3900, 6900).in(Scheme.CLOTHES_MEN).q("multipoches")
                                    .says("Toutes les petites boîtes à portée de main."),
                            line("Bottes-cuissardes", 5900, 9900).in(Scheme.SHOES_MEN)
                                    .says("Pour entrer dans l'eau sans se mouiller."),
                            line("Waders", 6900, 12900).in(Scheme.SHOES_MEN).q("en néoprène", "respirants")
                                    .says("Pour pêcher les pieds au sec.")));
        }

        // ---------------------------------------------------------------- cadeaux et décoration

        static List<Vocabulary> gifts() {
            return List.of(
                    vocabulary("decoration-maison", 1, 12, says(
                                    "Pièce choisie pour son charme et sa qualité.",
                                    "Emballage cadeau offert sur demande.",
                                    "Une jolie idée pour décorer la maison pour les fêtes."),
                            line("Vase", 1900, 5900).core().q("en grès", "en verre soufflé", "en céramique mate", "soliflore")
                                    .says("Pour les bouquets frais comme pour les fleurs séchées."),
                            line("Coussin", 1900, 3900).q("en lin lavé", "en velours", "à motif géométrique", "brodé")
                                    .says("Housse déhoussable, avec garnissage."),
                            line("Plaid", 3500, 8900).q("en laine", "à carreaux", "en coton gaufré", "en laine des Flandres")
                                    .says("Tout doux pour les soirées au coin du feu."),
                            line("Cadre photo", 1200, 3500).q("en bois", "multivues", "en laiton")
                                    .says("Pour mettre en valeur vos souvenirs."),
                            line("Miroir", 3900, 12900).q("rond en rotin", "doré", "soleil")
                                    .says("Agrandit et illumine la pièce."),
                            line("Lanterne", 1900, 4900).q("en métal", "en bois et verre")
                                    .says("Pour une lumière douce, dedans comme dehors."),
                            line("Panier", 1500, 4500).q("en osier", "en jonc de mer", "à bûches")
                                    .says("Pratique et décoratif."),
                            line("Affiche illustrée", 1500, 3500).q("de Saint-Omer", "du Marais audomarois", "de la Côte d'Opale")
                                    .says("Impression d'art sur papier épais, format 30 × 40 cm."),
                            line("Photophore", 900, 2500).q("en verre", "en céramique ajourée")
                                    .says("Pour une bougie chauffe-plat."),
                            line("Guirlande lumineuse", 1500, 3500).q("à boules de coton", "LED 10 m")
                                    .says("Une ambiance chaleureuse en un instant."),
                            line("Boules de Noël", 1200, 2900).q("en verre (lot de 6)", "en bois peint (lot de 8)")
                                    .says("Pour un sapin plein de charme."),
                            line("Vide-poche", 900, 2500).q("en céramique", "en cuir")
                                    .says("Pour poser clés et bijoux."),
                            line("Lampe à poser", 3900, 8900).q("en céramique", "en bois")
                                    .says("Abat-jour en lin, ampoule fournie.")),
                    vocabulary("bougies-senteurs", 2, 20, says(
                                    "Des senteurs choisies pour la maison.",
                                    "Fabrication française.",
                                    "Une jolie idée de cadeau."),
                            line("Bougie parfumée", 1500, 3900).core().q("à la figue", "au feu de bois", "vanille-caramel", "fleur de coton",
                                            "cannelle-orange", "ambre", "pain d'épices")
                                    .says("Environ 40 heures de combustion.", "Un parfum qui embaume toute la pièce."),
                            line("Diffuseur à bâtonnets", 2500, 4500).q("bois de cèdre", "linge frais", "thé blanc")
                                    .says("Diffuse son parfum pendant trois mois."),
                            line("Fondants parfumés", 600, 1200).q("(lot de 6)", "de Noël")
                                    .says("À faire fondre dans un brûle-parfum."),
                            line("Brume d'oreiller", 1500, 2500).q("lavande", "fleur d'oranger")
                                    .says("Pour s'endormir en douceur."),
                            line("Bougie en cire de soja", 1200, 2900).q("", "en pot de verre recyclé")
                                    .says("Une combustion propre et lente.")),
                    vocabulary("art-de-la-table", 1, 15, says(
                                    "Un choix de la boutique, pour sa qualité et son élégance.",
                                    "Pour dresser une belle table de fête.",
                                    "Disponible en plusieurs exemplaires : demandez en boutique."),
                            line("Assiettes", 2900, 6900).core().q("plates en grès (lot de 4)", "à dessert (lot de 4)", "creuses en porcelaine (lot de 4)")
                                    .says("Émail brillant aux reflets changeants."),
                            line("Bol", 900, 1900).q("en grès émaillé", "à petit-déjeuner")
                                    .says("Pour le café au lait du matin."),
                            line("Mug", 900, 1900).q("en céramique", "en grès", "« Pays de Saint-Omer »")
                                    .says("Contenance 35 cl."),
                            line("Verres à vin", 1900, 4900).q("en cristallin (lot de 6)", "à pied (lot de 6)")
                                    .says("Fins et résistants, dans la tradition verrière d'Arques."),
                            line("Verres à eau", 1500, 3500).q("(lot de 6)", "colorés (lot de 4)")
                                    .says("Pour tous les jours."),
                            line("Carafe", 1900, 4500).q("en verre", "à décanter")
                                    .says("Pour l'eau ou le vin."),
                            line("Nappe", 3500, 7900).q("en lin", "enduite", "de fête")
                                    .says("Dimensions 160 × 250 cm."),
                            line("Serviettes de table", 1900, 3500).q("en lin (lot de 4)", "en coton (lot de 6)")
                                    .says("Assorties à nos nappes."),
                            line("Planche à découper", 1900, 4900).q("en chêne", "en olivier")
                                    .says("Un bois massif qui se patine."),
                            line("Couteaux de table", 3900, 8900).q("(lot de 6)", "à steak (lot de 6)")
                                    .says("Lame en acier inoxydable."),
                            line("Plateau de service", 2500, 5900).q("en bois", "en métal laqué")
                                    .says("Pour l'apéritif et le petit-déjeuner au lit."),
                            line("Beurrier", 1500, 2900).q("en grès", "en verre")
                                    .says("Pour garder le beurre à la bonne température.")),
                    vocabulary("linge-de-maison", 1, 10, says(
                                    "Lavable en machine à 40 °C.",
                                    "Tissage européen.",
                                    "Doux et résistant."),
                            line("Housse de couette", 5900, 9900).core().in(Scheme.LINEN).q("en lin lavé", "en percale de coton", "en flanelle")
                                    .says("Une parure douce et respirante."),
                            line("Drap-housse", 2900, 3900).q("140 × 190 cm", "160 × 200 cm").scales(1, 1.2)
                                    .says("Bonnets profonds de 30 cm."),
                            line("Taies d'oreiller", 1900, 2900).q("(lot de 2)", "en lin (lot de 2)")
                                    .says("Format 65 × 65 cm."),
                            line("Serviette de bain", 1500, 2900).q("en coton éponge", "en nid d'abeille")
                                    .says("Épaisse et absorbante."),
                            line("Peignoir", 4900, 7900).in(Scheme.SIZES_SIMPLE).q("en éponge", "en coton gaufré")
                                    .says("Doux et enveloppant."),
                            line("Torchons", 1200, 2500).q("en lin (lot de 3)", "à carreaux (lot de 3)")
                                    .says("Absorbants et robustes."),
                            line("Tablier de cuisine", 1900, 3500).q("en lin", "en toile enduite")
                                    .says("Avec grande poche et liens croisés.")),
                    vocabulary("creations-locales", 1, 8, says(
                                    "Pièce unique, faite à la main dans le Pays de Saint-Omer.",
                                    "Chaque pièce est légèrement différente : c'est le charme du fait main.",
                                    "Le créateur est présent à la boutique le samedi."),
                            line("Tasse en grès tournée main", 2200, 3500).core().q("", "émail bleu", "émail blanc")
                                    .says("Tournée et émaillée dans un atelier de la région."),
                            line("Bol artisanal", 2500, 3900).q("en grès", "en porcelaine")
                                    .says("Chaque bol est unique."),
                            line("Illustration", 2500, 6900).q("de la cathédrale de Saint-Omer", "du Marais audomarois", "du beffroi d'Aire-sur-la-Lys",
                                            "de l'ascenseur à bateaux des Fontinettes")
                                    .says("Tirage d'art signé, format A3."),
                            line("Reproduction d'une carte ancienne de Saint-Omer", 3500, 5900)
                                    .says("Impression sur papier d'art, format 40 × 50 cm."),
                            line("Tote bag sérigraphié", 1500, 2500).q("« Pays de Saint-Omer »", "bacôve", "chou-fleur du Marais")
                                    .says("Coton bio, sérigraphié à la main."),
                            line("Boucles d'oreilles en porcelaine", 2500, 4500).q("", "dorées à l'or fin")
                                    .says("Légères et délicates."),
                            line("Bougie coulée main", 1500, 2900).q("dans un pot en grès", "parfum du marais")
                                    .says("Pot réutilisable une fois la bougie terminée."),
                            line("Planche en chêne local", 2900, 5900).q("", "à fromage")
                                    .says("Bois de chêne des forêts voisines, huilé à la main."),
                            line("Carnet relié main", 1500, 2900).q("couverture en lin", "papier recyclé")
                                    .says("Reliure cousue par une artisane de la région."),
                            line("Savon d'artisan", 600, 900).q("au lait de chèvre", "au miel du Marais")
                                    .says("Saponifié à froid, dans la région.")));
        }

        // ---------------------------------------------------------------- cafés et restaurants

        static List<Vocabulary> restaurants() {
            return List.of(
                    vocabulary("plats-a-emporter", 5, 30, says(
                                    "Fait maison, à emporter du mardi au samedi.",
                                    "Commandez avant 11 h pour le déjeuner, avant 17 h pour le dîner.",
                                    "Emballage recyclable ; à réchauffer quelques minutes."),
                            line("Carbonnade flamande et ses frites", 1250, 1500).core()
                                    .says("Le bœuf mijote toute la nuit dans la bière brune, avec pain d'épices et cassonade."),
                            line("Welsh", 1300, 1600).q("traditionnel", "à l'œuf", "au maroilles")
                                    .says("Cheddar fondu à la bière sur pain de campagne et jambon, servi avec des frites."),
                            line("Potjevleesch et frites maison", 1400, 1600)
                                    .says("Notre terrine flamande aux quatre viandes, avec des frites fraîches."),
                            line("Moules-frites", 1300, 1700).q("marinière", "au maroilles", "à la crème")
                                    .says("Moules de bouchot, en saison."),
                            line("Waterzoï de poulet", 1300, 1600)
                                    .says("La recette flamande, crémeuse et parfumée."),
                            line("Coq à la bière", 1300, 1600)
                                    .says("Mijoté longuement, servi avec des pommes vapeur."),
                            line("Tartiflette au maroilles", 1200, 1500)
                                    .says("La version du Nord de la tartiflette, bien gratinée."),
                            line("Burger", 1300, 1600).q("du chef", "au maroilles", "végétarien")
                                    .says("Pain brioché du boulanger et frites maison."),
                            line("Salade", 1100, 1400).q("de chèvre chaud", "César", "du marais")
                                    .says("Une salade complète et de saison."),
                            line("Pizza", 900, 1400).q("margherita", "quatre fromages", "au maroilles", "chorizo")
                                    .says("Pâte maison, cuite au four à bois."),
                            line("Lasagnes maison", 1100, 1400)
                                    .says("Recette de la maison, généreusement gratinée."),
                            line("Pavé de saumon et légumes de saison", 1500, 1900)
                                    .says("Cuisson à l'unilatérale, beurre blanc."),
                            line("Menu du jour", 1700, 2200).q("(entrée, plat, dessert)", "(plat et dessert)").scales(1, 0.8)
                                    .says("Selon le marché : la formule change chaque jour."),
                            line("Tarte au sucre", 400, 550).q("(la part)")
                                    .says("Le dessert des Flandres, servi avec une crème fraîche."),
                            line("Crème brûlée", 450, 600).q("à la chicorée", "à la vanille")
                                    .says("Caramélisée au moment de la commande."),
                            line("Mousse au chocolat", 400, 550).q("maison")
                                    .says("Chocolat noir intense, recette de la grand-mère du chef."),
                            line("Tiramisu", 450, 600).q("maison", "au spéculoos")
                                    .says("Crémeux et généreux.")),
                    vocabulary("coffrets-gourmands", 3, 20, says(
                                    "Avec des produits de producteurs de la région.",
                                    "Dans une boîte cadeau prête à offrir.",
                                    "Idéal pour les cadeaux d'entreprise."),
                            line("Coffret", 2500, 6500).core().q("apéritif des Flandres", "gourmand du Marais", "bières et fromages du Nord",
                                            "fêtes de fin d'année", "découverte du terroir")
                                    .says("Un assortiment de spécialités, à partager."),
                            line("Panier garni", 3500, 8500).q("du terroir", "sucré", "de Noël")
                                    .says("Terrines, confitures, biscuits et bières de la région."),
                            line("Colis repas de fête", 4900, 5900).q("pour 2 personnes", "pour 4 personnes").scales(1, 1.9)
                                    .says("Entrée, plat et dessert préparés par le chef, à réchauffer.")),
                    vocabulary("bons-cadeaux", 20, 200, says(
                                    "Valable un an à partir de la réouverture de la salle.",
                                    "Envoyé par courriel, à imprimer ou à présenter sur téléphone.",
                                    "Une belle façon de soutenir votre restaurant pendant la fermeture."),
                            line("Carte cadeau", 0, 0).core().in(Scheme.VOUCHER).q("du restaurant")
                                    .says("D'un montant au choix, utilisable en une ou plusieurs fois."),
                            line("Bon cadeau", 4500, 12000).q("repas pour deux", "menu dégustation", "brunch du dimanche pour deux")
                                    .says("Un repas à offrir, boissons comprises.")));
        }

        // ---------------------------------------------------------------- bijouterie et horlogerie

        static List<Vocabulary> jewellery() {
            return List.of(
                    vocabulary("bijoux", 1, 6, says(
                                    "Écrin offert.",
                                    "Gravure offerte sur demande.",
                                    "Conseils et essayage en boutique."),
                            line("Bague", 4900, 8900).core().in(Scheme.RING).q("en argent 925", "jonc en or rose", "en argent et topaze", "chevalière en argent", "en or jaune et saphir", "tressée en or")
                                    .scales(1, 3.5, 1.3, 1.5, 6, 5)
                                    .says("Mise à taille offerte à la bijouterie."),
                            line("Bague solitaire", 39900, 149900).in(Scheme.RING).q("en or blanc et diamant")
                                    .says("Diamant certifié, monture à quatre griffes."),
                            line("Alliance", 19900, 69900).in(Scheme.RING).q("en or jaune 18 carats", "en or blanc 18 carats")
                                    .says("Confort intérieur arrondi, gravure offerte."),
                            line("Collier", 4900, 7900).q("en argent et perle", "pendentif cœur en or", "chaîne maille forçat en argent", "sautoir en argent", "en or et diamant")
                                    .scales(1, 2.5, 0.8, 1.2, 8)
                                    .says("Longueur 42 cm, fermoir mousqueton."),
                            line("Bracelet", 5900, 8900).q("jonc en argent", "en or jaune", "cordon et perle", "gourmette en argent").scales(1, 4, 0.5, 1.3)
                                    .says("Un bijou du quotidien, délicat et solide."),
                            line("Boucles d'oreilles", 3900, 5900).q("créoles en argent", "puces en or", "pendantes en perles de culture", "dormeuses en or", "anneaux en or jaune")
                                    .scales(1, 2.5, 2, 3, 3.5)
                                    .says("Fermoir sécurisé."),
                            line("Médaille de baptême", 9900, 24900).q("en or jaune", "Vierge à l'enfant en or")
                                    .says("Gravure du prénom et de la date offerte."),
                            line("Pendentif", 3900, 5900).q("étoile en argent", "arbre de vie en or", "croix en or", "initiale en argent").scales(1, 3.5, 3, 1)
                                    .says("Livré avec sa chaîne."),
                            line("Chaîne", 4900, 6900).q("en or jaune 45 cm", "en argent 50 cm").scales(5, 1)
                                    .says("Maille solide, fermoir anneau ressort."),
                            line("Gourmette de naissance", 4900, 6900).q("en argent", "en or").scales(1, 3.5)
                                    .says("Gravure du prénom offerte."),
                            line("Collier fantaisie", 1900, 4900).q("en perles de verre", "plastron doré")
                                    .says("Pour rehausser une tenue simple.")),
                    vocabulary("montres-horloges", 1, 5, says(
                                    "Garantie deux ans.",
                                    "Réparations et changements de pile à l'atelier.",
                                    "Écrin offert."),
                            line("Montre", 8900, 14900).core().q("homme bracelet cuir", "femme bracelet milanais", "automatique",
                                            "chronographe", "enfant", "de poche", "de plongée", "femme bracelet cuir", "homme bracelet acier")
                                    .scales(1, 1, 2.5, 2, 0.35, 1, 2.2, 1, 1.3)
                                    .says("Mouvement fiable et verre minéral.", "Étanche à 50 mètres."),
                            line("Réveil", 2500, 6500).q("mécanique", "de voyage")
                                    .says("Sonnerie à l'ancienne."),
                            line("Horloge murale", 3500, 9000).q("en bois", "de gare", "de cuisine")
                                    .says("Mouvement silencieux, diamètre 40 cm."),
                            line("Bracelet de montre", 1900, 4500).q("en cuir", "milanais")
                                    .says("Posé gratuitement à l'atelier.")));
        }
    }
    // ------------------------------------------------------------------------------------------------ TRAINING

    /**
     * training.json: what the training plugin needs to show the shops in training of the snapshot — the starter course
     * and an optional one (French Markdown and short quizzes), the territory's charter, the membership plan and the
     * waiver that offers it, trainers, workshops over the coming weeks, three applications waiting for a decision, and
     * the 24 shops in training at various stages. Dates are those of the demo's "today", {@link #AS_OF}; the loader moves
     * the workshops by whole weeks when it runs later. Its own random generator, so the other files do not change.
     */
    static final class TrainingSeeds {
        static final String AS_OF = "2026-11-27";
        static final long TRAINING_SEED = SEED + 27L;

        record Question(String prompt, List<Object[]> choices) {
        }

        record Module(String ref, String title, String summary, int minutes, List<String> prerequisites, String content, int passMark,
                      List<Question> quiz) {
        }

        record Course(String ref, String title, String summary, boolean required, List<Module> modules) {
        }

        record Workshop(String ref, String module, String start, String end, String place, String commune, String onlineUrl, int capacity,
                        String trainer) {
        }

        record Person(String email, String name) {
        }

        static final List<Person> TRAINERS = List.of(
                new Person("julie.vandamme@territoire.example", "Julie Vandamme"),
                new Person("marc.delattre@territoire.example", "Marc Delattre"),
                new Person("sophie.hochart@territoire.example", "Sophie Hochart"));

        static Object[] right(String label) {
            return new Object[] {label, true};
        }

        static Object[] wrong(String label) {
            return new Object[] {label, false};
        }

        static Question q(String prompt, Object[]... choices) {
            return new Question(prompt, List.of(choices));
        }

        static List<Course> courses() {
            Module page = new Module("vendre-page", "Créer la page de votre boutique",
                    "Description, horaires, photo et catégories : la vitrine que les clients découvrent en premier.", 25, List.of(), """
                    Votre page boutique est votre vitrine sur la marketplace : c'est elle que les clients du territoire découvrent en \
                    cherchant un produit, une commune ou un commerce. Elle doit dire en quelques secondes qui vous êtes, ce que vous \
                    vendez et comment vous trouver.

                    ## Ce que la page doit contenir

                    - **Une description** de deux ou trois phrases : votre métier, ce qui fait votre différence (fait maison, produits \
                    locaux, conseil…), depuis quand vous êtes installé. Écrivez comme vous parlez à un client au comptoir.
                    - **Vos horaires d'ouverture**, jour par jour. Ils servent aussi au click & collect : le client vient retirer sa \
                    commande pendant que vous êtes ouvert.
                    - **Une photo de la boutique** : la vitrine de jour, l'enseigne lisible. C'est elle qui rassure le client qui \
                    viendra chercher sa commande.
                    - **Vos catégories** : choisissez celles où vos clients vous chercheront, par exemple « Épicerie fine » et \
                    « Vins et spiritueux » pour une cave-épicerie.

                    ## Les bons réflexes

                    Relisez votre description à voix haute : si une phrase est trop longue pour être dite d'un souffle, coupez-la. \
                    Évitez les majuscules partout et les points d'exclamation en série. Signalez vos fermetures exceptionnelles \
                    (congés, inventaire) en mettant vos horaires à jour : un client qui trouve porte close ne revient pas.

                    Votre page n'est visible des clients qu'une fois votre boutique mise en ligne par l'équipe du territoire. \
                    Vous pouvez donc la préparer tranquillement et la modifier autant de fois que nécessaire.
                    """, 75, List.of(
                    q("À quoi servent vos horaires d'ouverture sur la marketplace ?",
                            right("À informer les clients et à leur dire quand retirer leur commande"),
                            wrong("Uniquement à l'affichage"), wrong("À calculer les frais de livraison")),
                    q("Quelle photo choisir pour votre page boutique ?", right("La vitrine de jour, avec l'enseigne lisible"),
                            wrong("Le logo seul sur fond blanc"), wrong("Une photo de nuit, vitrine éteinte")),
                    q("Quand votre page devient-elle visible des clients ?", right("Quand l'équipe du territoire met votre boutique en ligne"),
                            wrong("Dès que vous enregistrez la description"), wrong("Le lendemain de votre inscription")),
                    q("Que faire avant de partir en congés ?", right("Mettre à jour vos horaires"), wrong("Supprimer votre boutique"),
                            wrong("Rien, les clients comprendront"))));
            Module photos = new Module("vendre-photos", "Photographier vos produits",
                    "Lumière, fond, cadrage : des photos qui vendent, prises avec votre téléphone.", 30, List.of("vendre-page"), """
                    Sur internet, le client ne peut ni toucher ni sentir : la photo fait l'essentiel de la vente. Pas besoin d'un \
                    appareil coûteux, un téléphone récent suffit si vous soignez la lumière et le cadre.

                    ## La lumière avant tout

                    Photographiez près d'une fenêtre, en journée, sans flash. La lumière du jour, douce et de côté, rend les couleurs \
                    fidèles et évite les reflets. Si le soleil tape directement, tendez un voilage ou une feuille de papier calque \
                    devant la fenêtre.

                    ## Un fond simple

                    Posez le produit sur une table dégagée, devant un fond uni : un grand carton blanc courbé, du mur à la table, \
                    donne un rendu net. Pour un produit du terroir, une planche en bois ou un torchon en lin peuvent raconter une \
                    histoire, à condition de ne pas voler la vedette au produit.

                    ## Le cadrage

                    - Le produit occupe les deux tiers de l'image, bien centré.
                    - Tenez le téléphone à hauteur du produit pour une vue de face, puis prenez une vue de trois quarts.
                    - Ajoutez une photo de détail (la texture d'un tissu, l'étiquette d'un vin) et, si cela aide, une photo en \
                    situation qui montre la taille.
                    - Nettoyez l'objectif avant la séance : une trace de doigt suffit à tout rendre flou.

                    ## Sur la marketplace

                    Chaque photo a un **texte alternatif** qui la décrit (« Pot de miel de 500 g, étiquette jaune »). Il est lu aux \
                    personnes aveugles ou malvoyantes et aide votre produit à être trouvé. Évitez les photos de catalogue du \
                    fournisseur quand vous le pouvez : vos clients veulent voir votre produit, dans votre boutique.
                    """, 75, List.of(
                    q("Quelle lumière donne les couleurs les plus fidèles ?", right("La lumière du jour près d'une fenêtre, sans flash"),
                            wrong("Le flash du téléphone"), wrong("Le néon du plafond")),
                    q("Quelle place le produit doit-il occuper dans l'image ?", right("Environ les deux tiers, bien centré"),
                            wrong("Un petit coin, pour montrer le décor"), wrong("Peu importe")),
                    q("À quoi sert le texte alternatif d'une photo ? (plusieurs réponses)",
                            right("À décrire l'image aux personnes aveugles ou malvoyantes"), right("À aider le produit à être trouvé"),
                            wrong("À afficher le prix")),
                    q("Que faire avant de commencer la séance photo ?", right("Nettoyer l'objectif du téléphone"),
                            wrong("Activer le flash"), wrong("Zoomer au maximum"))));
            Module orders = new Module("vendre-commandes", "Gérer vos commandes et le click & collect",
                    "De la nouvelle commande au retrait en boutique, sans oublier vos stocks.", 30, List.of("vendre-page"), """
                    Quand un client commande, vous recevez un e-mail et la commande apparaît dans votre espace boutique. Le client, \
                    lui, attend une seule chose : savoir quand il peut venir la chercher, ou quand elle sera livrée.

                    ## Le parcours d'une commande

                    1. **Nouvelle** : le client a payé, ou choisi de payer au retrait. Vérifiez que vous avez tout en stock.
                    2. **En préparation** : vous rassemblez les articles. Si un article manque, prévenez le client tout de suite \
                    plutôt que de le laisser découvrir le problème au comptoir.
                    3. **Prête** : marquez la commande prête dès qu'elle l'est. Le client reçoit aussitôt un e-mail qui l'invite à \
                    venir la retirer pendant vos horaires d'ouverture.
                    4. **Retirée** : quand le client repart avec sa commande, marquez-la retirée. C'est ce qui déclenche votre \
                    reversement.

                    ## Le click & collect au quotidien

                    Prévoyez un endroit dédié derrière le comptoir, avec les commandes étiquetées au nom du client. Au retrait, \
                    demandez le nom et le numéro de commande. Si vous livrez dans votre commune, dites-le dans vos options de retrait \
                    et de livraison : frais, communes desservies, montant à partir duquel la livraison est offerte.

                    ## Tenir vos stocks à jour

                    Un produit épuisé mais encore en ligne, c'est une commande à annuler et un client déçu. Mettez vos quantités à \
                    jour en même temps que votre caisse, ou au moins chaque soir. Un produit saisonnier se masque sans se supprimer : \
                    vous le réactiverez l'an prochain.

                    Répondez à chaque commande dans la journée. Sur une marketplace de territoire, le bouche-à-oreille va vite, dans \
                    les deux sens.
                    """, 75, List.of(
                    q("Que se passe-t-il quand vous marquez une commande « prête » ?", right("Le client reçoit un e-mail pour venir la retirer"),
                            wrong("La commande est annulée"), wrong("Le client est remboursé")),
                    q("Un article de la commande manque. Que faites-vous ?", right("Je préviens le client tout de suite"),
                            wrong("J'attends qu'il vienne pour le lui dire"), wrong("Je le remplace sans rien dire")),
                    q("Quelle étape déclenche votre reversement ?", right("La commande marquée retirée ou livrée"),
                            wrong("La commande marquée en préparation"), wrong("L'e-mail de nouvelle commande")),
                    q("Un produit saisonnier est terminé pour l'année. Que faire ?", right("Le masquer pour le réactiver plus tard"),
                            wrong("Le laisser en ligne, les clients verront bien"), wrong("Supprimer la boutique"))));
            Module vouchers = new Module("vendre-cheques", "Accepter les chèques cadeaux du territoire",
                    "Encaisser les chèques cadeaux en boutique et en ligne, et vous les faire rembourser.", 20, List.of("vendre-commandes"), """
                    Avec l'opération de chèques cadeaux du territoire, les habitants achètent un chèque de 12 € pour 10 € chez un \
                    buraliste partenaire ; la différence est payée par les communautés de communes. Ces chèques ne se dépensent que \
                    dans les commerces adhérents de la marketplace : c'est une clientèle qui vient à vous.

                    ## En boutique

                    Le client présente son chèque, sur papier ou sur son téléphone, avec un code. Saisissez ou scannez ce code dans \
                    votre espace boutique avant d'encaisser : la marketplace vérifie que le chèque est valide, qu'il n'a pas déjà \
                    servi et qu'il n'a pas expiré, puis le marque comme utilisé. Ne rendez jamais de monnaie sur un chèque cadeau : \
                    si l'achat est inférieur au montant, le solde reste disponible pour une prochaine fois.

                    ## En ligne

                    Sur la marketplace, le client règle tout ou partie de sa commande avec ses chèques cadeaux au moment de payer. \
                    Vous n'avez rien de plus à faire : la part payée en chèques apparaît sur la commande et vous est reversée comme \
                    le reste.

                    ## Votre remboursement

                    Les chèques que vous acceptez vous sont remboursés à leur valeur (12 € pour un chèque de 12 €), par virement sur \
                    le compte de vos coordonnées bancaires. Le relevé détaille chaque chèque : date, code, montant. Surveillez la \
                    date de fin de l'opération affichée dans votre espace : passé cette date, un chèque n'est plus accepté.
                    """, 75, List.of(
                    q("Un client paie 8 € d'achats avec un chèque de 12 €. Que faites-vous ?",
                            right("Les 4 € restants restent sur son chèque pour une prochaine fois"),
                            wrong("Je lui rends 4 € en espèces"), wrong("Je refuse le chèque")),
                    q("Que faire avant d'encaisser un chèque cadeau en boutique ?", right("Saisir ou scanner son code pour le vérifier"),
                            wrong("Le tamponner"), wrong("Rien de particulier")),
                    q("Combien vous rembourse-t-on un chèque de 12 € vendu 10 € ?", right("12 €"), wrong("10 €"), wrong("2 €")),
                    q("Qui paie la différence entre le prix du chèque et sa valeur ?", right("Les communautés de communes du territoire"),
                            wrong("Le commerçant"), wrong("Le buraliste"))));
            Module payouts = new Module("vendre-paiements", "Être payé : reversements et relevés",
                    "Vos coordonnées bancaires, le calendrier des reversements, la lecture d'un relevé, l'abonnement.", 20,
                    List.of("vendre-commandes"), """
                    La marketplace encaisse les paiements en ligne de vos clients, puis vous reverse ce qui vous revient. Pour cela, \
                    elle a besoin de vos coordonnées bancaires, et vous de comprendre vos relevés.

                    ## Vos coordonnées bancaires

                    Dans votre espace boutique, indiquez le titulaire du compte (le nom exact que connaît votre banque), l'IBAN et, \
                    si vous l'avez, le BIC. L'IBAN d'un compte français compte 27 caractères et commence par FR ; la marketplace \
                    vérifie sa clé de contrôle, ce qui évite les erreurs de frappe. C'est l'un des points obligatoires avant la mise \
                    en ligne.

                    ## Quand êtes-vous payé ?

                    Une commande payée en ligne vous est reversée une fois retirée par le client, ou livrée. Les paiements au \
                    retrait en boutique, eux, sont encaissés directement par vous. Les chèques cadeaux acceptés en boutique sont \
                    remboursés avec le même reversement.

                    ## Lire votre relevé

                    Chaque relevé liste les commandes et les chèques de la période, avec pour chacun le montant payé par le client, \
                    la part réglée en chèques cadeaux et le montant reversé. Si un client est remboursé, la somme est déduite du \
                    relevé suivant.

                    ## L'abonnement

                    L'adhésion à la marketplace est un abonnement mensuel. Le territoire l'offre aux commerçants pendant le \
                    lancement : la date de fin de l'offre figure dans votre espace, rubrique « Adhésion ». Rien n'est prélevé tant \
                    que l'abonnement est offert.
                    """, 75, List.of(
                    q("Combien de caractères compte l'IBAN d'un compte français ?", right("27"), wrong("16"), wrong("34")),
                    q("Quand une commande payée en ligne vous est-elle reversée ?", right("Une fois retirée par le client ou livrée"),
                            wrong("Dès que le client a payé"), wrong("En fin d'année")),
                    q("Un client est remboursé après coup. Que devient la somme ?", right("Elle est déduite du relevé suivant"),
                            wrong("Vous envoyez un chèque à la marketplace"), wrong("Elle est perdue")),
                    q("Quel nom indiquer comme titulaire du compte ?", right("Le nom exact que connaît votre banque"),
                            wrong("Le nom écrit sur la vitrine"), wrong("Votre prénom"))));
            Module sheets = new Module("plus-fiches", "Rédiger des fiches produits qui donnent envie",
                    "Un nom précis, une description utile, des déclinaisons plutôt que des doublons.", 20, List.of(), """
                    Une bonne fiche produit répond aux questions qu'un client vous poserait au comptoir : qu'est-ce que c'est, d'où \
                    ça vient, pour qui, comment s'en servir.

                    ## Le nom

                    Soyez précis : « Terrine de campagne au poivre vert, 180 g » plutôt que « Terrine ». Le client cherche avec ses \
                    mots, et le nom est la première chose que la recherche lit.

                    ## La description

                    Deux à quatre phrases suffisent. Commencez par ce qui rend le produit unique (fabriqué sur place, producteur du \
                    territoire, recette de famille), puis les informations utiles : composition, dimensions, conseils d'utilisation \
                    ou de conservation. Terminez par une idée d'usage : « à offrir », « parfait pour l'apéritif ».

                    ## Les déclinaisons

                    Si un produit existe en plusieurs tailles, couleurs ou contenances, créez des déclinaisons d'une même fiche \
                    plutôt que plusieurs fiches : le client compare d'un coup d'œil et vous suivez un stock par déclinaison.

                    ## Le prix

                    Affichez le prix toutes taxes comprises, le même qu'en boutique. Les clients de la marketplace sont aussi vos \
                    clients du samedi matin : la cohérence entretient la confiance.
                    """, 0, List.of());
            Module promotion = new Module("plus-faire-connaitre", "Faire connaître votre boutique en ligne",
                    "Vitrine, tickets de caisse, réseaux sociaux, opérations du territoire.", 20, List.of("plus-fiches"), """
                    La marketplace amène des clients, mais vos clients actuels sont vos meilleurs ambassadeurs. Quelques gestes \
                    simples suffisent à les faire venir sur votre page.

                    ## En boutique

                    Affichez l'affichette « Retrouvez-nous sur la marketplace » fournie par le territoire près de la caisse et sur \
                    la vitrine. Ajoutez l'adresse de votre page sur vos tickets de caisse et vos cartes de visite. Et dites-le : \
                    « vous pouvez aussi commander en ligne et passer prendre ».

                    ## Sur les réseaux sociaux

                    Partagez le lien de votre page et celui de vos nouveautés. Une photo de la préparation d'une commande en click & \
                    collect montre concrètement le service. Publiez régulièrement, même peu : une fois par semaine vaut mieux que \
                    dix fois le même jour.

                    ## Avec les opérations du territoire

                    Participez aux opérations collectives (chèques cadeaux, marchés de Noël, semaines commerciales) : les \
                    communautés de communes les relaient et la page d'accueil met en avant les boutiques participantes.
                    """, 0, List.of());
            return List.of(
                    new Course("vendre", "Vendre en ligne sur la marketplace",
                            "Le parcours de départ, gratuit, pour ouvrir votre boutique en ligne : votre page, vos photos, vos commandes, "
                                    + "les chèques cadeaux du territoire et vos paiements. Comptez deux heures en tout, à votre rythme ; des "
                                    + "ateliers près de chez vous complètent les modules.",
                            true, List.of(page, photos, orders, vouchers, payouts)),
                    new Course("plus", "Aller plus loin",
                            "Deux modules facultatifs pour mieux vendre une fois votre boutique en ligne.", false, List.of(sheets, promotion)));
        }

        static final String CHARTER_TITLE = "Charte des commerçants de la marketplace";
        static final String CHARTER = """
                En rejoignant la marketplace du Pays de Saint-Omer, la boutique s'engage auprès des habitants et des autres \
                commerçants du territoire.

                ## Des produits et des informations fiables

                1. Je publie des produits que je vends réellement en boutique, avec des photos qui les montrent fidèlement.
                2. J'affiche les mêmes prix en ligne et en boutique, toutes taxes comprises.
                3. Je tiens mes stocks et mes horaires à jour et j'indique mes fermetures exceptionnelles.

                ## Un service à la hauteur

                4. Je traite chaque commande dans la journée ouvrée et je préviens le client au moindre contretemps.
                5. Je garde les commandes en click & collect au moins sept jours ouvrés.
                6. J'accepte les chèques cadeaux du territoire, en boutique comme en ligne, sans rendre de monnaie.

                ## Le respect des clients et de la marketplace

                7. J'utilise les données des clients pour leurs commandes uniquement, jamais pour de la prospection sans leur accord.
                8. Je réponds aux réclamations avec courtoisie et cherche une solution amiable.
                9. Je respecte les règles de l'opération de chèques cadeaux et la réglementation de mon métier.

                Le territoire peut suspendre une boutique qui ne respecte pas cette charte, après l'avoir contactée.
                """;

        static List<Workshop> workshops() {
            String julie = TRAINERS.get(0).email();
            String marc = TRAINERS.get(1).email();
            String sophie = TRAINERS.get(2).email();
            return List.of(
                    new Workshop("w01", "vendre-page", "2026-11-30T09:30", "2026-11-30T12:00", "Médiathèque, salle d'animation", "62765", "", 12, julie),
                    new Workshop("w02", "vendre-photos", "2026-12-01T14:00", "2026-12-01T16:30", "Maison des associations, salle 2", "62014", "", 10, marc),
                    new Workshop("w03", "vendre-photos", "2026-12-07T09:30", "2026-12-07T12:00", "Médiathèque, salle d'animation", "62765", "", 12, julie),
                    new Workshop("w04", "vendre-commandes", "2026-12-07T14:00", "2026-12-07T16:30", "Espace numérique de la médiathèque", "62534", "", 10, sophie),
                    new Workshop("w05", "vendre-commandes", "2026-12-10T19:00", "2026-12-10T20:30", "", null,
                            "https://visio.territoire.example/atelier-commandes", 30, marc),
                    new Workshop("w06", "vendre-page", "2026-12-14T09:30", "2026-12-14T12:00", "Salle du conseil, mairie", "62525", "", 12, julie),
                    new Workshop("w07", "vendre-photos", "2026-12-14T14:00", "2026-12-14T16:30", "Atelier photo en petit groupe, salle Léo-Lagrange", "62040", "", 4, marc),
                    new Workshop("w08", "vendre-commandes", "2027-01-11T09:30", "2027-01-11T12:00", "Médiathèque, salle d'animation", "62765", "", 12, julie),
                    new Workshop("w09", "vendre-photos", "2027-01-18T14:00", "2027-01-18T16:30", "Espace numérique de la médiathèque", "62534", "", 10, sophie));
        }

        /** Where a shop in training stands, and what that stage means. */
        enum Stage {
            NEW("new", List.of(), false, List.of(), false),
            STARTED("started", List.of("vendre-page"), false, List.of(), false),
            BOOKED("booked", List.of("vendre-page"), false, List.of("w07"), false),
            ADVANCED("advanced", List.of("vendre-page", "vendre-commandes", "vendre-cheques"), true, List.of("w03"), false),
            ALMOST_READY("almost-ready", List.of("vendre-page", "vendre-photos", "vendre-commandes", "vendre-cheques", "vendre-paiements"),
                    true, List.of(), true);

            final String key;
            final List<String> completed;
            final boolean charter;
            final List<String> bookings;
            final boolean payout;

            Stage(String key, List<String> completed, boolean charter, List<String> bookings, boolean payout) {
                this.key = key;
                this.completed = completed;
                this.charter = charter;
                this.bookings = bookings;
                this.payout = payout;
            }
        }

        static Map<String, Object> json(List<Shop> shops) {
            Random rnd = new Random(TRAINING_SEED);
            Set<String> sirets = shops.stream().map(shop -> shop.siret).collect(Collectors.toCollection(TreeSet::new));
            List<Shop> training = shops.stream().filter(shop -> !shop.live()).collect(Collectors.toList());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                order.add(i);
            }
            Rand.shuffle(order, rnd);
            Stage[] stages = new Stage[training.size()];
            int[] sizes = {5, 5, 5, 5, 4};
            int next = 0;
            for (int s = 0; s < sizes.length; s++) {
                for (int k = 0; k < sizes[s]; k++) {
                    stages[order.get(next++)] = Stage.values()[s];
                }
            }
            List<Object> shopEntries = new ArrayList<>();
            Set<String> people = new HashSet<>();
            for (int i = 0; i < training.size(); i++) {
                Shop shop = training.get(i);
                Stage stage = stages[i];
                String name;
                do {
                    boolean woman = rnd.nextBoolean();
                    name = Rand.pick(woman ? People.WOMEN : People.MEN, rnd) + " " + Rand.pick(People.FAMILY_NAMES, rnd);
                } while (!people.add(name));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("merchant", shop.ref);
                entry.put("siret", shop.siret);
                entry.put("name", shop.name);
                entry.put("stage", stage.key);
                entry.put("staff", Json.object("email", shop.email, "name", name));
                entry.put("completed", stage.completed);
                entry.put("charter", stage.charter);
                entry.put("bookings", stage.bookings);
                if (stage.payout) {
                    String bban = String.format(Locale.ROOT, "%05d%05d%011d%02d", 10000 + rnd.nextInt(89999), 10000 + rnd.nextInt(89999),
                            (long) (rnd.nextDouble() * 99_999_999_999L), rnd.nextInt(97));
                    entry.put("payoutAccount", Json.object("holder", shop.name, "iban", Ibans.french(bban), "bic", ""));
                }
                shopEntries.add(entry);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("asOf", AS_OF);
            json.put("charter", Json.object("title", CHARTER_TITLE, "body", CHARTER));
            json.put("membership", Json.object("monthlyPrice", 2900, "currency", "EUR", "from", "2026-11",
                    "waivers", List.of(Json.object("from", "2026-11-01", "until", "2027-06-30",
                            "reason", "Abonnement offert par la CAPSO et la CCPL pendant le lancement de la marketplace"))));
            json.put("trainers", TRAINERS.stream().map(person -> Json.object("email", person.email(), "name", person.name()))
                    .collect(Collectors.toList()));
            json.put("courses", courses().stream().map(TrainingSeeds::courseJson).collect(Collectors.toList()));
            json.put("workshops", workshops().stream().map(TrainingSeeds::workshopJson).collect(Collectors.toList()));
            json.put("applications", applications(rnd, sirets));
            json.put("shops", shopEntries);
            new TrainingChecks(training, json).verify();
            return json;
        }

        private static Map<String, Object> courseJson(Course course) {
            return Json.object("ref", course.ref(), "title", course.title(), "summary", course.summary(), "required", course.required(),
                    "modules", course.modules().stream().map(TrainingSeeds::moduleJson).collect(Collectors.toList()));
        }

        private static Map<String, Object> moduleJson(Module module) {
            Map<String, Object> json = Json.object("ref", module.ref(), "title", module.title(), "summary", module.summary(),
                    "minutes", module.minutes(), "prerequisites", module.prerequisites(), "content", module.content());
            if (!module.quiz().isEmpty()) {
                json.put("quiz", Json.object("passMark", module.passMark(), "questions", module.quiz().stream()
                        .map(question -> Json.object("prompt", question.prompt(), "choices", question.choices().stream()
                                .map(choice -> Json.object("label", choice[0], "correct", choice[1])).collect(Collectors.toList())))
                        .collect(Collectors.toList())));
            }
            return json;
        }

        private static Map<String, Object> workshopJson(Workshop workshop) {
            Map<String, Object> json = Json.object("ref", workshop.ref(), "module", workshop.module(), "start", workshop.start(),
                    "end", workshop.end(), "place", workshop.place());
            if (workshop.commune() != null) {
                json.put("commune", workshop.commune());
            }
            json.put("onlineUrl", workshop.onlineUrl());
            json.put("capacity", workshop.capacity());
            json.put("trainer", workshop.trainer());
            return json;
        }

        /** Three shops that applied and wait for the territory's answer. */
        private static List<Object> applications(Random rnd, Set<String> taken) {
            String[][] applicants = {
                    {"Le Comptoir de Blendecques", "Épicerie vrac et zéro déchet", "4 rue du Moulin", "62575", "62139", "Inès Dequidt",
                            "bonjour@le-comptoir-de-blendecques.example", "Nous ouvrons en janvier une épicerie en vrac et aimerions proposer le retrait des commandes dès l'ouverture."},
                    {"Atelier Lheureux", "Tapissier décorateur", "17 rue d'Arras", "62120", "62014", "Bertrand Lheureux",
                            "atelier@atelier-lheureux.example", "Tapissier depuis vingt ans, je voudrais vendre mes coussins et petites pièces en ligne."},
                    {"La Ruche d'Esquerdes", "Miel et produits de la ruche", "2 chemin des Prés", "62380", "62309", "Margaux Fiolet",
                            "contact@la-ruche-d-esquerdes.example", ""}};
            List<Object> entries = new ArrayList<>();
            for (String[] a : applicants) {
                String siret;
                do {
                    String siren = String.format(Locale.ROOT, "%08d", 10_000_000 + rnd.nextInt(89_999_999));
                    siren = siren + Luhn.checkDigit(siren);
                    String partial = siren + "0001";
                    siret = partial + Luhn.checkDigit(partial);
                } while (!taken.add(siret));
                entries.add(Json.object("shopName", a[0], "siret", siret, "trade", a[1], "street", a[2], "postalCode", a[3],
                        "communeInsee", a[4], "contactName", a[5], "contactEmail", a[6],
                        "contactPhone", String.format(Locale.ROOT, "03 53 01 %02d %02d", rnd.nextInt(100), rnd.nextInt(100)), "message", a[7]));
            }
            return entries;
        }
    }

    /** IBANs with their ISO 13616 key: the check digits make the rearranged number leave 1 modulo 97. */
    static final class Ibans {
        static String french(String bban) {
            String rearranged = bban + "FR00";
            StringBuilder digits = new StringBuilder();
            for (char c : rearranged.toCharArray()) {
                digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            int key = 98 - new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
            return String.format(Locale.ROOT, "FR%02d%s", key, bban);
        }

        static boolean valid(String iban) {
            String rearranged = iban.substring(4) + iban.substring(0, 4);
            StringBuilder digits = new StringBuilder();
            for (char c : rearranged.toCharArray()) {
                digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            return new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
        }
    }

    /** Refuses training seeds the plugin would refuse, or that would not show what they are meant to. */
    static final class TrainingChecks {
        private final List<Shop> training;
        private final Map<String, Object> json;

        TrainingChecks(List<Shop> training, Map<String, Object> json) {
            this.training = training;
            this.json = json;
        }

        @SuppressWarnings("unchecked")
        void verify() {
            Map<String, List<String>> prerequisites = new LinkedHashMap<>();
            for (TrainingSeeds.Course course : TrainingSeeds.courses()) {
                Set<String> earlier = new HashSet<>();
                for (TrainingSeeds.Module module : course.modules()) {
                    require(!prerequisites.containsKey(module.ref()), "duplicate module " + module.ref());
                    require(earlier.containsAll(module.prerequisites()), "prerequisite of " + module.ref() + " not earlier in its course");
                    require(module.content().length() > 400 && module.content().length() < 100_000, "content length of " + module.ref());
                    require(module.quiz().isEmpty() || module.passMark() >= 1 && module.passMark() <= 100, "pass mark of " + module.ref());
                    for (TrainingSeeds.Question question : module.quiz()) {
                        require(question.choices().size() >= 2 && question.choices().size() <= 8, "choices of " + question.prompt());
                        require(question.choices().stream().anyMatch(choice -> (Boolean) choice[1]), "no right answer to " + question.prompt());
                    }
                    prerequisites.put(module.ref(), module.prerequisites());
                    earlier.add(module.ref());
                }
            }
            Set<String> trainers = TrainingSeeds.TRAINERS.stream().map(TrainingSeeds.Person::email).collect(Collectors.toSet());
            Map<String, Integer> capacity = new HashMap<>();
            Map<String, String> moduleOf = new HashMap<>();
            Instant asOf = Instant.parse(TrainingSeeds.AS_OF + "T23:00:00Z");
            for (TrainingSeeds.Workshop workshop : TrainingSeeds.workshops()) {
                require(prerequisites.containsKey(workshop.module()), "unknown module of " + workshop.ref());
                require(trainers.contains(workshop.trainer()), "unknown trainer of " + workshop.ref());
                require(Instant.parse(workshop.start() + ":00Z").isAfter(asOf), workshop.ref() + " is not after " + TrainingSeeds.AS_OF);
                require(workshop.end().compareTo(workshop.start()) > 0, workshop.ref() + " ends before it starts");
                require(!workshop.place().isEmpty() || workshop.onlineUrl().startsWith("https://"), workshop.ref() + " has neither place nor link");
                capacity.put(workshop.ref(), workshop.capacity());
                moduleOf.put(workshop.ref(), workshop.module());
            }
            List<Map<String, Object>> shops = (List<Map<String, Object>>) json.get("shops");
            require(shops.size() == ONBOARDING_SHOPS && shops.size() == training.size(), "training seeds cover every shop in training");
            Map<String, Integer> booked = new HashMap<>();
            for (Map<String, Object> shop : shops) {
                require(!((String) ((Map<String, Object>) shop.get("staff")).get("email")).isEmpty(), "no staff e-mail for " + shop.get("merchant"));
                Set<String> done = new HashSet<>();
                for (String module : (List<String>) shop.get("completed")) {
                    require(done.containsAll(prerequisites.get(module)), shop.get("merchant") + " completes " + module + " before its prerequisites");
                    done.add(module);
                }
                for (String workshop : (List<String>) shop.get("bookings")) {
                    require(done.containsAll(prerequisites.get(moduleOf.get(workshop))), shop.get("merchant") + " books " + workshop + " too early");
                    booked.merge(workshop, 1, Integer::sum);
                }
                Map<String, Object> payout = (Map<String, Object>) shop.get("payoutAccount");
                require(payout == null || Ibans.valid((String) payout.get("iban")), "bad IBAN for " + shop.get("merchant"));
            }
            require(booked.getOrDefault("w07", 0) > capacity.get("w07"), "the small photo workshop should show a waiting list");
            for (Map<String, Object> application : (List<Map<String, Object>>) json.get("applications")) {
                String siret = (String) application.get("siret");
                require(Luhn.valid(siret) && Luhn.valid(siret.substring(0, 9)), "bad SIRET " + siret);
            }
        }

        private static void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException("training seeds are inconsistent: " + problem);
            }
        }
    }
}
