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

/** The colours of the shopping pages (alerts, statuses, the demo note) contrast at least 4.5:1 with their backgrounds. */
final class ShoppingColoursTest {
    private static final Map<String, String> COLOURS = colours();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "--alert-error-fg, --alert-error-bg", "--alert-success-fg, --alert-success-bg", "--alert-warning-fg, --alert-warning-bg",
            "--status-pending-fg, --status-pending-bg", "--status-done-fg, --status-done-bg", "--open-fg, --open-bg",
            "--color-danger, --white", "--brand-900, --brand-100", "--white, --brand-700", "--ink-700, --stone-100",
            "--alert-error-fg, --white", "--color-danger, --stone-50", "--ink-700, --stone-200"
    })
    void textContrastsAtLeastFourAndAHalfToOne(String text, String background) {
        assertThat(ColourContrastTest.contrast(colour(text), colour(background))).as("%s on %s", text, background).isGreaterThanOrEqualTo(4.5);
    }

    private static String colour(String property) {
        String value = COLOURS.get(property);
        assertThat(value).as("colour " + property).isNotNull();
        return value.startsWith("var(") ? colour(value.substring(4, value.length() - 1)) : value;
    }

    private static Map<String, String> colours() {
        try (InputStream css = ShoppingColoursTest.class.getResourceAsStream("/public/app.css")) {
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
