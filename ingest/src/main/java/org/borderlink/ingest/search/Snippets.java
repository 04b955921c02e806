package org.borderlink.ingest.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Highlighted snippets: the words of a stored text whose analysed forms are among the query's terms are wrapped in
 * {@code <mark>…</mark>}; everything else is HTML-escaped. The text is analysed again with the analyzer of its
 * field, so a word matched in another script or spelling ({@code Џавад} for a query {@code Jawad}) is marked where
 * it is written.
 */
final class Snippets {

    private static final int CONTEXT_BEFORE = 60;

    private Snippets() {}

    /** The whole text, marked. */
    static String mark(Analyzer analyzer, String field, String text, Set<String> terms) {
        return window(analyzer, field, text, terms, Integer.MAX_VALUE);
    }

    /** At most about {@code maxChars} of the text around its first matched word, marked; ellipses where cut. */
    static String window(Analyzer analyzer, String field, String text, Set<String> terms, int maxChars) {
        List<AnalyzedText.Word> matched = AnalyzedText.of(analyzer, field, text).words().stream()
                .filter(w -> w.terms().stream().anyMatch(terms::contains))
                .toList();
        int from = 0;
        int to = text.length();
        if (text.length() > maxChars) {
            int first = matched.isEmpty() ? 0 : matched.getFirst().start();
            from = first <= CONTEXT_BEFORE ? 0 : wordStart(text, first - CONTEXT_BEFORE);
            to = Math.min(text.length(), wordEnd(text, from + maxChars));
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) out.append('…');
        int at = from;
        for (AnalyzedText.Word word : matched) {
            if (word.start() < at || word.end() > to) continue;
            escape(text.substring(at, word.start()), out);
            out.append("<mark>");
            escape(text.substring(word.start(), word.end()), out);
            out.append("</mark>");
            at = word.end();
        }
        escape(text.substring(at, to), out);
        if (to < text.length()) out.append('…');
        return out.toString();
    }

    private static int wordStart(String text, int at) {
        int i = Math.max(0, at);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = Math.min(text.length(), at);
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
