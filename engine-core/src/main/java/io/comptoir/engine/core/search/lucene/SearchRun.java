package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Runs one {@link SearchQuery} on one searcher: corrects the words the index does not know, runs the text ladder,
 * one pass per step, then builds the page (grouping identical products by relevance) and the facets.
 */
final class SearchRun {

    /**
     * Segments from this size are scored by Lucene's bulk scorers, faster on many matches; below, matches are
     * iterated one by one, since a bulk scorer's set-up (the disjunction scorer's 2 048-slot window) costs more than
     * a small segment's matches.
     */
    private static final int BULK_SCORING_MIN_DOCS = 65_536;

    /**
     * The first page's identical products are grouped among this many hits per place on the page: the best
     * {@code size × GROUP_WINDOW} hits (192 for a page of 24), enough for the same product sold by many shops.
     */
    static final int GROUP_WINDOW = 8;

    private final IndexSearcher searcher;
    private final ColumnCache columns;
    private final DocumentCache documents;
    private final DictionarySnapshot dictionary;
    private final Synonyms synonyms;

    SearchRun(IndexSearcher searcher, ColumnCache columns, DocumentCache documents, DictionarySnapshot dictionary, Synonyms synonyms) {
        this.searcher = searcher;
        this.columns = columns;
        this.documents = documents;
        this.dictionary = dictionary;
        this.synonyms = synonyms;
    }

    SearchResult run(SearchQuery query, QueryWords typed, boolean withRelated) throws IOException {
        FilterPlan filters = FilterPlan.of(query, dictionary);
        QueryWords words = typed;
        Optional<String> searchedFor = Optional.empty();
        List<Query> ladder = List.of();
        if (!typed.isEmpty()) {
            TermLookup lookup = TermLookup.of(searcher, typed, synonyms);
            Map<Integer, QueryWords.Word> corrections = corrections(typed, lookup, Corrections::automaticEdits);
            if (!corrections.isEmpty()) {
                words = typed.replacing(corrections);
                lookup = TermLookup.of(searcher, words, synonyms);
                searchedFor = Optional.of(words.text());
            }
            ladder = TextQueries.ladder(words, lookup, synonyms);
        }
        boolean byScore = !ladder.isEmpty() && query.sort() == SortOrder.RELEVANCE;
        long offset = (long) query.page() * query.size();
        int indexed = searcher.getIndexReader().numDocs();
        long window = byScore ? (long) query.size() * GROUP_WINDOW : 0;
        // the page's hits and all those ranked before them (and, when grouping, the first page's window): never more than the index holds
        TopHits top = offset < indexed ? new TopHits((int) Math.min(window + offset + query.size(), indexed)) : null;

        MatchCollector pass = null;
        if (ladder.isEmpty()) {
            pass = pass(null, filters, query, top, byScore);
        }
        else {
            for (Query text : ladder) {
                pass = pass(text, filters, query, top, byScore);
                if (pass.total > 0) {
                    break;
                }
            }
        }
        Optional<String> didYouMean = Optional.empty();
        if (pass.total == 0 && !typed.isEmpty()) {
            Map<Integer, QueryWords.Word> suggestion = corrections(typed, TermLookup.of(searcher, typed, synonyms), Corrections::suggestionEdits);
            String searched = words.text();
            didYouMean = Optional.of(typed.replacing(suggestion).text()).filter(text -> !suggestion.isEmpty() && !text.equals(searched));
        }
        List<Facet> facets = query.withFacets() ? FacetAssembler.facets(pass, dictionary) : List.of();
        if (top == null) {
            return new SearchResult(List.of(), pass.total, query.page(), query.size(), facets, searchedFor, didYouMean, Map.of(), 0, List.of());
        }
        long[] ranked = top.drain(0, top.size());
        if (!byScore) {
            List<SearchDocument> items = load(Arrays.copyOfRange(ranked, (int) Math.min(offset, ranked.length),
                    (int) Math.min(offset + query.size(), ranked.length)));
            return new SearchResult(items, pass.total, query.page(), query.size(), facets, searchedFor, didYouMean, Map.of(), 0, List.of());
        }
        Query broadest = words.words().size() > 1 ? ladder.get(ladder.size() - 1) : null;
        return grouped(query, withRelated, broadest, ranked, (int) Math.min(window, ranked.length), pass.total, facets, searchedFor, didYouMean);
    }

    /**
     * The listing by relevance: the first page lists the first {@code size} distinct products of the window's hits,
     * each with the identical products of other shops folded under it; later pages go on with the other hits, in
     * order, without those folded.
     */
    private SearchResult grouped(SearchQuery query, boolean withRelated, Query broadest, long[] ranked, int window, long total, List<Facet> facets,
                                 Optional<String> searchedFor, Optional<String> didYouMean) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // groups by same-product key; a product of a shop already in its group (a shop selling two identical
        // products) is listed on its own, under a key of its own
        Map<Long, List<Long>> groups = new LinkedHashMap<>();
        Map<Long, Set<Integer>> shopsOfGroup = new HashMap<>();
        for (int i = 0; i < window; i++) {
            SegmentColumns segment = columns.columns(leaves.get((int) (ranked[i] >>> 32)).reader());
            int doc = (int) ranked[i];
            long key = segment.sameProduct[doc];
            List<Long> group = groups.get(key);
            if (group != null && shopsOfGroup.get(key).contains(segment.merchants[doc])) {
                key = ~ranked[i];
                group = null;
            }
            if (group == null) {
                if (groups.size() == query.size()) {
                    continue;
                }
                group = new ArrayList<>(2);
                groups.put(key, group);
                shopsOfGroup.put(key, new HashSet<>());
            }
            group.add(ranked[i]);
            shopsOfGroup.get(key).add(segment.merchants[doc]);
        }
        Set<Long> consumed = new HashSet<>();
        List<Long> listing = new ArrayList<>();
        int foldedCount = 0;
        for (List<Long> group : groups.values()) {
            listing.add(group.get(0));
            consumed.addAll(group);
            foldedCount += group.size() - 1;
        }
        for (long reference : ranked) {
            if (!consumed.contains(reference)) {
                listing.add(reference);
            }
        }
        int from = (int) Math.min((long) query.page() * query.size(), listing.size());
        int to = (int) Math.min((long) from + query.size(), listing.size());
        long[] page = listing.subList(from, to).stream().mapToLong(Long::longValue).toArray();
        List<SearchDocument> items = load(page);
        Map<ProductId, List<SearchDocument>> elsewhere = new HashMap<>();
        List<SearchDocument> related = List.of();
        if (withRelated && query.page() == 0 && listing.size() < query.size() && total == ranked.length) {
            Set<Long> listedKeys = new HashSet<>();
            for (long reference : listing) {
                listedKeys.add(sameProductKey(leaves, reference));
            }
            related = load(related(query, broadest, leaves, page, listedKeys, query.size() - listing.size()));
        }
        if (query.page() == 0) {
            for (List<Long> group : groups.values()) {
                if (group.size() > 1) {
                    List<SearchDocument> members = load(group.stream().mapToLong(Long::longValue).toArray());
                    elsewhere.put(members.get(0).productId(), members.subList(1, members.size()));
                }
            }
        }
        return new SearchResult(items, total, query.page(), query.size(), facets, searchedFor, didYouMean, elsewhere, foldedCount, related);
    }

    /**
     * Up to {@code wanted} distinct products of the listed products' categories that are not listed (every match is
     * listed when this is called), passing the filters: first those matching some of the words when there are
     * several, best first; then the others, the first listed product's category first, newest first within one.
     */
    private long[] related(SearchQuery query, Query broadest, List<LeafReaderContext> leaves, long[] listed,
                           Set<Long> listedKeys, int wanted) throws IOException {
        List<Integer> categories = new ArrayList<>();
        Set<CategoryId> categoryIds = new LinkedHashSet<>();
        for (long reference : listed) {
            int category = dictionary.placementCategory()[columns.columns(leaves.get((int) (reference >>> 32)).reader()).placements[(int) reference]];
            if (!categories.contains(category)) {
                categories.add(category);
                categoryIds.add(new CategoryId(Long.parseLong(dictionary.categories().values[category])));
            }
        }
        SearchQuery inCategories = query.withCategories(categoryIds).withFacets(false);
        FilterPlan filters = FilterPlan.of(inCategories, dictionary);
        Set<Long> keys = new HashSet<>(listedKeys);
        long[] chosen = new long[wanted];
        int count = 0;
        if (broadest != null) {
            TopHits some = new TopHits(Math.min(searcher.getIndexReader().numDocs(), wanted + listed.length * GROUP_WINDOW + 1));
            pass(broadest, filters, inCategories, some, true);
            for (long reference : some.drain(0, some.size())) {
                if (count < wanted && keys.add(sameProductKey(leaves, reference))) {
                    chosen[count++] = reference;
                }
            }
        }
        List<long[]> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            SegmentColumns segment = columns.columns(leaf.reader());
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc) || !filters.accepts(segment, doc)) {
                    continue;
                }
                int order = categories.indexOf(dictionary.placementCategory()[segment.placements[doc]]);
                if (order >= 0) {
                    candidates.add(new long[] {order, ~segment.createdAt[doc], segment.productIds[doc], ((long) leaf.ord << 32) | doc,
                            segment.sameProduct[doc]});
                }
            }
        }
        candidates.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]).thenComparingLong(c -> c[2]));
        for (long[] candidate : candidates) {
            if (count == wanted) {
                break;
            }
            if (keys.add(candidate[4])) {
                chosen[count++] = candidate[3];
            }
        }
        return Arrays.copyOf(chosen, count);
    }

    private long sameProductKey(List<LeafReaderContext> leaves, long reference) throws IOException {
        LeafReaderContext leaf = leaves.get((int) (reference >>> 32));
        return columns.columns(leaf.reader()).sameProduct[(int) reference];
    }

    /**
     * Corrections of the words the index does not hold (nor their synonyms), by position, within the edits allowed;
     * the last word is left alone when some word begins with it.
     */
    private Map<Integer, QueryWords.Word> corrections(QueryWords words, TermLookup lookup, IntUnaryOperator allowedEdits) throws IOException {
        Map<Integer, QueryWords.Word> corrections = new HashMap<>();
        List<QueryWords.Word> list = words.words();
        for (int i = 0; i < list.size(); i++) {
            QueryWords.Word word = list.get(i);
            if (lookup.exists(word.stem(), synonyms)) {
                continue;
            }
            if (i == list.size() - 1 && words.hasPrefix() && lookup.prefixExists(words.prefix())) {
                continue; // perhaps a word being typed: completing it beats correcting it ("chaus" is not "chaux")
            }
            Optional<String> closest = Corrections.closest(searcher.getIndexReader(), word.folded(), allowedEdits.applyAsInt(word.folded().length()));
            if (closest.isPresent()) {
                String corrected = closest.get();
                corrections.put(i, new QueryWords.Word(FrenchTextAnalysis.stem(corrected), corrected, corrected, word.start(), word.end()));
            }
        }
        return corrections;
    }

    private MatchCollector pass(Query text, FilterPlan filters, SearchQuery query, TopHits top, boolean byScore) throws IOException {
        MatchCollector collector = new MatchCollector(filters, dictionary, query.withFacets(), top, query.sort(), byScore);
        Weight weight = text == null ? null
                : searcher.createWeight(searcher.rewrite(text), byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            collector.setSegment(leaf.ord, columns.columns(leaf.reader()));
            Bits live = leaf.reader().getLiveDocs();
            if (weight == null) {
                int maxDoc = leaf.reader().maxDoc();
                for (int doc = 0; doc < maxDoc; doc++) {
                    if (live == null || live.get(doc)) {
                        collector.collect(doc);
                    }
                }
            }
            else if (leaf.reader().maxDoc() >= BULK_SCORING_MIN_DOCS) {
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer != null) {
                    scorer.score(collector, live);
                }
            }
            else {
                iterate(weight.scorer(leaf), live, collector);
            }
        }
        return collector;
    }

    /** Visits the scorer's matches one by one, as Lucene's default bulk scorer does. */
    private static void iterate(Scorer scorer, Bits live, MatchCollector collector) throws IOException {
        if (scorer == null) {
            return;
        }
        collector.setScorer(scorer);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator matches = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
            if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                collector.collect(doc);
            }
        }
    }

    /** Decodes the hits' documents, visiting each segment's column in doc id order as its iterator requires. */
    private List<SearchDocument> load(long[] references) throws IOException {
        int[] order = new int[references.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 1; i < order.length; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && references[order[j]] > references[current]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SearchDocument[] hits = new SearchDocument[references.length];
        BinaryDocValues encoded = null;
        IndexReader.CacheKey core = null;
        int segment = -1;
        for (int index : order) {
            int hitSegment = (int) (references[index] >>> 32);
            int doc = (int) references[index];
            if (hitSegment != segment) {
                segment = hitSegment;
                LeafReader reader = leaves.get(segment).reader();
                encoded = DocValues.getBinary(reader, IndexFields.DOCUMENT);
                IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
                core = helper == null ? null : helper.getKey();
            }
            SearchDocument hit = core == null ? null : documents.get(core, doc);
            if (hit == null) {
                if (!encoded.advanceExact(doc)) {
                    throw new IllegalStateException("indexed product without its document: segment " + segment + ", doc " + doc);
                }
                hit = DocumentCodec.decode(encoded.binaryValue());
                if (core != null) {
                    documents.put(core, doc, hit);
                }
            }
            hits[index] = hit;
        }
        return Arrays.asList(hits);
    }
}
