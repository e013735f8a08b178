package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed words of texts that thousands of products share (a shop's name, a category's, a commune's, a trade),
 * analysed once per field and replayed for each product, rather than analysed again for every one: on a million
 * products of 2 000 shops, most of a build's analysis. A replay gives each word with its position increment: the
 * index keeps no positions, but a field's length for scoring leaves out words at the same position (the word
 * beginnings of the prefix field), so the scores are the same as with the text analysed. Used by the writer's thread.
 */
final class RepeatedTexts {
    /** Texts remembered at most; the memory is emptied when full. */
    private static final int REMEMBERED = 50_000;

    private final Analyzer analyzer;
    private final Map<String, Words> terms = new ConcurrentHashMap<>();

    /** Analysed words and their position increments. */
    private record Words(String[] terms, int[] increments) {
    }

    RepeatedTexts(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words of {@code text} as the field's analyzer makes them, as a stream for one document. */
    TokenStream tokens(String field, String text) {
        String key = field + '\u0000' + text;
        Words known = terms.get(key);
        if (known == null) {
            known = analyse(field, text);
            if (terms.size() >= REMEMBERED) {
                terms.clear();
            }
            terms.put(key, known);
        }
        return new Replay(known);
    }

    private Words analyse(String field, String text) {
        List<String> words = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(words.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The remembered words, one token each. */
    private static final class Replay extends TokenStream {
        private final Words words;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        Replay(Words words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(words.terms()[next]);
            increment.setPositionIncrement(words.increments()[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
