package io.comptoir.engine.core.search.lucene;

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
import java.util.Arrays;
import java.util.List;

/** Runs one {@link SearchQuery} on one searcher: the text ladder, one pass per step, then the page and the facets. */
final class SearchRun {

    /**
     * Segments from this size are scored by Lucene's bulk scorers, faster on many matches; below, matches are
     * iterated one by one, since a bulk scorer's set-up (the disjunction scorer's 2 048-slot window) costs more than
     * a small segment's matches.
     */
    private static final int BULK_SCORING_MIN_DOCS = 65_536;

    private final IndexSearcher searcher;
    private final ColumnCache columns;
    private final DocumentCache documents;
    private final DictionarySnapshot dictionary;

    SearchRun(IndexSearcher searcher, ColumnCache columns, DocumentCache documents, DictionarySnapshot dictionary) {
        this.searcher = searcher;
        this.columns = columns;
        this.documents = documents;
        this.dictionary = dictionary;
    }

    SearchResult run(SearchQuery query, QueryWords words) throws IOException {
        FilterPlan filters = FilterPlan.of(query, dictionary);
        List<Query> ladder = words.isEmpty() ? List.of() : TextQueries.ladder(words, TermLookup.of(searcher, words));
        boolean byScore = !ladder.isEmpty() && query.sort() == SortOrder.RELEVANCE;
        long offset = (long) query.page() * query.size();
        int indexed = searcher.getIndexReader().numDocs();
        // the page's hits and all those ranked before them: never more than the index holds
        TopHits top = offset < indexed ? new TopHits((int) Math.min(offset + query.size(), indexed)) : null;

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
        List<SearchDocument> items = top == null ? List.of() : load(top.drain((int) offset, (int) offset + query.size()));
        return new SearchResult(items, pass.total, query.page(), query.size(),
                query.withFacets() ? FacetAssembler.facets(pass, dictionary) : List.of());
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
