package io.comptoir.app.territory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.territory.Branding.Picture;
import io.comptoir.app.territory.TerritoryFolder.CategoryNode;
import io.comptoir.app.territory.TerritoryFolder.Contact;
import io.comptoir.app.territory.TerritoryFolder.Identity;
import io.comptoir.app.territory.TerritoryFolder.MapCentre;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.SiteLook;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.plugin.kit.EmailAddresses;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Reads a territory's folder and checks every field, so that a mistake stops the start with one line naming the file
 * and the field ({@link TerritoryException}) instead of showing up later on a page.
 */
public final class TerritoryReader {
    /** The environment's default: the Pays de Saint-Omer, shipped in the jar. */
    public static final String DEFAULT = "territories/pays-de-saint-omer";

    /**
     * The texts a territory writes in {@code branding.json}, each the message key it sets. The first five are required;
     * the others fall back to the site's neutral texts.
     */
    static final Map<String, String> TEXTS = texts();
    private static final Set<String> REQUIRED_TEXTS = Set.of("siteName", "brandLine", "brandPlace", "tagline", "heroTitle");
    /** The texts formatted with a number, checked as patterns. */
    private static final Set<String> PATTERN_TEXTS = Set.of("communesLead");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern BODY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> PICTURE_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "webp", "image/webp");
    private static final int MAX_PICTURE_BYTES = 2 * 1024 * 1024;
    /** The time zone the app's calendar rules (opening hours, voucher deadlines, reports) are written for. */

    private static volatile TerritoryFolder shippedDefault;

    private final ObjectMapper json = new ObjectMapper();

    /** The default territory as shipped in the jar, read once (tests start many apps on it). */
    public static TerritoryFolder shippedDefault() {
        TerritoryFolder territory = shippedDefault;
        if (territory == null) {
            territory = new TerritoryReader().read(FolderSource.classpath(DEFAULT));
            shippedDefault = territory;
        }
        return territory;
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("siteName", "site.name");
        texts.put("brandLine", "site.name.short");
        texts.put("brandPlace", "site.name.place");
        texts.put("tagline", "site.tagline");
        texts.put("heroTitle", "home.hero.title");
        texts.put("heroKicker", "home.kicker");
        texts.put("heroLead", "home.hero.lead");
        texts.put("footerAbout", "footer.about.text");
        texts.put("footerNote", "footer.bottom");
        texts.put("initiativeTitle", "home.initiative.title");
        texts.put("initiativeText", "home.initiative.text1");
        texts.put("initiativeText2", "home.initiative.text2");
        texts.put("communesLead", "communes.lead");
        return java.util.Collections.unmodifiableMap(texts);
    }

    /**
     * The folder named by {@code TERRITORY}: a directory when one exists at that path, else a territory shipped in the
     * jar under the same path (so {@code territories/pays-de-saint-omer} works from any directory).
     */
    public static FolderSource locate(String path) {
        requireNonNull(path, "path is null");
        java.nio.file.Path directory = java.nio.file.Path.of(path);
        if (java.nio.file.Files.isDirectory(directory)) {
            return FolderSource.directory(directory);
        }
        FolderSource shipped = FolderSource.classpath(path);
        if (shipped.has("territory.json")) {
            return shipped;
        }
        throw new TerritoryException(path, "no such folder (TERRITORY names a territory's folder, e.g. " + DEFAULT + ")");
    }

    /** Reads the territory named by {@code TERRITORY} (a folder on disk, or one shipped in the jar). */
    public TerritoryFolder read(String path) {
        return read(locate(path));
    }

    public TerritoryFolder read(FolderSource folder) {
        String slug = folder.describe().replaceAll(".*[/\\\\]", "");
        JsonNode territoryJson = parse(folder, "territory.json");
        Fields territory = new Fields(folder.describe() + "/territory.json", territoryJson);
        Identity identity = identity(territory);
        List<Intercommunality> bodies = bodies(territory);
        List<Commune> communes = communes(territory, bodies);

        Fields categoriesFile = new Fields(folder.describe() + "/categories.json", parse(folder, "categories.json"));
        List<CategoryNode> categories = categories(categoriesFile, categoriesFile.root(), "", new HashSet<>());
        if (categories.isEmpty()) {
            throw categoriesFile.problem("", "must list at least one category");
        }

        Branding branding = branding(folder, new Fields(folder.describe() + "/branding.json", parse(folder, "branding.json")),
                identity.languages());
        List<LegalPage> legal = legalPages(folder);
        checkSynonyms(folder);
        Optional<FolderSource> demo = folder.has("demo/merchants.json") ? Optional.of(folder.folder("demo")) : Optional.empty();
        return new TerritoryFolder(slug, folder, identity, bodies, communes, categories, branding, legal, demo);
    }

    // ---------------------------------------------------------------------------------------------- territory.json

    private static Identity identity(Fields file) {
        JsonNode root = file.root();
        String name = file.text(root, "name");
        String shortName = file.text(root, "shortName");
        String currencyCode = file.text(root, "currency");
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        }
        catch (IllegalArgumentException e) {
            throw file.problem("currency", "must be an ISO 4217 code such as EUR, got \"" + currencyCode + "\"");
        }
        String zoneText = file.text(root, "timeZone");
        // a region, not a fixed offset: the zone's summer time and its changes come with it
        if (!ZoneId.getAvailableZoneIds().contains(zoneText)) {
            throw file.problem("timeZone", "must be an IANA time zone such as Europe/Paris, got \"" + zoneText + "\"");
        }
        ZoneId zone = ZoneId.of(zoneText);
        List<Language> languages = new ArrayList<>();
        JsonNode languageList = file.array(root, "languages");
        for (int i = 0; i < languageList.size(); i++) {
            String code = file.text(languageList, i, "languages[" + i + "]");
            Language language = Language.fromCode(code).orElseThrow(() -> file.problem("languages[" + languages.size() + "]",
                    "must be one of the site's languages (fr, en), got \"" + code + "\""));
            if (languages.contains(language)) {
                throw file.problem("languages[" + i + "]", "names " + code + " twice");
            }
            languages.add(language);
        }
        if (languages.isEmpty() || languages.get(0) != Language.FR) {
            throw file.problem("languages", "must start with \"fr\", the shoppers' language");
        }
        JsonNode contact = file.object(root, "contact");
        String email = file.text(contact, "contact.email");
        if (!EmailAddresses.isAddress(email)) {
            throw file.problem("contact.email", "must be an e-mail address, got \"" + email + "\"");
        }
        Contact contactValue = new Contact(email, file.optionalText(contact, "contact.phone"), file.optionalText(contact, "contact.address"));
        JsonNode centre = file.object(root, "mapCentre");
        MapCentre mapCentre = new MapCentre(file.number(centre, "mapCentre.latitude", -90, 90),
                file.number(centre, "mapCentre.longitude", -180, 180), (int) file.whole(centre, "mapCentre.zoom", 1, 19));
        return new Identity(name, shortName, currency, zone, languages, contactValue, mapCentre);
    }

    private static List<Intercommunality> bodies(Fields file) {
        JsonNode list = file.array(file.root(), "intercommunalities");
        if (list.isEmpty()) {
            throw file.problem("intercommunalities", "must list the bodies that run the marketplace");
        }
        List<Intercommunality> bodies = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "intercommunalities[" + i + "]";
            JsonNode body = file.element(list, i, at);
            String code = file.text(body, at + ".code");
            if (!BODY_CODE.matcher(code).matches()) {
                throw file.problem(at + ".code", "must be 2 to 32 capitals, digits or dashes, got \"" + code + "\"");
            }
            if (!codes.add(code)) {
                throw file.problem(at + ".code", "\"" + code + "\" is used twice");
            }
            String siren = file.text(body, at + ".siren");
            if (!siren.matches("[0-9]{9}") || !Siret.luhnValid(siren)) {
                throw file.problem(at + ".siren", "must be a SIREN: 9 digits with a valid check digit, got \"" + siren + "\"");
            }
            bodies.add(new Intercommunality(code, file.text(body, at + ".name"), siren));
        }
        return bodies;
    }

    private static List<Commune> communes(Fields file, List<Intercommunality> bodies) {
        Set<String> codes = new HashSet<>();
        bodies.forEach(body -> codes.add(body.code()));
        JsonNode list = file.array(file.root(), "communes");
        if (list.isEmpty()) {
            throw file.problem("communes", "must list the communes the marketplace serves");
        }
        List<Commune> communes = new ArrayList<>();
        Set<String> insee = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "communes[" + i + "]";
            JsonNode commune = file.element(list, i, at);
            String code = file.text(commune, at + ".insee");
            if (!INSEE.matcher(code).matches()) {
                throw file.problem(at + ".insee", "must be an INSEE commune code (5 characters, e.g. 62765), got \"" + code + "\"");
            }
            if (!insee.add(code)) {
                throw file.problem(at + ".insee", "\"" + code + "\" is listed twice");
            }
            String postalCode = file.text(commune, at + ".postalCode");
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw file.problem(at + ".postalCode", "must be 5 digits, got \"" + postalCode + "\"");
            }
            String body = file.text(commune, at + ".intercommunality");
            if (!codes.contains(body)) {
                throw file.problem(at + ".intercommunality", "must be the code of one of intercommunalities, got \"" + body + "\"");
            }
            int population = (int) file.whole(commune, at + ".population", 0, 10_000_000);
            communes.add(new Commune(code, file.text(commune, at + ".name"), postalCode, body, population));
        }
        return communes;
    }

    // ---------------------------------------------------------------------------------------------- categories.json

    private static List<CategoryNode> categories(Fields file, JsonNode list, String at, Set<String> slugs) {
        if (!list.isArray()) {
            throw file.problem(at.isEmpty() ? "" : at, "must be an array of categories");
        }
        List<CategoryNode> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String here = at + "[" + i + "]";
            JsonNode node = file.element(list, i, here);
            String slug = file.text(node, here + ".slug");
            if (!SLUG.matcher(slug).matches()) {
                throw file.problem(here + ".slug", "must be lower-case words joined by dashes (e.g. mode-chaussures), got \"" + slug + "\"");
            }
            if (!slugs.add(slug)) {
                throw file.problem(here + ".slug", "\"" + slug + "\" is used twice in the tree");
            }
            String name = file.text(node, here + ".name");
            JsonNode children = node.get("children");
            nodes.add(new CategoryNode(slug, name, children == null || children.isNull() ? List.of()
                    : categories(file, children, here + ".children", slugs)));
        }
        return nodes;
    }

    // ---------------------------------------------------------------------------------------------- branding.json

    private static Branding branding(FolderSource folder, Fields file, List<Language> languages) {
        JsonNode root = file.root();
        Picture logo = picture(folder, file, file.text(root, "logo"), "logo", Set.of("svg", "png"));
        Optional<Picture> hero = Optional.empty();
        JsonNode heroNode = root.get("hero");
        if (heroNode != null && !heroNode.isNull()) {
            hero = Optional.of(picture(folder, file, file.text(root, "hero"), "hero", PICTURE_TYPES.keySet()));
        }
        JsonNode colourNode = file.object(root, "colours");
        Map<String, String> colours = new LinkedHashMap<>();
        for (String name : Branding.COLOURS) {
            String colour = file.text(colourNode, "colours." + name);
            if (!COLOUR.matcher(colour).matches()) {
                throw file.problem("colours." + name, "must be a colour written #rrggbb, got \"" + colour + "\"");
            }
            colours.put(name, colour.toLowerCase(java.util.Locale.ROOT));
        }
        for (Iterator<String> names = colourNode.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!colours.containsKey(name)) {
                throw file.problem("colours." + name, "is not a colour of the style sheet (" + String.join(", ", Branding.COLOURS) + ")");
            }
        }
        JsonNode textNode = file.object(root, "texts");
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            String at = "texts." + language.code();
            JsonNode own = file.object(textNode, at);
            Map<String, String> keys = new LinkedHashMap<>();
            for (Map.Entry<String, String> text : TEXTS.entrySet()) {
                String field = at + "." + text.getKey();
                if (REQUIRED_TEXTS.contains(text.getKey()) || own.has(text.getKey())) {
                    String value = file.text(own, field);
                    if (PATTERN_TEXTS.contains(text.getKey())) {
                        checkPattern(file, field, value);
                    }
                    keys.put(text.getValue(), value);
                }
            }
            for (Iterator<String> names = own.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!TEXTS.containsKey(name)) {
                    throw file.problem(at + "." + name, "is not a text of the site (" + String.join(", ", TEXTS.keySet()) + ")");
                }
            }
            texts.put(language, keys);
        }
        List<SiteLook.Link> links = new ArrayList<>();
        JsonNode linkList = root.get("footerLinks");
        if (linkList != null && !linkList.isNull()) {
            if (!linkList.isArray()) {
                throw file.problem("footerLinks", "must be an array");
            }
            for (int i = 0; i < linkList.size(); i++) {
                String at = "footerLinks[" + i + "]";
                JsonNode link = file.element(linkList, i, at);
                JsonNode labelNode = file.object(link, at + ".label");
                Map<Language, String> label = new EnumMap<>(Language.class);
                for (Language language : languages) {
                    label.put(language, file.text(labelNode, at + ".label." + language.code()));
                }
                links.add(new SiteLook.Link(label, link(file, at + ".url", file.text(link, at + ".url")).toString()));
            }
        }
        return new Branding(logo, hero, colours, texts, links);
    }

    private static void checkPattern(Fields file, String field, String value) {
        try {
            new MessageFormat(value);
        }
        catch (IllegalArgumentException e) {
            throw file.problem(field, "is not a valid text pattern ({0} is the number; write apostrophes as ’): " + e.getMessage());
        }
    }

    private static URI link(Fields file, String field, String text) {
        try {
            URI uri = new URI(text);
            boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            boolean mail = "mailto".equals(uri.getScheme());
            boolean local = uri.getScheme() == null && text.startsWith("/") && !text.startsWith("//");
            if (web || mail || local) {
                return uri;
            }
        }
        catch (URISyntaxException e) {
            // reported below
        }
        throw file.problem(field, "must be an http(s) or mailto address, or a path of the site starting with /, got \"" + text + "\"");
    }

    private static Picture picture(FolderSource folder, Fields file, String name, String field, Set<String> extensions) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!FILE_NAME.matcher(name).matches() || !name.contains(".") || !extensions.contains(extension)) {
            throw file.problem(field, "must name a picture of the folder (" + String.join(", ", new java.util.TreeSet<>(extensions))
                    + "), got \"" + name + "\"");
        }
        if (!folder.has(name)) {
            throw file.problem(field, "names " + name + ", which is not in " + folder.describe());
        }
        byte[] bytes;
        try (var in = folder.open(name)) {
            bytes = in.readNBytes(MAX_PICTURE_BYTES + 1);
        }
        catch (IOException e) {
            throw file.problem(field, "cannot read " + name + ": " + e.getMessage());
        }
        if (bytes.length > MAX_PICTURE_BYTES) {
            throw file.problem(field, name + " is larger than 2 MB");
        }
        return new Picture(name, PICTURE_TYPES.get(extension), bytes);
    }

    // ---------------------------------------------------------------------------------------------- legal/, synonyms

    private static List<LegalPage> legalPages(FolderSource folder) {
        List<LegalPage> pages = new ArrayList<>();
        for (LegalPage.Kind kind : LegalPage.Kind.values()) {
            Map<Language, String> markdown = new EnumMap<>(Language.class);
            String french = "legal/" + kind.slug() + ".md";
            if (!folder.has(french)) {
                throw new TerritoryException(folder.describe() + "/" + french, "is missing: every territory publishes its "
                        + "mentions légales, conditions générales, politique de confidentialité and déclaration d’accessibilité");
            }
            markdown.put(Language.FR, legalText(folder, french));
            for (Language language : Language.values()) {
                String translated = "legal/" + kind.slug() + "." + language.code() + ".md";
                if (language != Language.FR && folder.has(translated)) {
                    markdown.put(language, legalText(folder, translated));
                }
            }
            if (markdown.get(Language.FR).isBlank()) {
                throw new TerritoryException(folder.describe() + "/" + french, "is empty");
            }
            pages.add(new LegalPage(kind, markdown));
        }
        return pages;
    }

    /** A legal page's text, whose placeholders ({@code {{contact.email}}}...) must be those the site fills in. */
    private static String legalText(FolderSource folder, String file) {
        String markdown = read(folder, file);
        java.util.regex.Matcher placeholder = TerritoryContent.PLACEHOLDER.matcher(markdown);
        while (placeholder.find()) {
            if (!TerritoryContent.PLACEHOLDERS.contains(placeholder.group(1))) {
                throw new TerritoryException(folder.describe() + "/" + file, "uses " + placeholder.group() + ", which is not one of "
                        + String.join(", ", TerritoryContent.PLACEHOLDERS.stream().map(name -> "{{" + name + "}}").toList()));
            }
        }
        return markdown;
    }

    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /** One group of single words a line, separated by commas, at least two a group; {@code #} starts a comment line. */
    private static void checkSynonyms(FolderSource folder) {
        if (!folder.has(TerritoryFolder.SYNONYMS)) {
            return;
        }
        String[] lines = read(folder, TerritoryFolder.SYNONYMS).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = java.util.Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (words.size() < 2 || words.contains("")) {
                throw new TerritoryException(folder.describe() + "/" + TerritoryFolder.SYNONYMS, "line " + (i + 1)
                        + " must list two words or more separated by commas, got \"" + line + "\"");
            }
            // the search index matches synonyms word for word: "pomme de terre" or "kouign-amann" would never match
            for (String word : words) {
                if (!ONE_WORD.matcher(word).matches()) {
                    throw new TerritoryException(folder.describe() + "/" + TerritoryFolder.SYNONYMS, "line " + (i + 1)
                            + ": \"" + word + "\" is not one word (letters and digits only, no space nor hyphen)");
                }
            }
        }
    }

    private static String read(FolderSource folder, String file) {
        try {
            return folder.text(file);
        }
        catch (IOException e) {
            throw new TerritoryException(folder.describe() + "/" + file, "cannot be read: " + e.getMessage());
        }
    }

    private JsonNode parse(FolderSource folder, String file) {
        String where = folder.describe() + "/" + file;
        if (!folder.has(file)) {
            throw new TerritoryException(where, "is missing");
        }
        try {
            return json.readTree(read(folder, file));
        }
        catch (JsonProcessingException e) {
            throw new TerritoryException(where, "is not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** Reads the fields of one JSON file, each missing or wrong one reported with the file and the field's path. */
    private record Fields(String file, JsonNode root) {

        TerritoryException problem(String field, String problem) {
            return new TerritoryException(file, field.isEmpty() ? problem : field + " " + problem);
        }

        private JsonNode field(JsonNode parent, String path) {
            JsonNode value = parent.get(path.substring(path.lastIndexOf('.') + 1));
            if (value == null || value.isNull()) {
                throw problem(path, "is missing");
            }
            return value;
        }

        String text(JsonNode parent, String path) {
            JsonNode value = field(parent, path);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw problem(path, "must be a text that is not blank");
            }
            return value.asText().strip();
        }

        String text(JsonNode array, int index, String path) {
            JsonNode value = array.get(index);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw problem(path, "must be a text that is not blank");
            }
            return value.asText().strip();
        }

        String optionalText(JsonNode parent, String path) {
            JsonNode value = parent.get(path.substring(path.lastIndexOf('.') + 1));
            if (value == null || value.isNull()) {
                return "";
            }
            if (!value.isTextual()) {
                throw problem(path, "must be a text");
            }
            return value.asText().strip();
        }

        JsonNode object(JsonNode parent, String path) {
            JsonNode value = field(parent, path);
            if (!value.isObject()) {
                throw problem(path, "must be an object");
            }
            return value;
        }

        JsonNode array(JsonNode parent, String path) {
            JsonNode value = field(parent, path);
            if (!value.isArray()) {
                throw problem(path, "must be an array");
            }
            return value;
        }

        JsonNode element(JsonNode array, int index, String path) {
            JsonNode value = array.get(index);
            if (value == null || !value.isObject()) {
                throw problem(path, "must be an object");
            }
            return value;
        }

        double number(JsonNode parent, String path, double min, double max) {
            JsonNode value = field(parent, path);
            if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
                throw problem(path, "must be a number from " + (long) min + " to " + (long) max + ", got " + value);
            }
            return value.asDouble();
        }

        long whole(JsonNode parent, String path, long min, long max) {
            JsonNode value = field(parent, path);
            if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
                throw problem(path, "must be a whole number from " + min + " to " + max + ", got " + value);
            }
            return value.asLong();
        }
    }
}
