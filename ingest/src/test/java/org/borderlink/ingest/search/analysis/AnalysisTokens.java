package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Runs an analyzer and collects what it emits, in place of lucene-test-framework's {@code BaseTokenStreamTestCase}.
 */
final class AnalysisTokens {

    /** One emitted token. */
    record Token(String term, String type, int positionIncrement, int positionLength, boolean keyword) {}

    private static final Map<String, String> MARKS = Map.of(
            NameTokenTypes.VARIANT, "(v)",
            NameTokenTypes.COMPOUND, "(c)",
            NameTokenTypes.PARTICLE, "(p)",
            NameTokenTypes.INITIAL, "(i)",
            NameTokenTypes.LATIN, "(l)",
            NameTokenTypes.ORIGINAL, "(o)");

    private AnalysisTokens() {}

    /** An analyzer of {@link StandardTokenizer}, {@link LowerCaseFilter} and then {@code filters}. */
    static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }
        };
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(
                        term.toString(),
                        type.type(),
                        posInc.getPositionIncrement(),
                        posLen.getPositionLength(),
                        keyword.isKeyword()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The tokens as one line: positions separated by a space, tokens stacked at one position by {@code /}, a
     * skipped position as {@code _}; the type as a mark after the term ({@code (v)}ariant, {@code (c)}ompound,
     * {@code (p)}article, {@code (i)}nitial, {@code (l)}atin, {@code (o)}riginal; none for names, tokenizer types
     * and {@code ~}phonetic keys) and a position length above 1 as {@code *n}:
     * {@code abdul(p)/abdulrahman(c)*2 rahman}.
     */
    static String describe(Analyzer analyzer, String text) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens(analyzer, text)) {
            if (!out.isEmpty() || token.positionIncrement() > 1) {
                out.append(token.positionIncrement() == 0 ? "/" : " ");
            }
            out.append("_ ".repeat(Math.max(0, token.positionIncrement() - 1)));
            out.append(token.term()).append(MARKS.getOrDefault(token.type(), ""));
            if (token.positionLength() > 1) {
                out.append('*').append(token.positionLength());
            }
        }
        return out.toString().strip();
    }
}
