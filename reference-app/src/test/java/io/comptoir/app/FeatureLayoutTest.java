package io.comptoir.app;

import io.comptoir.app.feature.WebFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One package and one template folder per feature: a plugin's feature renders its own templates (and the kit's), its
 * templates import its own classes (and the kit's) and include its own partials (and the kit's), so that it is removed
 * by removing its package and its folder. The engine's own areas may also use each other's (the territory's pages show
 * a shop's order as the shop's pages do), never a plugin's.
 */
final class FeatureLayoutTest {
    private static final Path JAVA = Path.of("src/main/java/io/comptoir/app");
    private static final Path JTE = Path.of("src/main/jte");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("\"([a-z]+)/[A-Za-z0-9/]+\\.jte\"");
    private static final Pattern IMPORT = Pattern.compile("@import io\\.comptoir\\.app\\.([a-z]+)\\.");
    private static final Pattern INCLUDE = Pattern.compile("@template\\.([a-z]+)\\.");
    private static final List<String> KIT = List.of("web", "feature");

    @Test
    void eachFeatureRendersItsOwnTemplatesOrTheKits() {
        Map<String, String> folders = folders();
        for (Map.Entry<String, String> feature : folders.entrySet()) {
            for (Path file : files(JAVA.resolve(feature.getKey()), ".java")) {
                Matcher matcher = TEMPLATE_NAME.matcher(read(file));
                while (matcher.find()) {
                    assertThat(matcher.group(1)).as(file + " renders " + matcher.group()).isIn(allowed(feature.getValue(), feature.getValue()));
                }
            }
        }
    }

    @Test
    void eachTemplateFolderUsesItsFeaturesClassesAndPartialsOrTheKits() {
        Map<String, String> folders = folders();
        Map<String, String> packageOfFolder = folders.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> folder : packageOfFolder.entrySet()) {
            for (Path file : files(JTE.resolve(folder.getKey()), ".jte")) {
                String text = read(file);
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    assertThat(imports.group(1)).as(file + " imports " + imports.group()).isIn(allowed(folder.getKey(), folder.getValue()));
                }
                Matcher includes = INCLUDE.matcher(text);
                while (includes.find()) {
                    assertThat(includes.group(1)).as(file + " includes " + includes.group()).isIn(allowed(folder.getKey(), folder.getKey()));
                }
                checked.add(file.toString());
            }
        }
        assertThat(checked).as("every template but the kit's is a feature's, and checked")
                .hasSize(files(JTE, ".jte").size() - files(JTE.resolve("web"), ".jte").size());
        try (Stream<Path> all = Files.list(JTE)) {
            assertThat(all.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
                    .as("every template folder is a feature's or the kit's").allSatisfy(name -> assertThat(name).isIn(
                            Stream.concat(folders.values().stream(), KIT.stream()).toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a feature (by its template folder) may use: its own, the kit's, and the engine's areas' for one of them. */
    private static List<String> allowed(String folder, String own) {
        List<String> allowed = new ArrayList<>(List.of(own, "web", "feature"));
        boolean core = Features.all().stream().filter(feature -> feature.templates().equals(folder)).noneMatch(WebFeature::optional);
        if (core) {
            Features.all().stream().filter(feature -> !feature.optional()).forEach(feature -> {
                allowed.add(feature.templates());
                allowed.add(feature.getClass().getPackageName().substring("io.comptoir.app.".length()));
            });
        }
        return allowed;
    }

    /** Feature package (relative to io.comptoir.app) to template folder. */
    private static Map<String, String> folders() {
        return Features.all().stream().collect(Collectors.toMap(
                feature -> feature.getClass().getPackageName().substring("io.comptoir.app.".length()), WebFeature::templates));
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(suffix)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
