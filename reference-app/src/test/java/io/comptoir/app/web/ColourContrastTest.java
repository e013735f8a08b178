package io.comptoir.app.web;

import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text colours of the style sheet, read from its custom properties, contrast at least 4.5:1 (WCAG AA) with the
 * backgrounds they are used on: with the site's neutral palette, and with each shipped territory's colours in place
 * of it (its {@code branding.json}), so that a territory's look stays readable.
 */
final class ColourContrastTest {
    private static final Map<String, String> COLOURS = colours();

    /** Text colour on background, in the site's palette and in each shipped territory's. */
    private static final String[] PAIRS = {
            "--ink-900, --stone-100", "--ink-700, --stone-100", "--ink-600, --stone-100", "--ink-600, --stone-50",
            "--ink-600, --stone-200", "--ink-700, --stone-200", "--ink-600, --white", "--ink-900, --white",
            "--brand-600, --stone-100", "--brand-600, --stone-50", "--brand-600, --stone-200", "--brand-700, --stone-50",
            "--brand-900, --brand-100", "--brand-700, --white", "--white, --brand-700", "--white, --brand-900",
            "--stone-100, --brand-700", "--accent-500, --brand-900", "--ink-900, --accent-500",
            "--white, --second-700", "--stone-100, --second-700", "--accent-500, --ink-900", "--stone-200, --ink-900",
            "--stone-50, --ink-900", "--color-success, --stone-50", "--color-warning, --stone-50", "--color-danger, --stone-50",
            "--color-success, --white", "--color-warning, --white", "--color-danger, --white",
            "--tone-0-fg, --tone-0-bg", "--tone-1-fg, --tone-1-bg", "--tone-2-fg, --tone-2-bg",
            "--tone-3-fg, --tone-3-bg", "--tone-4-fg, --tone-4-bg", "--tone-5-fg, --tone-5-bg",
            "--open-fg, --open-bg", "--ink-700, --stone-200"
    };

    static Stream<Arguments> pairs() throws IOException {
        Map<String, Map<String, String>> palettes = new LinkedHashMap<>();
        palettes.put("app.css", COLOURS);
        try (Stream<Path> folders = Files.list(Path.of("../territories"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Map<String, String> palette = new HashMap<>(COLOURS);
                TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(folder));
                territory.branding().colours().forEach((name, colour) -> palette.put("--" + name, colour));
                palettes.put(territory.slug(), palette);
            }
        }
        assertThat(palettes).as("the site's palette and the shipped territories'").hasSizeGreaterThan(1);
        return palettes.entrySet().stream().flatMap(palette -> Arrays.stream(PAIRS).map(pair -> pair.split(",\\s*"))
                .map(pair -> Arguments.of(palette.getKey(), pair[0], pair[1], palette.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("pairs")
    void textContrastsAtLeastFourAndAHalfToOne(String palette, String text, String background, Map<String, String> colours) {
        assertThat(contrast(colour(colours, text), colour(colours, background))).as("%s: %s on %s", palette, text, background)
                .isGreaterThanOrEqualTo(4.5);
    }

    private static String colour(Map<String, String> colours, String property) {
        String value = colours.get(property);
        assertThat(value).as("colour " + property).isNotNull();
        return value.startsWith("var(") ? colour(colours, value.substring(4, value.length() - 1)) : value;
    }

    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> colours() {
        try (InputStream css = ColourContrastTest.class.getResourceAsStream("/public/app.css")) {
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher matcher = Pattern.compile("(--[a-z0-9-]+):\\s*(#[0-9a-fA-F]{6}|var\\(--[a-z0-9-]+\\))").matcher(text);
            while (matcher.find()) {
                colours.putIfAbsent(matcher.group(1), matcher.group(2));
            }
            return colours;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
