package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A name read back from {@link NameChains#folded} into the parts a person's name is compared by: one part per
 * name word, a compound (Abdul Rahman, Habib Ullah) one part, particles set aside.
 *
 * @param parts the name's parts in written order
 * @param particles the particles set aside ({@code al}, {@code bin}), for the explanation
 */
record NameParts(List<Part> parts, List<String> particles) {

    /**
     * One part of a name.
     *
     * @param forms the folded forms that count as the part itself, canonical first: {@code abdulrahman},
     *     {@code abdurahman}; {@code jorje}, {@code dorde}
     * @param cores names inside a compound, which match it less well: {@code rahman}, {@code habib}
     * @param initial true if the part is an initial ({@code forms} is then its one letter)
     */
    record Part(List<String> forms, List<String> cores, boolean initial) {

        /** The canonical folded form. */
        String key() {
            return forms.getFirst();
        }
    }

    private record Token(String term, String type, int positionLength) {}

    /** Reads {@code name} with {@code analyzer}, whose chain must be {@link NameChains#folded} without preserving. */
    static NameParts read(Analyzer analyzer, String name) {
        List<List<Token>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("name", name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (positions.isEmpty() || posInc.getPositionIncrement() > 0) {
                    positions.add(new ArrayList<>());
                }
                positions.getLast().add(new Token(term.toString(), type.type(), posLen.getPositionLength()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return fromPositions(positions);
    }

    private static NameParts fromPositions(List<List<Token>> positions) {
        List<Part> parts = new ArrayList<>();
        Set<String> particles = new LinkedHashSet<>();
        int i = 0;
        while (i < positions.size()) {
            List<Token> here = positions.get(i);
            Token main = here.getFirst();
            Token compound = here.stream()
                    .filter(t -> t.type().equals(NameTokenTypes.COMPOUND))
                    .findFirst()
                    .orElse(null);
            int span = compound == null ? 1 : Math.max(1, compound.positionLength());
            if (main.type().equals(NameTokenTypes.INITIAL)) {
                parts.add(new Part(List.of(main.term()), List.of(), true));
            } else if (main.type().equals(NameTokenTypes.PARTICLE) && compound == null) {
                particles.add(main.term());
            } else {
                Set<String> forms = new LinkedHashSet<>();
                Set<String> cores = new LinkedHashSet<>();
                if (compound != null) {
                    forms.add(compound.term());
                }
                for (int k = i; k < Math.min(i + span, positions.size()); k++) {
                    List<Token> covered = positions.get(k);
                    for (int t = 0; t < covered.size(); t++) {
                        Token token = covered.get(t);
                        boolean isMain = k == i && t == 0;
                        switch (token.type()) {
                            case NameTokenTypes.VARIANT -> forms.add(token.term());
                            case NameTokenTypes.NAME -> (isMain && span == 1 ? forms : cores).add(token.term());
                            default -> {}
                        }
                    }
                }
                cores.removeAll(forms);
                if (!forms.isEmpty()) {
                    parts.add(new Part(List.copyOf(forms), List.copyOf(cores), false));
                }
            }
            i += span;
        }
        return new NameParts(List.copyOf(parts), List.copyOf(particles));
    }
}
