package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * French text analysis, the same on both sides: words are split by Unicode rules, elided articles dropped
 * ({@code l'huile} is {@code huile}), lower-cased, folded to ASCII ({@code été} is {@code ete}), stop words dropped
 * and plurals and light inflections stemmed ({@code chaussures} and {@code chaussure} are {@code chausur}).
 * Beside these, a product's name is also indexed as written (lower-cased, accents kept, not stemmed), so that the
 * word as typed can rank first ({@code pâtes} prefers "Pâtes" to "Pâté"); its first word alone, stemmed (French names
 * put the thing first: "Café moulu" is coffee, "Éclair au café" an éclair); and every folded word of the name,
 * category and shop unstemmed, the dictionary typos are corrected against.
 *
 * <p>Text is first put in Unicode composed form (NFC), so that an accent typed as a combining mark folds like any
 * other (see {@link #normalized}). Accents are folded before stop words and stemming so that a word typed with or
 * without its accents gives the same term. The stop list is Lucene's French one, folded, minus words that name products: {@code été} (summer),
 * {@code sans} ({@code sans gluten}).
 *
 * <p>Search text is analysed without Lucene's per-thread component cache (server threads may be virtual and
 * short-lived): a small pool of analysers is shared instead.
 */
final class FrenchTextAnalysis implements Closeable {

    /** Shortest and longest word beginnings indexed for search-as-you-type. */
    static final int MIN_PREFIX = 3;
    static final int MAX_PREFIX = 20;
    /** Search text beyond this is ignored: no product name is that long and it bounds the work per query. */
    static final int MAX_QUERY_CHARS = 500;
    /** Words beyond this are ignored: it bounds the query's size (Lucene caps boolean clauses). */
    static final int MAX_QUERY_WORDS = 16;

    private static final CharArraySet STOP_WORDS = foldedStopWords();
    private static final int POOL_SIZE = 64;

    private final Analyzer textAnalyzer = new TextAnalyzer();
    private final Analyzer prefixAnalyzer = new PrefixAnalyzer();
    private final Analyzer exactAnalyzer = new ExactAnalyzer();
    private final Analyzer headAnalyzer = new HeadAnalyzer();
    private final Analyzer wordsAnalyzer = new WordsAnalyzer();
    private final Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(textAnalyzer, Map.of(IndexFields.PREFIX, prefixAnalyzer,
            IndexFields.NAME_EXACT, exactAnalyzer, IndexFields.NAME_HEAD, headAnalyzer, IndexFields.WORDS, wordsAnalyzer));
    private final BlockingQueue<QueryWordReader> readers = new ArrayBlockingQueue<>(POOL_SIZE);

    /** The analyser of indexed fields. */
    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /**
     * Text as analysis expects it: in composed form (NFC), and with colons as spaces, since Unicode word rules keep
     * {@code a:b} as one word (Swedish abbreviations) where French means two ({@code Taille:42}).
     */
    static String normalized(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.replace(':', ' ');
    }

    /** The words of a shopper's search text, as index terms. */
    QueryWords words(String text) {
        QueryWordReader reader = readers.poll();
        if (reader == null) {
            reader = new QueryWordReader();
        }
        try {
            return reader.read(text);
        }
        finally {
            if (!readers.offer(reader)) {
                reader.close();
            }
        }
    }

    @Override
    public void close() {
        indexAnalyzer.close();
        textAnalyzer.close();
        prefixAnalyzer.close();
        exactAnalyzer.close();
        headAnalyzer.close();
        wordsAnalyzer.close();
        QueryWordReader reader;
        while ((reader = readers.poll()) != null) {
            reader.close();
        }
    }

    private static CharArraySet foldedStopWords() {
        Set<String> kept = Set.of("ete", "sans");
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            String foldedWord = fold(new String((char[]) word));
            if (!kept.contains(foldedWord)) {
                folded.add(foldedWord);
            }
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    /** The stem of a folded word, as the text fields hold it. */
    static String stem(String folded) {
        char[] buffer = folded.toCharArray();
        return new String(buffer, 0, new FrenchLightStemmer().stem(buffer, buffer.length));
    }

    static String fold(String word) {
        char[] input = word.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** Tokenizer, elision, lower case and ASCII folding: the steps shared by every field and by search text. */
    private static TokenStream foldedWords(Tokenizer tokenizer) {
        return new ASCIIFoldingFilter(exactWords(tokenizer));
    }

    /** Tokenizer, elision and lower case: words as written. */
    private static TokenStream exactWords(Tokenizer tokenizer) {
        return new LowerCaseFilter(new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));
    }

    /** Full-text fields: folded words without stop words, stemmed. */
    private static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new StopFilter(foldedWords(tokenizer), STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new FrenchLightStemFilter(stream));
        }
    }

    /** A name as written: words lower-cased, elided articles dropped, accents kept, nothing stemmed. */
    private static final class ExactAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, exactWords(tokenizer));
        }
    }

    /** The first word of a name that is not a stop word, stemmed as in {@link TextAnalyzer}. */
    private static final class HeadAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new FrenchLightStemFilter(new StopFilter(foldedWords(tokenizer), STOP_WORDS));
            return new TokenStreamComponents(tokenizer, new LimitTokenCountFilter(stream, 1));
        }
    }

    /** Folded words, unstemmed, stop words kept out: the words typos are corrected to. */
    private static final class WordsAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new StopFilter(foldedWords(tokenizer), STOP_WORDS));
        }
    }

    /** The search-as-you-type field: every beginning of every folded word ({@code cha}, {@code chau}, ...). */
    private static final class PrefixAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(foldedWords(tokenizer), MIN_PREFIX, MAX_PREFIX, false));
        }
    }

    /** Words as written; folding, stop words and stems are applied by {@link QueryWordReader}, as {@link TextAnalyzer} does. */
    private static final class QueryAnalyzer extends Analyzer {
        QueryAnalyzer() {
            super(new OwnComponents());
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, exactWords(tokenizer));
        }
    }

    /** Keeps the analyser's components in the analyser itself; the analyser is then used by one thread at a time. */
    private static final class OwnComponents extends Analyzer.ReuseStrategy {
        private Analyzer.TokenStreamComponents components;

        @Override
        public Analyzer.TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return components;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, Analyzer.TokenStreamComponents components) {
            this.components = components;
        }
    }

    /** Turns search text into {@link QueryWords}, mirroring the index's analysers. Not thread-safe. */
    private static final class QueryWordReader implements AutoCloseable {
        private final Analyzer analyzer = new QueryAnalyzer();
        private final FrenchLightStemmer stemmer = new FrenchLightStemmer();
        private char[] folded = new char[256];

        QueryWords read(String text) {
            String bounded = normalized(bound(text));
            List<QueryWords.Word> words = new ArrayList<>();
            String lastWord = null;
            try (TokenStream stream = analyzer.tokenStream("q", bounded)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                int count = 0;
                while (stream.incrementToken() && count < MAX_QUERY_WORDS) {
                    count++;
                    int length = term.length();
                    if (folded.length < length * 4) {
                        folded = new char[length * 4];
                    }
                    int foldedLength = ASCIIFoldingFilter.foldToASCII(term.buffer(), 0, folded, 0, length);
                    boolean stopWord = STOP_WORDS.contains(folded, 0, foldedLength);
                    String foldedWord = new String(folded, 0, foldedLength);
                    lastWord = stopWord ? null : foldedWord;
                    if (stopWord) {
                        continue;
                    }
                    String stem = new String(folded, 0, stemmer.stem(folded, foldedLength));
                    QueryWords.Word word = new QueryWords.Word(stem, term.toString(), foldedWord, offsets.startOffset(), offsets.endOffset());
                    words.removeIf(earlier -> earlier.stem().equals(stem));
                    words.add(word);
                }
                stream.end();
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot analyse search text", e);
            }
            String prefix = lastWord != null && lastWord.length() >= MIN_PREFIX && lastWord.length() <= MAX_PREFIX ? lastWord : null;
            return new QueryWords(bounded, words, prefix);
        }

        private static String bound(String text) {
            if (text.length() <= MAX_QUERY_CHARS) {
                return text;
            }
            int end = MAX_QUERY_CHARS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }

        @Override
        public void close() {
            analyzer.close();
        }
    }
}
