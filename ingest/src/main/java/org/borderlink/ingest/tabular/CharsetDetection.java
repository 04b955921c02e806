package org.borderlink.ingest.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of a text export: declared by the mapping, or detected among those the region's exports come in.
 *
 * <p>Detection, in order: a byte order mark (UTF-8, UTF-16 LE/BE, as Excel's "Unicode text" writes); text that is
 * valid UTF-8 is UTF-8 (ASCII included); otherwise Windows-1250 (Latin: Bosnian, Croatian, Serbian Latin,
 * Albanian) or Windows-1251 (Cyrillic: Serbian, Macedonian), whichever reads more like words of one script. A
 * Windows-1250 file read as 1251 puts Cyrillic letters inside Latin words ({@code Šid} → {@code Љid}); a 1251 file
 * read as 1250 gives words made only of accented letters and symbols ({@code Шид} → {@code Řčä}). Those are counted
 * and the lower count wins.
 */
public final class CharsetDetection {

    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final List<Charset> SINGLE_BYTE = List.of(WINDOWS_1250, WINDOWS_1251);

    private CharsetDetection() {}

    /** Text in the encoding it was read with, without its byte order mark. */
    public record Decoded(String text, Charset charset, boolean detected) {}

    /**
     * Decodes {@code bytes} in the {@code declared} encoding (strictly: bytes that do not fit it are an error), or
     * in the detected one when {@code declared} is null.
     *
     * @throws TableException naming the line and bytes that do not fit a declared encoding
     */
    public static Decoded decode(byte[] bytes, @Nullable Charset declared, String source) throws TableException {
        Charset bom = byteOrderMark(bytes);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        if (declared != null) {
            Charset charset = declared;
            if (bom != null && !sameFamily(bom, declared)) {
                throw new TableException(source + ": the file starts with a " + bom.name()
                        + " byte order mark, but the mapping declares " + declared.name()
                        + "; declare encoding: auto or " + bom.name());
            }
            if (bom == null) skip = 0;
            try {
                return new Decoded(strict(charset, bytes, skip), charset, false);
            } catch (CharacterCodingException e) {
                throw new TableException(misfit(source, bytes, skip, charset, e));
            }
        }
        if (bom != null) {
            try {
                return new Decoded(strict(bom, bytes, skip), bom, true);
            } catch (CharacterCodingException e) {
                throw new TableException(misfit(source, bytes, skip, bom, e));
            }
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8, true);
        } catch (CharacterCodingException notUtf8) {
            Charset best = guessSingleByte(bytes);
            return new Decoded(new String(bytes, best), best, true);
        }
    }

    /** Which of Windows-1250 and Windows-1251 reads more like real words; for files that are not UTF-8. */
    public static Charset guessSingleByte(byte[] bytes) {
        Charset best = WINDOWS_1250;
        long bestScore = Long.MAX_VALUE;
        for (Charset candidate : SINGLE_BYTE) {
            long score = oddWords(new String(bytes, candidate));
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Words that no language of the region writes: mixed Latin and Cyrillic, or only accented letters. */
    static long oddWords(String text) {
        long odd = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                if (cp >= 0x80 && !Character.isWhitespace(cp) && Character.getType(cp) == Character.MATH_SYMBOL) odd++;
                i += Character.charCount(cp);
                continue;
            }
            int asciiLatin = 0;
            int otherLatin = 0;
            int cyrillic = 0;
            while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
                else if (cp < 0x80) asciiLatin++;
                else if (script == Character.UnicodeScript.LATIN) otherLatin++;
                i += Character.charCount(cp);
            }
            if (cyrillic > 0 && asciiLatin + otherLatin > 0) odd++;
            if (otherLatin >= 2 && asciiLatin == 0) odd++;
        }
        return odd;
    }

    private static @Nullable Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean sameFamily(Charset bom, Charset declared) {
        return bom.equals(declared)
                || (declared.equals(StandardCharsets.UTF_16) && !bom.equals(StandardCharsets.UTF_8));
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return chars.toString();
    }

    /** "…: line 3 is not valid UTF-8 (bytes D8 E8): the file looks like windows-1251; …". */
    private static String misfit(String source, byte[] bytes, int skip, Charset charset, CharacterCodingException e) {
        int offset = skip;
        int length = 1;
        // The decoder reports where it stopped only through a fresh decode of the prefix: find the first bad byte.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            offset = in.position();
            length = result.length();
        } else if (e instanceof MalformedInputException m) {
            length = m.getInputLength();
        } else if (e instanceof UnmappableCharacterException u) {
            length = u.getInputLength();
        }
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        String hex = HexFormat.ofDelimiter(" ")
                .withUpperCase()
                .formatHex(bytes, offset, Math.min(bytes.length, offset + Math.max(1, length)));
        String looksLike = utf8(bytes) ? "UTF-8" : guessSingleByte(bytes).name();
        return source + ": line " + line + " is not valid " + charset.name() + " (bytes " + hex
                + "); the file looks like " + looksLike
                + ": save it as " + charset.name() + " or declare its encoding in the mapping";
    }

    private static boolean utf8(byte[] bytes) {
        try {
            strict(StandardCharsets.UTF_8, bytes, byteOrderMark(bytes) == null ? 0 : 3);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
