package org.borderlink.ingest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Text run through an index analyzer, word by word: the terms stacked at each position, with their offsets. */
record AnalyzedText(List<Word> words) {

    /** The terms one written word became (its forms stacked at one position), and where it was written. */
    record Word(Set<String> terms, int start, int end) {}

    static AnalyzedText of(Analyzer analyzer, String field, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            Word current = null;
            while (stream.incrementToken()) {
                if (current == null || increment.getPositionIncrement() > 0) {
                    current = new Word(new LinkedHashSet<>(), offset.startOffset(), offset.endOffset());
                    words.add(current);
                }
                current.terms().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return new AnalyzedText(List.copyOf(words));
    }

    /** Every term of every word. */
    Set<String> terms() {
        Set<String> all = new LinkedHashSet<>();
        words.forEach(w -> all.addAll(w.terms()));
        return all;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
