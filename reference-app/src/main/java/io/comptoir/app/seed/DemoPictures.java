package io.comptoir.app.seed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.SVGLoader;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantProfile;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Pictures for a demo territory's products and shops, drawn from an openly licensed icon set on tiles coloured by
 * root category, following the territory's {@code pictures.json} (see {@code seeds/README.md}). The icons are
 * Microsoft's Fluent Emoji in their flat style (MIT licence), read from the Iconify JSON set that the build takes
 * from Maven Central ({@code org.webjars.npm:iconify__json}) and packs under {@code /demo-pictures/}; each is
 * rendered as SVG (JSVG), then goes through the engine's image pipeline like any upload. A tile is made once and
 * shared by every product or shop it illustrates.
 */
public final class DemoPictures {

    /** No pictures: seeds load as they did before pictures existed. */
    public static final DemoPictures NONE = new DemoPictures(null, null, Map.of(), List.of(), Map.of(), List.of(), Map.of());

    private static final Actor SEEDER = Actor.system("seed");
    /** The products of one shop given pictures at most (the plugins' shops sell a few). */
    private static final int MAX_PRODUCTS_GIVEN = 500;

    static final String ICONS_RESOURCE = "/demo-pictures/%s.json";
    /** Side of a tile in pixels; the pipeline makes the smaller sizes from it. */
    static final int TILE = 640;
    /** Share of the tile the icon takes. */
    private static final double ICON_SHARE = 0.62;

    private record Rule(Pattern pattern, String icon, String alt) {
    }

    /** What a picture shows: an icon of the set, and the words for it. */
    record Drawing(String icon, String alt) {
    }

    private final ImageUploads uploads;
    private final IconSet icons;
    private final Map<String, String> colours;
    private final List<Rule> productRules;
    private final Map<String, Drawing> byCategory;
    private final List<Rule> shopRules;
    private final Map<String, String> rootOf;
    private final Map<String, Image> made = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    private DemoPictures(ImageUploads uploads, IconSet icons, Map<String, String> colours, List<Rule> productRules,
                         Map<String, Drawing> byCategory, List<Rule> shopRules, Map<String, String> rootOf) {
        this.uploads = uploads;
        this.icons = icons;
        this.colours = colours;
        this.productRules = productRules;
        this.byCategory = byCategory;
        this.shopRules = shopRules;
        this.rootOf = rootOf;
    }

    /**
     * The pictures a territory's demo data asks for in its {@code demo/pictures.json} (coloured by the root categories of
     * the folder's {@code categories.json}), or {@link #NONE} when it has none.
     */
    public static DemoPictures of(FolderSource territory, ImageUploads uploads) {
        FolderSource source = requireNonNull(territory, "territory is null");
        requireNonNull(uploads, "uploads is null");
        ObjectMapper json = new ObjectMapper();
        JsonNode rules;
        JsonNode categories;
        try (InputStream stream = source.open("demo/pictures.json")) {
            rules = json.readTree(stream);
        }
        catch (IOException e) {
            return NONE;
        }
        try (InputStream stream = source.open("categories.json")) {
            categories = json.readTree(stream);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read categories.json from " + source.describe(), e);
        }
        String set = rules.path("iconSet").asText();
        Set<String> named = new HashSet<>();
        for (String list : List.of("products", "shops")) {
            rules.path(list).forEach(rule -> named.add(rule.get(1).asText()));
        }
        rules.path("categories").forEach(drawing -> named.add(drawing.get(0).asText()));
        IconSet icons = IconSet.read(json, set, named);
        Map<String, String> colours = new HashMap<>();
        rules.path("colours").fields().forEachRemaining(entry -> colours.put(entry.getKey(), entry.getValue().asText()));
        Map<String, Drawing> byCategory = new HashMap<>();
        rules.path("categories").fields().forEachRemaining(entry ->
                byCategory.put(entry.getKey(), new Drawing(entry.getValue().get(0).asText(), entry.getValue().get(1).asText())));
        Map<String, String> rootOf = new HashMap<>();
        for (JsonNode root : categories) {
            rootOf.put(root.path("slug").asText(), root.path("slug").asText());
            for (JsonNode child : root.path("children")) {
                rootOf.put(child.path("slug").asText(), root.path("slug").asText());
            }
        }
        DemoPictures pictures = new DemoPictures(uploads, icons, Map.copyOf(colours), rules(rules.path("products")), Map.copyOf(byCategory),
                rules(rules.path("shops")), Map.copyOf(rootOf));
        pictures.checkIcons();
        return pictures;
    }

    private static List<Rule> rules(JsonNode array) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : array) {
            rules.add(new Rule(Pattern.compile(fold(rule.get(0).asText())), rule.get(1).asText(), rule.get(2).asText()));
        }
        return List.copyOf(rules);
    }

    /** Every icon the rules name must be in the set: a typo fails the start, not a picture later. */
    private void checkIcons() {
        List<String> named = new ArrayList<>();
        productRules.forEach(rule -> named.add(rule.icon()));
        shopRules.forEach(rule -> named.add(rule.icon()));
        byCategory.values().forEach(drawing -> named.add(drawing.icon()));
        for (String icon : named) {
            if (body(icon) == null) {
                throw new IllegalArgumentException("pictures.json names the icon " + icon + ", which the icon set does not have");
            }
        }
    }

    /** How many distinct pictures were made so far. */
    public int count() {
        return made.size();
    }

    public boolean isNone() {
        return uploads == null;
    }

    /** A product's picture: the first rule its name matches, else its category's drawing. */
    public Optional<Image> product(String name, String categorySlug) {
        if (isNone()) {
            return Optional.empty();
        }
        return Optional.of(tile(productDrawing(name, categorySlug), rootOf.getOrDefault(categorySlug, "default")));
    }

    Drawing productDrawing(String name, String categorySlug) {
        return match(productRules, name).orElseGet(() -> categoryDrawing(categorySlug));
    }

    Drawing shopDrawing(String trade, List<String> categorySlugs) {
        return match(shopRules, trade).orElseGet(() -> categoryDrawing(categorySlugs.isEmpty() ? "default" : categorySlugs.get(0)));
    }

    /** A shop's picture: the first rule its trade matches, else its first category's drawing. */
    public Optional<Image> shop(String trade, List<String> categorySlugs) {
        if (isNone()) {
            return Optional.empty();
        }
        String first = categorySlugs.isEmpty() ? "default" : categorySlugs.get(0);
        return Optional.of(tile(shopDrawing(trade, categorySlugs), rootOf.getOrDefault(first, "default")));
    }

    /**
     * Asks the drawing and the giving under way to stop at the next picture: a marketplace stopping does not wait for
     * the whole demo to be drawn, and nothing is written after it has stopped. What is not given yet is given on the
     * next start.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * Draws, on every core, the pictures {@link #giveMissing} will give, so that giving them is only writes. Reads the
     * shops and products only; makes each picture once.
     *
     * @return how many pictures there are to give
     */
    public int drawMissing(MerchantDirectory merchants, Catalogue catalogue) {
        if (isNone()) {
            return 0;
        }
        List<Runnable> drawings = new ArrayList<>();
        for (Merchant merchant : merchants.find(MerchantFilter.all())) {
            if (merchant.photo().isPresent()) {
                continue;
            }
            List<String> categories = categorySlugs(merchant, catalogue);
            drawings.add(() -> shop(merchant.trade(), categories));
            for (Product product : catalogue.productsOf(merchant.id(), true, 0, MAX_PRODUCTS_GIVEN)) {
                if (product.images().isEmpty()) {
                    String category = categorySlug(product, catalogue);
                    drawings.add(() -> product(product.name(), category));
                }
            }
        }
        drawings.parallelStream().filter(drawing -> !stopped).forEach(Runnable::run);
        return stopped ? 0 : drawings.size();
    }

    /**
     * Gives a picture to the shops that have none (all of a demo loaded without pictures, those the plugins' seeds
     * open such as the voucher shop) and to their products that have none. Shops that have a picture are left as they
     * are, with their products; a shop gets its own after its products, so that a start stopped half-way resumes
     * where it was.
     */
    public void giveMissing(MerchantDirectory merchants, Catalogue catalogue) {
        if (isNone()) {
            return;
        }
        for (Merchant merchant : merchants.find(MerchantFilter.all())) {
            if (merchant.photo().isPresent()) {
                continue;
            }
            if (stopped) {
                return;
            }
            for (Product product : catalogue.productsOf(merchant.id(), true, 0, MAX_PRODUCTS_GIVEN)) {
                if (product.images().isEmpty()) {
                    ProductDraft draft = ProductDraft.of(product);
                    catalogue.updateProduct(product.id(), new ProductDraft(draft.name(), draft.description(), draft.categoryId(),
                            product(product.name(), categorySlug(product, catalogue)).map(List::of).orElse(List.of()), draft.variants()), SEEDER);
                }
            }
            merchants.updateProfile(merchant.id(), MerchantProfile.of(merchant).withPhoto(shop(merchant.trade(), categorySlugs(merchant, catalogue))),
                    SEEDER);
        }
    }

    private static List<String> categorySlugs(Merchant merchant, Catalogue catalogue) {
        return merchant.categories().stream().map(id -> catalogue.category(id).map(Category::slug).orElse("default")).toList();
    }

    private static String categorySlug(Product product, Catalogue catalogue) {
        return catalogue.category(product.categoryId()).map(Category::slug).orElse("default");
    }

    private Drawing categoryDrawing(String slug) {
        Drawing drawing = byCategory.get(slug);
        return drawing != null ? drawing : byCategory.get("default");
    }

    private static Optional<Drawing> match(List<Rule> rules, String text) {
        String folded = fold(text);
        return rules.stream().filter(rule -> rule.pattern().matcher(folded).find()).findFirst()
                .map(rule -> new Drawing(rule.icon(), rule.alt()));
    }

    private Image tile(Drawing drawing, String root) {
        String colour = colours.getOrDefault(root, colours.getOrDefault("default", "#EEEAE4"));
        return made.computeIfAbsent(drawing.icon() + "|" + colour + "|" + drawing.alt(), key ->
                uploads.upload(render(drawing.icon(), colour), "Illustration : " + drawing.alt(), drawing.icon()));
    }

    /** The icon on its coloured tile, as PNG. */
    byte[] render(String icon, String colour) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width() + " " + height() + "\">" + body(icon) + "</svg>";
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        if (document == null) {
            throw new IllegalStateException("cannot read the icon " + icon);
        }
        BufferedImage image = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.decode(colour));
            graphics.fillRect(0, 0, TILE, TILE);
            float side = (float) (TILE * ICON_SHARE);
            float offset = (TILE - side) / 2;
            document.render((Component) null, graphics, new ViewBox(offset, offset, side, side));
        }
        finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private String body(String icon) {
        return icons.bodies().get(icon);
    }

    private int width() {
        return icons.width();
    }

    private int height() {
        return icons.height();
    }

    /**
     * The icons the rules name, out of an Iconify set: the set's file is 9 MB of JSON, which as a tree would take tens
     * of megabytes of heap while the pictures are drawn; it is streamed instead (once for the aliases among the names,
     * once for the bodies), keeping only what is drawn.
     */
    record IconSet(Map<String, String> bodies, int width, int height) {
        static IconSet read(ObjectMapper json, String set, Set<String> named) {
            String resource = String.format(ICONS_RESOURCE, set);
            Map<String, String> parents = new HashMap<>();
            stream(json, resource, set, (section, name, parser) -> {
                if (section.equals("aliases") && named.contains(name)) {
                    parents.put(name, ((JsonNode) parser.readValueAsTree()).path("parent").asText());
                    return true;
                }
                return false;
            });
            Set<String> drawn = new HashSet<>(named);
            drawn.addAll(parents.values());
            Map<String, String> found = new HashMap<>();
            int[] size = {32, 32};
            stream(json, resource, set, (section, name, parser) -> {
                if (section.equals("icons") && drawn.contains(name)) {
                    found.put(name, ((JsonNode) parser.readValueAsTree()).path("body").asText());
                    return true;
                }
                if (section.equals("") && (name.equals("width") || name.equals("height"))) {
                    size[name.equals("width") ? 0 : 1] = parser.getIntValue();
                    return true;
                }
                return false;
            });
            Map<String, String> bodies = new HashMap<>();
            for (String name : named) {
                String body = found.get(parents.getOrDefault(name, name));
                if (body != null) {
                    bodies.put(name, body);
                }
            }
            return new IconSet(Map.copyOf(bodies), size[0], size[1]);
        }

        /** What to do with one value of the file: a top-level one (section "") or one of a top-level object's. */
        private interface Visitor {
            /** @return whether the value was read; if not, it is skipped */
            boolean visit(String section, String name, JsonParser parser) throws IOException;
        }

        private static void stream(ObjectMapper json, String resource, String set, Visitor visitor) {
            try (InputStream stream = DemoPictures.class.getResourceAsStream(resource)) {
                if (stream == null) {
                    throw new IllegalStateException("the icon set " + set + " is not in the class path (" + resource
                            + "): the build unpacks it from org.webjars.npm:iconify__json");
                }
                try (JsonParser parser = json.createParser(stream)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw new IOException("not a JSON object");
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String section = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.START_OBJECT && (section.equals("icons") || section.equals("aliases"))) {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String name = parser.currentName();
                                parser.nextToken();
                                if (!visitor.visit(section, name, parser)) {
                                    parser.skipChildren();
                                }
                            }
                        }
                        else if (!visitor.visit("", section, parser)) {
                            parser.skipChildren();
                        }
                    }
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read the icon set " + set, e);
            }
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
