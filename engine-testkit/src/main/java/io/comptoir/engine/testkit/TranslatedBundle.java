package io.comptoir.engine.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a bundle of mail or document texts ({@code name.properties} in French, {@code name_en.properties} in
 * English): both define the same keys, and every English text differs from the French one, so that a text copied
 * across untranslated is caught. Only the keys named as the same in both languages (date patterns, a line's layout)
 * may be equal.
 */
public final class TranslatedBundle {
    private TranslatedBundle() {
    }

    /**
     * @param bundle    the bundle's base name, e.g. {@code io.comptoir.vouchers.mail.mails}
     * @param owner     a class whose class loader finds it
     * @param sameInBoth keys whose value may be the same in both languages
     */
    public static void assertTranslated(String bundle, Class<?> owner, Set<String> sameInBoth) {
        Properties french = load(bundle, "", owner);
        Properties english = load(bundle, "_en", owner);
        assertTrue(!french.isEmpty(), bundle + " is empty");
        assertEquals(new TreeSet<>(french.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                "the French and English keys of " + bundle);
        Set<String> copied = new TreeSet<>();
        for (String key : french.stringPropertyNames()) {
            if (french.getProperty(key).equals(english.getProperty(key)) && !sameInBoth.contains(key)) {
                copied.add(key);
            }
        }
        assertTrue(copied.isEmpty(), "untranslated texts in " + bundle + "_en: " + copied);
    }

    private static Properties load(String bundle, String suffix, Class<?> owner) {
        String resource = bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
