package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SearchSuggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Suggestions while typing ({@link SearchSuggestions}): products through the search itself (every word, the last
 * one also as a beginning, typos corrected, identical products grouped), shops and categories by name, from the
 * dictionary in memory (a few thousand names at most): every typed word must begin a word of the name, or be
 * within the typo tolerance of {@link Corrections} of one. Names whose words all begin with the typed words come
 * first, then those with typos; the shorter name first, then alphabetical.
 */
final class Suggester {

    /** Names folded into words, kept: shop and category names are few and suggestions are asked on every key stroke. */
    private static final Map<String, String[]> FOLDED_NAMES = new ConcurrentHashMap<>();
    private static final int MAX_FOLDED_NAMES = 100_000;

    private Suggester() {
    }

    private static String[] foldedWords(String name) {
        if (FOLDED_NAMES.size() >= MAX_FOLDED_NAMES) {
            FOLDED_NAMES.clear();
        }
        return FrenchTextAnalysis.fold(FrenchTextAnalysis.normalized(name).toLowerCase(Locale.ROOT)).split("[^\\p{Alnum}]+");
    }

    static SearchSuggestions suggest(String text, int limit, QueryWords words, Function<SearchQuery, SearchResult> search,
                                     DictionarySnapshot dictionary) {
        if (limit < 1 || limit > SearchSuggestions.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchSuggestions.MAX_LIMIT);
        }
        if (words.isEmpty()) {
            return SearchSuggestions.none(text);
        }
        SearchResult result = search.apply(SearchQuery.text(text).withFacets(false).withPage(0, limit));
        List<SearchSuggestions.ProductSuggestion> products = new ArrayList<>();
        for (SearchDocument item : result.items()) {
            products.add(new SearchSuggestions.ProductSuggestion(item.productId(), item.slug(), item.name(), item.merchantId(),
                    item.merchantName(), result.sameProductElsewhere(item.productId()).size()));
        }
        List<String> typed = typedWords(words);
        List<Match<DictionarySnapshot.Shop>> shops = new ArrayList<>();
        for (DictionarySnapshot.Shop shop : dictionary.shops()) {
            int quality = quality(typed, shop.name());
            if (quality >= 0) {
                shops.add(new Match<>(shop, shop.name(), quality));
            }
        }
        List<Match<CategorySuggestionSource>> categories = new ArrayList<>();
        ValueTable.Entries entries = dictionary.categories();
        for (int slot = 0; slot < entries.size(); slot++) {
            String label = entries.labels[slot];
            if (label.equals(entries.values[slot])) {
                continue; // a parent no product has named yet
            }
            int quality = quality(typed, label);
            if (quality >= 0) {
                categories.add(new Match<>(new CategorySuggestionSource(entries.values[slot], label), label, quality));
            }
        }
        return new SearchSuggestions(text, products,
                best(shops, limit).stream().map(shop -> new SearchSuggestions.ShopSuggestion(shop.id(), shop.name(), shop.slug(), shop.communeName())).toList(),
                best(categories, limit).stream().map(category -> new SearchSuggestions.CategorySuggestion(
                        new CategoryId(Long.parseLong(category.id())), category.name())).toList());
    }

    private record CategorySuggestionSource(String id, String name) {
    }

    private record Match<T>(T item, String name, int quality) {
    }

    private static <T> List<T> best(List<Match<T>> matches, int limit) {
        return matches.stream()
                .sorted(Comparator.<Match<T>>comparingInt(Match::quality).thenComparingInt(match -> match.name().length())
                        .thenComparing(Match::name))
                .limit(limit).map(Match::item).toList();
    }

    /** The typed words, folded, stop words out: the stems' unstemmed forms. */
    private static List<String> typedWords(QueryWords words) {
        return words.words().stream().map(QueryWords.Word::folded).toList();
    }

    /** 0 when every typed word begins a word of the name, 1 when some only within a typo, -1 when one matches none. */
    static int quality(List<String> typed, String name) {
        String[] nameWords = FOLDED_NAMES.computeIfAbsent(name, Suggester::foldedWords);
        int quality = 0;
        for (String word : typed) {
            int best = -1;
            for (String nameWord : nameWords) {
                if (nameWord.startsWith(word)) {
                    best = 0;
                    break;
                }
                int edits = Corrections.automaticEdits(word.length());
                if (edits > 0 && best < 0) {
                    String head = nameWord.length() > word.length() ? nameWord.substring(0, word.length()) : nameWord;
                    if (Corrections.distance(word, head) <= edits || Corrections.distance(word, nameWord) <= edits) {
                        best = 1;
                    }
                }
            }
            if (best < 0) {
                return -1;
            }
            quality = Math.max(quality, best);
        }
        return quality;
    }
}
