package io.comptoir.app.web;

import io.comptoir.app.Features;
import io.comptoir.app.feature.FeatureRole;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.Texts;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in French and in English, in the bundle of the feature (or of the web kit) that uses it, and
 * every key the code, the templates and the features' contributions use is defined: a plugin's feature uses only its own
 * texts and the kit's, so that it can be removed with them.
 */
final class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\b(t|plural)\\(\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"\\s*[,)]");

    @Test
    void everyBundleDefinesTheSameKeysInFrenchAndEnglishAndNoKeyTwice() {
        List<String> bundles = Texts.all().bundles();
        assertThat(bundles).as("the kit's and every feature's but ops'").hasSize(Features.all().size());
        Set<String> seen = new HashSet<>();
        for (String bundle : bundles) {
            Set<String> keys = Messages.keysOf(bundle, Language.FR);
            assertThat(keys).as(bundle).isNotEmpty();
            assertThat(Messages.keysOf(bundle, Language.EN)).as("French and English keys of " + bundle).isEqualTo(keys);
            assertThat(keys).as("defined by another bundle than " + bundle).allSatisfy(key -> assertThat(seen).doesNotContain(key));
            seen.addAll(keys);
        }
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[]{Path.of("src/main/jte"), Path.of("src/main/java")}) {
            used.addAll(keysUsedUnder(root));
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(Texts.all().in(Language.FR).t("language.name")).isEqualTo("Français");
        assertThat(used).allSatisfy(key -> assertThat(Texts.in(Language.FR).has(key)).as(key).isTrue());
    }

    @Test
    void aPluginsFeatureUsesOnlyItsOwnTextsAndTheKits() throws IOException {
        for (WebFeature feature : Features.all()) {
            if (!feature.optional()) {
                continue;
            }
            Localizer own = Texts.of(feature).in(Language.FR);
            Set<String> used = new TreeSet<>(keysUsedUnder(Path.of("src/main/jte", feature.templates())));
            used.addAll(keysUsedUnder(Path.of("src/main/java", feature.getClass().getPackageName().replace('.', '/'))));
            used.addAll(contributedKeys(feature));
            assertThat(used).as(feature.name()).isNotEmpty()
                    .allSatisfy(key -> assertThat(own.has(key)).as(feature.name() + " uses " + key).isTrue());
        }
    }

    @Test
    void everyLabelTheFeaturesContributeIsDefined() {
        Localizer french = Texts.in(Language.FR);
        Set<String> keys = new TreeSet<>();
        for (WebFeature feature : Features.all()) {
            keys.addAll(contributedKeys(feature));
        }
        assertThat(keys).as("the engine's areas contribute labels too").contains("nav.products", "bo.shop.nav.orders");
        assertThat(keys).allSatisfy(key -> assertThat(french.has(key)).as(key).isTrue());
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() {
        Localizer french = Texts.in(Language.FR);
        for (io.comptoir.engine.api.search.PriceBand band : io.comptoir.engine.api.search.PriceBand.values()) {
            assertThat(french.has("price.band." + band.name())).isTrue();
        }
        for (io.comptoir.app.catalogue.SortChoice choice : io.comptoir.app.catalogue.SortChoice.values()) {
            assertThat(french.has(choice.labelKey())).isTrue();
        }
        for (int status : new int[]{400, 403, 404, 405, 500}) {
            assertThat(french.has("error." + status + ".title") && french.has("error." + status + ".message")).as("error " + status).isTrue();
        }
    }

    @Test
    void textsFormatCountsAndMoneyInTheirLanguage() {
        Localizer french = Texts.in(Language.FR);
        Localizer english = Texts.in(Language.EN);

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

    /** The keys a feature hands the kit: its navigation entries', back-offices', links' and roles' labels. */
    private static Set<String> contributedKeys(WebFeature feature) {
        var marketplace = TestMarketplace.offline();
        Set<String> keys = new TreeSet<>();
        feature.navigation(marketplace).stream().map(NavEntry::labelKey).forEach(keys::add);
        feature.navigation(marketplace).stream().map(entry -> entry.backOffice().areaKey()).forEach(keys::add);
        feature.backOffices(marketplace).stream().map(BackOfficeShell::backOffice).map(office -> office.areaKey()).forEach(keys::add);
        feature.siteLinks().forEach(link -> {
            keys.add(link.labelKey());
            link.cartCountKey().ifPresent(key -> {
                keys.add(key + ".one");
                keys.add(key + ".other");
            });
        });
        for (FeatureRole role : feature.roles()) {
            keys.add("bo.role." + role.role().name());
            role.scope().ifPresent(scope -> keys.addAll(List.of(scope.labelKey(), scope.hintKey(), scope.scopedKey())));
        }
        return keys;
    }

    private static Set<String> keysUsedUnder(Path root) throws IOException {
        Set<String> used = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return used;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".properties")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1).equals("plural") ? matcher.group(2) + ".one" : matcher.group(2));
                    if (matcher.group(1).equals("plural")) {
                        used.add(matcher.group(2) + ".other");
                    }
                }
            }
        }
        return used;
    }
}
