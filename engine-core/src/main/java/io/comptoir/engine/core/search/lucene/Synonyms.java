package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.error.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A territory's words that mean the same thing to its shoppers ({@code chicons} and {@code endives} in the North),
 * so that a search for either finds both. Read from a UTF-8 text file, one group of equivalent words a line,
 * separated by commas, as Solr's and Elasticsearch's synonym files write them:
 * <pre>
 * # Pays de Saint-Omer
 * chicons, endives
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored. Words are compared after the index's analysis (case,
 * accents, plurals do not matter). An entry is one word: a line with a group of several words is refused, with its
 * line number, rather than half applied.
 */
public final class Synonyms {

    private static final Synonyms NONE = new Synonyms(Map.of());

    /** Stem to the other stems of its groups. */
    private final Map<String, List<String>> alternatives;

    private Synonyms(Map<String, List<String>> alternatives) {
        this.alternatives = alternatives;
    }

    public static Synonyms none() {
        return NONE;
    }

    /** Reads a synonyms file; a malformed line is refused with its number. */
    public static Synonyms read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms file " + file, e);
        }
    }

    /** Reads a synonyms file from a URL (a file, or a resource in a jar). */
    public static Synonyms read(URL location) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(location.openStream(), StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList(), location.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms file " + location, e);
        }
    }

    static Synonyms parse(List<String> lines, String source) {
        try (FrenchTextAnalysis analysis = new FrenchTextAnalysis()) {
            return parse(lines, source, text -> analysis.words(text).stems());
        }
    }

    private static Synonyms parse(List<String> lines, String source, Function<String, List<String>> stems) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String entry : line.split(",")) {
                List<String> entryStems = stems.apply(entry);
                if (entryStems.size() != 1) {
                    throw InvalidInputException.invalid("synonyms", source + ", line " + number + ": '" + entry.strip()
                            + "' is not one word (each entry of a group is one word)");
                }
                group.add(entryStems.get(0));
            }
            if (group.size() < 2) {
                throw InvalidInputException.invalid("synonyms", source + ", line " + number + ": a group needs two words or more");
            }
            for (String stem : group) {
                Set<String> others = groups.computeIfAbsent(stem, key -> new LinkedHashSet<>());
                group.stream().filter(other -> !other.equals(stem)).forEach(others::add);
            }
        }
        Map<String, List<String>> alternatives = new HashMap<>();
        groups.forEach((stem, others) -> alternatives.put(stem, List.copyOf(others)));
        return new Synonyms(Map.copyOf(alternatives));
    }

    /** The stems meaning the same as this one, without it; empty when it has none. */
    List<String> of(String stem) {
        return alternatives.getOrDefault(stem, List.of());
    }

    boolean isEmpty() {
        return alternatives.isEmpty();
    }
}
