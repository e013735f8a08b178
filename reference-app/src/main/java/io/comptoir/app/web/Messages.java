package io.comptoir.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * The UI texts of the site, merged from the web kit's bundle and one bundle per feature ({@code <base>_fr.properties},
 * {@code <base>_en.properties} on the classpath, UTF-8), French first. A key defined by two bundles is refused at start,
 * and so is a bundle that does not define the same keys in every language.
 */
public final class Messages {
    /** The web kit's own texts: the layouts, the errors, the forms. */
    public static final String KIT = "io.comptoir.app.web.messages";

    private final List<String> bundles;
    private final Map<Language, Map<String, String>> texts;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(List<String> bundles, Map<Language, Map<String, String>> texts) {
        this.bundles = bundles;
        this.texts = texts;
    }

    /** The kit's texts and those of the bundles named (by base name, e.g. {@code io.comptoir.app.vouchers.messages}). */
    public static Messages of(List<String> bundles) {
        List<String> all = new ArrayList<>(List.of(KIT));
        requireNonNull(bundles, "bundles is null").stream().filter(bundle -> !all.contains(bundle)).forEach(all::add);
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        Map<String, String> owner = new HashMap<>();
        for (String bundle : all) {
            Map<Language, Properties> loaded = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                loaded.put(language, load(bundle, language));
            }
            Set<String> keys = loaded.get(Language.FR).stringPropertyNames();
            for (Language language : Language.values()) {
                if (!loaded.get(language).stringPropertyNames().equals(keys)) {
                    throw new IllegalStateException("bundle " + bundle + " does not define the same keys in " + language + " as in French");
                }
            }
            for (String key : keys) {
                String other = owner.putIfAbsent(key, bundle);
                if (other != null) {
                    throw new IllegalStateException("the key " + key + " is defined by both " + other + " and " + bundle);
                }
                for (Language language : Language.values()) {
                    texts.computeIfAbsent(language, any -> new HashMap<>()).put(key, loaded.get(language).getProperty(key));
                }
            }
        }
        texts.replaceAll((language, map) -> Map.copyOf(map));
        return new Messages(List.copyOf(all), texts);
    }

    /**
     * These texts with some replaced, per language: the territory's own (its name, its home page's words). Only texts a
     * bundle defines may be replaced, so that a territory cannot add a text no page shows.
     */
    public Messages with(Map<Language, Map<String, String>> replacements) {
        Map<Language, Map<String, String>> merged = new EnumMap<>(Language.class);
        texts.forEach((language, own) -> merged.put(language, new HashMap<>(own)));
        requireNonNull(replacements, "replacements is null").forEach((language, replaced) -> replaced.forEach((key, text) -> {
            if (!merged.getOrDefault(language, Map.of()).containsKey(key)) {
                throw new IllegalArgumentException("no bundle defines the text " + key);
            }
            merged.get(language).put(key, requireNonNull(text, "text is null"));
        }));
        merged.replaceAll((language, map) -> Map.copyOf(map));
        return new Messages(bundles, merged);
    }

    /** The bundles merged, the kit's first. */
    public List<String> bundles() {
        return bundles;
    }

    /** The texts of one language. */
    public Localizer in(Language language) {
        return new Localizer(language, this);
    }

    String text(Language language, String key) {
        return texts.getOrDefault(language, Map.of()).get(key);
    }

    /**
     * The text with its arguments formatted in, or null for a key no bundle defines. A MessageFormat is not
     * thread-safe and parsing its pattern costs more than formatting (a page formats dozens): each text's is parsed once
     * and cloned.
     */
    String format(Language language, String key, Object... args) {
        String pattern = text(language, key);
        if (pattern == null) {
            return null;
        }
        MessageFormat parsed = formats.computeIfAbsent(language.name() + "|" + key, ignored -> new MessageFormat(pattern, language.locale()));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** The keys one bundle defines in a language, for the tests that check every key a feature uses is defined. */
    public static Set<String> keysOf(String bundle, Language language) {
        return load(bundle, language).stringPropertyNames();
    }

    private static Properties load(String bundle, Language language) {
        String resource = "/" + bundle.replace('.', '/') + "_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no message bundle " + resource + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
