package org.borderlink.ingest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.borderlink.ingest.search.analysis.NameFoldingFilter;
import org.borderlink.ingest.search.analysis.ScriptToLatinFilter;

/**
 * Report narratives, whatever their language and script: words in Latin script and folded as names are
 * ({@link ScriptToLatinFilter}, {@link NameFoldingFilter}), so {@code Шид}, {@code Šid} and {@code Sid} are one term
 * and a Cyrillic query finds a Latin narrative and the reverse. No stemming: the narratives are in six languages and
 * a stemmer for one would mangle the others; a query for the inflected form a report uses ({@code Šidu}) still needs
 * that form.
 */
public final class NarrativeAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ScriptToLatinFilter(stream, false);
        stream = new NameFoldingFilter(stream, false, true);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
