package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SearchSuggestions;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * The default {@link SearchIndex}: an in-process Apache Lucene index with French analysis.
 *
 * <h2>Matching</h2>
 * Search text is analysed as French (see {@link FrenchTextAnalysis}): case, accents and elided articles do not
 * matter ({@code cafe} finds "Café moulu", {@code huile} finds "L'huile d'olive"), plurals and light inflections are
 * stemmed ({@code chaussure} finds "Chaussures de marche"), stop words are ignored. Words are looked for in the
 * product's name (which weighs most), category, keywords and commune, and description, and the shop's name as a whole;
 * the word as typed and the name's first word rank first (see {@link TextQueries}). Queries are built from the
 * analysed words, never parsed, so quotes, stars, colons, {@code AND} or a lone {@code -} are plain text; text
 * without any searchable word (punctuation, stop words only) is treated as no text. Text beyond
 * {@value FrenchTextAnalysis#MAX_QUERY_CHARS} characters and words beyond
 * {@value FrenchTextAnalysis#MAX_QUERY_WORDS} are ignored.
 *
 * <p>A word the index does not hold, nor any of its {@link Synonyms}, is first read as the closest word of the index
 * ({@link Corrections}: one edit from five letters, two from eight), and the result says what was searched instead;
 * a last word that begins some word is left to be completed instead. Every word must then match, for precision.
 * When that finds nothing with the query's filters, the last word is also taken as the beginning of a word
 * ({@code chaus} finds "chaussures": search as you type); when that still finds nothing, any word may match, products
 * matching more of them first, so that a long query never ends on an empty page; when nothing matches at all, a
 * looser correction is offered as "did you mean". Facet counts always describe the step whose results are returned.
 *
 * <p>By relevance, the first page lists identical products of several shops once (a hash of the folded name and the
 * category, {@link DocumentMapper#sameProductKey}, in a column), the others folded under it; a first page that lists
 * fewer products than it holds is followed by related products of the same categories.
 *
 * <h2>Serving</h2>
 * Hits and facets never read stored fields. Each document carries its facet values as dense slot numbers (see
 * {@link FacetDictionary}) and its sort keys in numeric doc values, loaded once per segment into arrays
 * ({@link SegmentColumns}); one pass over the text's matches filters, counts (drill sideways: a document failing
 * exactly one dimension's filter counts in that dimension only) and keeps the page's best hits in a primitive heap
 * ({@link MatchCollector}). The page's documents are then decoded from a binary doc-values column
 * ({@link DocumentCodec}), memory-mapped, so the Java heap holds only the columns: about 40 bytes per product
 * (40 MB for a million), plus Lucene's indexing buffer while writing. Two bounded caches spare repeated work:
 * decoded documents by segment and doc id ({@link DocumentCache}, never stale since segments never change) and
 * whole results of the current index version ({@link ResultCache}, void after any write); a search they miss stays
 * fast.
 *
 * <h2>Writing</h2>
 * Writes are serialised; searches run concurrently and see a write when its call returns (near-real-time reopen,
 * no commit: the index is rebuilt from the database at every start, so it never needs to survive a restart).
 * {@link #replaceAll} streams documents as a new generation next to the current one and swaps them at the end, so
 * searches see the old content until the new one is complete, and keep it if the stream fails. It indexes on helper
 * threads as well as the caller's ({@link BulkIndexer}), so that reading the stream and analysing overlap.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** Indexing buffer: large enough for fast bulk loads, small enough for a modest heap. */
    private static final double RAM_BUFFER_MB = 32;
    /** Decoded documents kept for popular pages: the whole demo catalogue, about 10 MB at most. */
    private static final int DOCUMENT_CACHE_SIZE = 8_192;
    /** Documents per batch of {@link #replaceAll}'s loader threads. */
    private static final int LOAD_BATCH = 256;

    private final Directory directory;
    private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();
    private final FacetDictionary dictionary = new FacetDictionary();
    private final DocumentMapper mapper = new DocumentMapper(dictionary);
    private final ColumnCache columns = new ColumnCache();
    private final DocumentCache documents = new DocumentCache(DOCUMENT_CACHE_SIZE);
    private final ResultCache results;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Tuning tuning;
    private final Synonyms synonyms;
    /** The generation of the current documents; guarded by {@link #writeLock}. */
    private long generation = 1;
    private volatile boolean closed;

    /**
     * Settings with a sensible default, open for tests and measurements.
     *
     * @param resultCacheSize results kept for the current index version (0: none)
     * @param loaderThreads helper threads of {@link #replaceAll}
     * @param parallelLoadFrom number of documents of a {@link #replaceAll} stream after which helpers start
     */
    record Tuning(int resultCacheSize, int loaderThreads, long parallelLoadFrom) {
        static final Tuning DEFAULT = new Tuning(512, BulkIndexer.helpersForThisMachine(), 50_000);

        Tuning withResultCacheSize(int size) {
            return new Tuning(size, loaderThreads, parallelLoadFrom);
        }

        Tuning withLoaderThreads(int threads, long from) {
            return new Tuning(resultCacheSize, threads, from);
        }
    }

    private LuceneSearchIndex(Directory directory, Tuning tuning, Synonyms synonyms) throws IOException {
        this.directory = directory;
        this.tuning = tuning;
        this.synonyms = synonyms;
        this.results = new ResultCache(tuning.resultCacheSize());
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMaxFullFlushMergeWaitMillis(0);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, true, false, new ColumnLoadingSearcherFactory(columns));
    }

    /**
     * An index in this directory, memory-mapped; whatever the directory held is discarded. The caller owns the
     * directory (a private temporary one, since the index is rebuilt at every start) and deletes it after
     * {@link #close()}.
     */
    public static LuceneSearchIndex open(Path directory) {
        return open(directory, Synonyms.none());
    }

    /** As {@link #open(Path)}, with the territory's synonyms. */
    public static LuceneSearchIndex open(Path directory, Synonyms synonyms) {
        return open(directory, Tuning.DEFAULT, synonyms);
    }

    static LuceneSearchIndex open(Path directory, Tuning tuning) {
        return open(directory, tuning, Synonyms.none());
    }

    static LuceneSearchIndex open(Path directory, Tuning tuning, Synonyms synonyms) {
        requireNonNull(directory, "directory is null");
        requireNonNull(synonyms, "synonyms is null");
        try {
            Files.createDirectories(directory);
            return create(new MMapDirectory(directory), tuning, synonyms);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + directory, e);
        }
    }

    /** An index held on the Java heap, for tests and small catalogues. */
    public static LuceneSearchIndex inMemory() {
        return inMemory(Synonyms.none());
    }

    /** As {@link #inMemory()}, with the territory's synonyms. */
    public static LuceneSearchIndex inMemory(Synonyms synonyms) {
        return inMemory(Tuning.DEFAULT, synonyms);
    }

    static LuceneSearchIndex inMemory(Tuning tuning) {
        return inMemory(tuning, Synonyms.none());
    }

    static LuceneSearchIndex inMemory(Tuning tuning, Synonyms synonyms) {
        requireNonNull(synonyms, "synonyms is null");
        try {
            return create(new ByteBuffersDirectory(), tuning, synonyms);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create an in-memory search index", e);
        }
    }

    private static LuceneSearchIndex create(Directory directory, Tuning tuning, Synonyms synonyms) throws IOException {
        try {
            return new LuceneSearchIndex(directory, tuning, synonyms);
        }
        catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    @Override
    public void replaceAll(Iterator<SearchDocument> documents) {
        requireNonNull(documents, "documents is null");
        writeLock.lock();
        try {
            ensureOpen();
            long next = generation + 1;
            try {
                try (BulkIndexer bulk = new BulkIndexer(writer, tuning.loaderThreads(), LOAD_BATCH, tuning.parallelLoadFrom())) {
                    PositiveLongSet seen = new PositiveLongSet();
                    while (documents.hasNext()) {
                        SearchDocument document = requireNonNull(documents.next(), "a document is null");
                        Document mapped = mapper.map(document, next);
                        if (seen.add(document.productId().value())) {
                            bulk.add(mapped);
                        }
                        else {
                            // a repeated product: the last one wins, as with upsert
                            bulk.await();
                            writer.updateDocuments(inGeneration(document.productId(), next), List.of(mapped));
                        }
                    }
                    bulk.await();
                }
                writer.deleteDocuments(LongPoint.newRangeQuery(IndexFields.GENERATION, Long.MIN_VALUE, next - 1));
                generation = next;
            }
            catch (Throwable failure) {
                try {
                    writer.deleteDocuments(LongPoint.newExactQuery(IndexFields.GENERATION, next));
                }
                catch (IOException | RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                }
                throw failure;
            }
            finally {
                publish();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
        finally {
            writeLock.unlock();
        }
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        List<SearchDocument> batch = List.copyOf(requireNonNull(documents, "documents is null"));
        if (batch.isEmpty()) {
            return;
        }
        writeLock.lock();
        try {
            ensureOpen();
            try {
                for (SearchDocument document : batch) {
                    writer.updateDocument(DocumentMapper.idTerm(document.productId()), mapper.map(document, generation));
                }
            }
            finally {
                publish();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
        finally {
            writeLock.unlock();
        }
    }

    @Override
    public void remove(Collection<ProductId> products) {
        List<ProductId> ids = List.copyOf(requireNonNull(products, "products is null"));
        if (ids.isEmpty()) {
            return;
        }
        writeLock.lock();
        try {
            ensureOpen();
            writer.deleteDocuments(ids.stream().map(DocumentMapper::idTerm).toArray(Term[]::new));
            publish();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot remove products from the search index", e);
        }
        finally {
            writeLock.unlock();
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return search(query, true);
    }

    /** A search, with or without the related products of a short first page (suggestions need none). */
    private SearchResult search(SearchQuery query, boolean withRelated) {
        requireNonNull(query, "query is null");
        QueryWords words = analysis.words(query.text());
        ResultCache.Key key = ResultCache.Key.of(words, query, withRelated);
        IndexSearcher searcher = acquire();
        try {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            SearchResult result = results.get(version, key);
            if (result == null) {
                // after the searcher: the dictionary then knows every slot the searcher's segments hold
                result = new SearchRun(searcher, columns, documents, dictionary.snapshot(), synonyms).run(query, words, withRelated);
                results.put(version, key, result);
            }
            return result;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
        finally {
            release(searcher);
        }
    }

    @Override
    public SearchSuggestions suggest(String text, int limit) {
        requireNonNull(text, "text is null");
        ensureOpen();
        return Suggester.suggest(text, limit, analysis.words(text), query -> search(query, false), dictionary.snapshot());
    }

    @Override
    public long size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        }
        finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            Closeable rollback = writer::rollback;
            IOUtils.close(searchers, rollback, analysis, directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
        finally {
            writeLock.unlock();
        }
    }

    /** Makes the writer's changes and the dictionary visible to searches, dictionary first. */
    private void publish() throws IOException {
        dictionary.publish();
        searchers.maybeRefreshBlocking();
    }

    private static Query inGeneration(ProductId product, long generationNumber) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(DocumentMapper.idTerm(product)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newExactQuery(IndexFields.GENERATION, generationNumber), BooleanClause.Occur.FILTER)
                .build();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
    }

    private IndexSearcher acquire() {
        ensureOpen();
        try {
            return searchers.acquire();
        }
        catch (AlreadyClosedException e) {
            throw new IllegalStateException("the search index is closed", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the columns of new segments while the searcher is opened, on the writer's thread, not on a search's. */
    private static final class ColumnLoadingSearcherFactory extends SearcherFactory {
        private final ColumnCache columns;

        ColumnLoadingSearcherFactory(ColumnCache columns) {
            this.columns = columns;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            for (LeafReaderContext leaf : reader.leaves()) {
                columns.columns(leaf.reader());
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    }
}
