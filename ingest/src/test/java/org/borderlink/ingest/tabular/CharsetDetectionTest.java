package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encodings the region's exports come in are told apart, and a declared one that does not fit is named. */
class CharsetDetectionTest {

    @ParameterizedTest(name = "{0} written in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Шид;Келебија;Прешево;мигрант;возач | windows-1251",
                "Ѓорѓи Трајковски;Ќосе;Ѕвезда;Гевгелија | windows-1251",
                "Šid;Čačak;Đorđe Ćirić;Žepče | windows-1250",
                "Velika Kladuša;vozač;državljanstvo | windows-1250",
                "Shkodër;çështje;shfrytëzim;viktimë | windows-1250",
                "Шид;Šid;Kelebija | UTF-8",
                "Šid;Čačak | UTF-16LE",
                "Zvornik;Bijeljina | UTF-8",
            })
    void detectsTheEncodingOfShortRegionalText(String text, String encoding) throws TableException {
        Charset charset = Charset.forName(encoding);
        byte[] bytes = text.getBytes(charset);
        if (charset.equals(StandardCharsets.UTF_16LE)) bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);

        CharsetDetection.Decoded decoded = CharsetDetection.decode(bytes, null, "x.csv");

        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.detected()).isTrue();
    }

    @Test
    void detectsTheSamples() throws TableException {
        assertThat(CharsetDetection.decode(Samples.bytes(Samples.SERBIAN), null, "rs")
                        .charset()
                        .name())
                .isEqualTo("windows-1251");
        assertThat(CharsetDetection.decode(Samples.bytes(Samples.BOSNIAN), null, "ba")
                        .charset()
                        .name())
                .isEqualTo("windows-1250");
        CharsetDetection.Decoded mk = CharsetDetection.decode(Samples.bytes(Samples.MACEDONIAN), null, "mk");
        assertThat(mk.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(mk.text())
                .as("the byte order mark is not part of the first header")
                .startsWith("Број на предмет");
    }

    @Test
    void aDeclaredEncodingThatDoesNotFitNamesTheLineAndBytes() {
        byte[] bytes = "Broj;Mjesto\n1;Šid\n".getBytes(Charset.forName("windows-1250"));

        assertThatThrownBy(() -> CharsetDetection.decode(bytes, StandardCharsets.UTF_8, "ba.csv"))
                .isInstanceOf(TableException.class)
                .hasMessage("ba.csv: line 2 is not valid UTF-8 (bytes 8A); the file looks like windows-1250: save it"
                        + " as UTF-8 or declare its encoding in the mapping");
    }

    @Test
    void aDeclaredSingleByteEncodingIsTakenAsDeclared() throws TableException {
        byte[] bytes = "Шид".getBytes(Charset.forName("windows-1251"));

        CharsetDetection.Decoded decoded = CharsetDetection.decode(bytes, Charset.forName("windows-1250"), "x.csv");

        assertThat(decoded.text())
                .as("the mapping said so; the missing headers will tell")
                .isEqualTo("Řčä");
        assertThat(decoded.detected()).isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
