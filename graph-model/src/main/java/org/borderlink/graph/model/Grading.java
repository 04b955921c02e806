package org.borderlink.graph.model;

import java.util.Locale;

/**
 * Europol 4×4 evaluation: source reliability (A no doubt, B mostly reliable, C mostly unreliable, X cannot
 * be assessed) and information credibility (1 not in doubt … 4 not known personally and not corroborated).
 */
public record Grading(Source source, Information information) {

    public enum Source {
        A,
        B,
        C,
        X
    }

    public enum Information {
        ONE(1),
        TWO(2),
        THREE(3),
        FOUR(4);

        private final int digit;

        Information(int digit) {
            this.digit = digit;
        }

        public int digit() {
            return digit;
        }

        static Information of(char c) {
            for (Information i : values()) {
                if (i.digit == c - '0') return i;
            }
            throw new IllegalArgumentException("information credibility must be 1–4, was '" + c + "'");
        }
    }

    /** Parses the usual two-character code, e.g. {@code B2}. */
    public static Grading parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() != 2) {
            throw new IllegalArgumentException(
                    "grading is a letter A/B/C/X and a digit 1–4, e.g. B2; was '" + code + "'");
        }
        Source source;
        try {
            source = Source.valueOf(c.substring(0, 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source reliability must be A, B, C or X; was '" + c.charAt(0) + "'");
        }
        return new Grading(source, Information.of(c.charAt(1)));
    }

    public String code() {
        return source.name() + information.digit();
    }

    @Override
    public String toString() {
        return code();
    }
}
