package io.comptoir.app.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in French and in English, and every key the code and templates use is defined. */
final class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\b(t|plural)\\(\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"\\s*[,)]");

    @Test
    void frenchAndEnglishDefineTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("fr").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeIsDefined() throws IOException {
        Set<String> defined = load("fr").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[]{Path.of("src/main/jte"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1).equals("plural") ? matcher.group(2) + ".one" : matcher.group(2));
                        if (matcher.group(1).equals("plural")) {
                            used.add(matcher.group(2) + ".other");
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(defined).containsAll(used);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() throws IOException {
        Set<String> defined = load("fr").stringPropertyNames();
        for (io.comptoir.engine.api.search.PriceBand band : io.comptoir.engine.api.search.PriceBand.values()) {
            assertThat(defined).contains("price.band." + band.name());
        }
        for (io.comptoir.app.shop.SortChoice choice : io.comptoir.app.shop.SortChoice.values()) {
            assertThat(defined).contains(choice.labelKey());
        }
        for (int status : new int[]{400, 403, 404, 405, 500}) {
            assertThat(defined).contains("error." + status + ".title", "error." + status + ".message");
        }
    }

    @Test
    void textsFormatCountsAndMoneyInTheirLanguage() {
        Localizer french = new Localizer(Language.FR);
        Localizer english = new Localizer(Language.EN);

        assertThat(french.plural("search.count", 0)).isEqualTo("0 produit");
        assertThat(french.plural("search.count", 1)).isEqualTo("1 produit");
        assertThat(french.plural("search.count", 1770)).isEqualTo("1\u202f770 produits");
        assertThat(english.plural("search.count", 0)).isEqualTo("0 products");
        assertThat(english.plural("search.count", 1)).isEqualTo("1 product");
        assertThat(french.money(io.comptoir.engine.api.money.Money.euros(1250))).isEqualTo("12,50\u00a0€");
        assertThat(english.money(io.comptoir.engine.api.money.Money.euros(1250))).isEqualTo("€12.50");
        assertThat(french.t("search.heading.text", "l’été")).isEqualTo("Résultats pour « l’été »");
        assertThat(french.t("absent.key")).isEqualTo("??absent.key??");
        assertThat(french.dayName(java.time.DayOfWeek.TUESDAY)).isEqualTo("Mardi");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
