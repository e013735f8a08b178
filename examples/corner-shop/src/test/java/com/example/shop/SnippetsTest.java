package com.example.shop;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code the README and the plugin guide quote is the examples' code, character for character: each quote follows a
 * marker {@code <!-- snippet: path#tag -->} naming a region between {@code tag::tag[]} and {@code end::tag[]} in a file of
 * the repository, and must equal that region, less its common indentation.
 */
final class SnippetsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)#([a-z0-9-]+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    record Quote(String document, String file, String tag, String text) {
    }

    static List<Quote> quotes(Path document) throws IOException {
        List<Quote> quotes = new ArrayList<>();
        Matcher matcher = MARKER.matcher(Files.readString(document));
        while (matcher.find()) {
            quotes.add(new Quote(ROOT.relativize(document).toString(), matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return quotes;
    }

    static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::" + tag + "[]")) {
                start = i + 1;
            }
            else if (lines.get(i).contains("end::" + tag + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag::%s[] in %s", tag, file).isPositive();
        assertThat(end).as("end::%s[] in %s", tag, file).isGreaterThanOrEqualTo(start);
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }

    @Test
    void everyQuotedSnippetIsTheCodeItQuotes() throws IOException {
        List<Quote> quotes = new ArrayList<>();
        quotes.addAll(quotes(ROOT.resolve("README.md")));
        quotes.addAll(quotes(ROOT.resolve("docs/writing-a-plugin.md")));
        assertThat(quotes).as("quotes in the README and the guide").hasSizeGreaterThan(8);
        for (Quote quote : quotes) {
            assertThat(quote.text()).as("%s quotes %s#%s", quote.document(), quote.file(), quote.tag())
                    .isEqualTo(region(ROOT.resolve(quote.file()), quote.tag()));
        }
    }
}
