package io.comptoir.app.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text colours of the style sheet, read from its custom properties, contrast at least 4.5:1 (WCAG AA) with the
 * backgrounds they are used on.
 */
final class ColourContrastTest {
    private static final Map<String, String> COLOURS = colours();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "--ink-900, --stone-100", "--ink-700, --stone-100", "--ink-600, --stone-100", "--ink-600, --stone-50",
            "--ink-600, --stone-200", "--ink-700, --stone-200", "--ink-600, --white", "--ink-900, --white",
            "--brick-600, --stone-100", "--brick-600, --stone-50", "--brick-600, --stone-200", "--brick-700, --stone-50",
            "--brick-900, --brick-100", "--brick-700, --white", "--white, --brick-700", "--white, --brick-900",
            "--stone-100, --brick-700", "--ochre-500, --brick-900", "--ink-900, --ochre-500",
            "--white, --marsh-700", "--stone-100, --marsh-700", "--ochre-500, --ink-900", "--stone-200, --ink-900",
            "--stone-50, --ink-900", "--color-success, --stone-50", "--color-warning, --stone-50", "--color-danger, --stone-50",
            "--color-success, --white", "--color-warning, --white", "--color-danger, --white",
            "--tone-0-fg, --tone-0-bg", "--tone-1-fg, --tone-1-bg", "--tone-2-fg, --tone-2-bg",
            "--tone-3-fg, --tone-3-bg", "--tone-4-fg, --tone-4-bg", "--tone-5-fg, --tone-5-bg",
            "--open-fg, --open-bg", "--ink-700, --stone-200"
    })
    void textContrastsAtLeastFourAndAHalfToOne(String text, String background) {
        assertThat(contrast(colour(text), colour(background))).as("%s on %s", text, background).isGreaterThanOrEqualTo(4.5);
    }

    private static String colour(String property) {
        String value = COLOURS.get(property);
        assertThat(value).as("colour " + property).isNotNull();
        return value.startsWith("var(") ? colour(value.substring(4, value.length() - 1)) : value;
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
