package io.comptoir.engine.core.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The judged queries of {@code bench/relevance/*.tsv}: each query with the rules that grade every product of the
 * catalogue 2 (what the shopper wants), 1 (related) or 0. The grammar is in {@code bench/relevance/README.md}:
 * a rule is alternatives separated by {@code " | "}, each a conjunction of conditions separated by {@code " & "};
 * a condition is {@code field~regex} (found anywhere, ignoring case) or {@code field=value} (equal, ignoring case;
 * {@code a|b} for either), negated by a leading {@code !}.
 */
final class Judgments {

    record Query(String text, String intent, Predicate<SeedCatalogue.Entry> wanted, Predicate<SeedCatalogue.Entry> related) {
        int grade(SeedCatalogue.Entry entry) {
            return wanted.test(entry) ? 2 : related.test(entry) ? 1 : 0;
        }
    }

    private static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Set<String> FIELDS = Set.of("name", "desc", "cat", "root", "shop", "trade", "commune");

    private Judgments() {
    }

    static List<Query> read(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 4) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": expected 4 tab-separated columns, found " + columns.length);
            }
            try {
                queries.add(new Query(columns[0], columns[1], rule(columns[2]), rule(columns[3])));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return queries;
    }

    /** The key under which products count as the same product: the name without case or accents, and the category. */
    static String sameProductKey(SeedCatalogue.Entry entry) {
        String folded = Normalizer.normalize(entry.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip() + "|" + entry.categorySlug();
    }

    private static Predicate<SeedCatalogue.Entry> rule(String text) {
        if (text.equals("-")) {
            return entry -> false;
        }
        Predicate<SeedCatalogue.Entry> any = entry -> false;
        for (String alternative : text.split(" \\| ")) {
            Predicate<SeedCatalogue.Entry> all = entry -> true;
            for (String condition : alternative.split(" & ")) {
                all = all.and(condition(condition.strip()));
            }
            any = any.or(all);
        }
        return any;
    }

    private static Predicate<SeedCatalogue.Entry> condition(String text) {
        boolean negated = text.startsWith("!");
        String body = negated ? text.substring(1) : text;
        int operator = indexOfOperator(body);
        if (operator < 0) {
            throw new IllegalArgumentException("no ~ or = in condition '" + text + "'");
        }
        String field = body.substring(0, operator);
        String value = body.substring(operator + 1);
        Function<SeedCatalogue.Entry, String> reader = reader(field);
        Predicate<SeedCatalogue.Entry> test;
        if (body.charAt(operator) == '~') {
            Pattern pattern = Pattern.compile(value, REGEX_FLAGS);
            test = entry -> pattern.matcher(reader.apply(entry)).find();
        }
        else {
            Set<String> values = Arrays.stream(value.split("\\|")).map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            test = entry -> values.contains(reader.apply(entry).toLowerCase(Locale.ROOT));
        }
        return negated ? test.negate() : test;
    }

    private static int indexOfOperator(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '~' || c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static Function<SeedCatalogue.Entry, String> reader(String field) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field '" + field + "', expected one of " + FIELDS);
        }
        return switch (field) {
            case "name" -> SeedCatalogue.Entry::name;
            case "desc" -> SeedCatalogue.Entry::description;
            case "cat" -> SeedCatalogue.Entry::categorySlug;
            case "root" -> SeedCatalogue.Entry::rootSlug;
            case "shop" -> SeedCatalogue.Entry::shop;
            case "trade" -> SeedCatalogue.Entry::trade;
            default -> SeedCatalogue.Entry::commune;
        };
    }
}
