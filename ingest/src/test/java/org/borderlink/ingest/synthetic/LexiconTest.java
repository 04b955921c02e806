package org.borderlink.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.ingest.normalise.CountryNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconTest {

    private static final CountryNormaliser COUNTRIES = new CountryNormaliser();

    static Stream<Arguments> words() {
        return Lexicon.countries().stream()
                .sorted()
                .flatMap(iso -> Stream.concat(Lexicon.allWords(iso).stream(), Stream.of(Lexicon.iso3(iso)))
                        .distinct()
                        .map(word -> Arguments.of(word, iso)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("words")
    void everyCountryWordIsUnderstood(String word, String iso) {
        assertThat(COUNTRIES.find(word)).contains(CountryCode.of(iso));
    }
}
