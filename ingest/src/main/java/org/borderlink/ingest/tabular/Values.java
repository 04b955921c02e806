package org.borderlink.ingest.tabular;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.ingest.normalise.CountryNormaliser;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.normalise.NormalisationException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text of one cell into the value of its {@link Field}: through the column's dictionary first, then by the
 * field's own rules (see {@link Field.Kind}). Countries go through the shared {@link CountryNormaliser}, dates
 * through the mapping's formats or the {@link DateNormaliser}; phone numbers and plates are checked later by the
 * pipeline's own normalisers, whose problems the tabular reader names by cell too. Thread-safe.
 */
public final class Values {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> LANGUAGE_BY_ISO3 = java.util.Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toMap(l -> Locale.of(l).getISO3Language(), l -> l, (a, b) -> a));
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("€", "EUR", "$", "USD", "£", "GBP");
    private static final Pattern AMOUNT =
            Pattern.compile("([€$£]?)\\s*([0-9][0-9 .,'\u00a0\u202f]*)\\s*(\\p{L}{0,12}|[€$£])");

    private final CountryNormaliser countries;
    private final DateNormaliser dates;

    public Values(CountryNormaliser countries, DateNormaliser dates) {
        this.countries = countries;
        this.dates = dates;
    }

    /** With the normalisers every deployment uses. Building the country tables takes a moment: share it. */
    public static Values standard() {
        return new Values(new CountryNormaliser(), new DateNormaliser());
    }

    /** The country {@code text} names, or null. */
    @Nullable
    CountryCode country(String text) {
        return countries.find(text).orElse(null);
    }

    /** An amount of money and its currency, when the cell gives one. */
    public record Amount(BigDecimal value, @Nullable String currency) {}

    /**
     * The value of one item of a cell (list cells are split first).
     *
     * @return a {@link String} (text, choices, phones, plates, languages, currencies), {@link PartialDate},
     *     {@link CountryCode}, {@link Integer}, {@link Double}, {@link Amount}, {@link Boolean} or {@link AgeBand}
     * @throws ValueProblem saying why the text is not a value of the field
     */
    Object convert(Field field, String text, @Nullable Dictionary dictionary, List<DateFormat> formats)
            throws ValueProblem {
        String mapped = dictionary == null ? null : dictionary.lookup(text);
        if (mapped != null) return canonical(field, mapped);
        return switch (field.kind()) {
            case TEXT, PHONE, PLATE -> text;
            case DATE -> date(text, formats);
            case COUNTRY ->
                countries.find(text).orElseThrow(() -> unknown(field, text, dictionary, "a country name or code"));
            case CHOICE -> {
                String choice = field.choice(text);
                if (choice == null) throw unknown(field, text, dictionary, String.join(", ", field.choices()));
                yield choice;
            }
            case INTEGER -> integer(field, text);
            case DECIMAL -> decimal(field, text);
            case MONEY -> amount(field, text);
            case CURRENCY -> {
                String code = currency(text.strip().toUpperCase(Locale.ROOT));
                if (code == null) throw unknown(field, text, dictionary, "an ISO 4217 code such as EUR");
                yield code;
            }
            case BOOLEAN -> {
                Boolean b = bool(text);
                if (b == null) throw unknown(field, text, dictionary, "true, false, yes, no, 1 or 0");
                yield b;
            }
            case AGE -> {
                int years = integer(field, text);
                try {
                    yield AgeBand.ofAge(years);
                } catch (IllegalArgumentException e) {
                    throw new ValueProblem("an age of " + years + " years is out of range");
                }
            }
            case AGE_BAND -> {
                try {
                    yield AgeBand.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ValueProblem(e.getMessage());
                }
            }
            case LANGUAGE -> {
                String code = language(text);
                if (code == null) throw unknown(field, text, dictionary, "an ISO 639-1 code such as sr, sq, mk, bs");
                yield code;
            }
        };
    }

    /**
     * Why a canonical value (a dictionary's right-hand side, a constant) is not a value of {@code field}, or null
     * when it is one. Checked when a mapping is loaded, so a mapping that loads never maps to an impossible value.
     */
    @Nullable
    String checkCanonical(Field field, String value) {
        try {
            canonical(field, value);
            return null;
        } catch (ValueProblem e) {
            return e.getMessage();
        }
    }

    private Object canonical(Field field, String value) throws ValueProblem {
        return switch (field.kind()) {
            case CHOICE -> {
                String choice = field.choice(value);
                if (choice == null) {
                    throw new ValueProblem("'" + value + "' is not a value of " + field.path() + "; expected one of "
                            + String.join(", ", field.choices()));
                }
                yield choice;
            }
            default -> convert(field, value, null, List.of());
        };
    }

    private PartialDate date(String text, List<DateFormat> formats) throws ValueProblem {
        if (formats.isEmpty()) {
            try {
                return dates.parse(text);
            } catch (NormalisationException e) {
                throw new ValueProblem(e.getMessage());
            }
        }
        for (DateFormat format : formats) {
            PartialDate parsed = format.parse(text);
            if (parsed != null) return parsed;
        }
        // ISO is unambiguous, and is what date cells of a workbook read as.
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return dates.parse(text);
            } catch (NormalisationException e) {
                throw new ValueProblem(e.getMessage());
            }
        }
        throw new ValueProblem("'" + cut(text) + "' is not a date in the mapping's format"
                + (formats.size() == 1 ? " " : "s ")
                + formats.stream().map(DateFormat::pattern).collect(Collectors.joining(", ")));
    }

    private static int integer(Field field, String text) throws ValueProblem {
        String digits = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
        if (!digits.matches("\\d{1,9}")) {
            throw new ValueProblem("'" + cut(text) + "' is not a whole number for " + field.path());
        }
        return Integer.parseInt(digits);
    }

    private static double decimal(Field field, String text) throws ValueProblem {
        BigDecimal value = number(text.strip());
        if (value == null) throw new ValueProblem("'" + cut(text) + "' is not a number for " + field.path());
        return value.doubleValue();
    }

    private static Amount amount(Field field, String text) throws ValueProblem {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) throw new ValueProblem("'" + cut(text) + "' is not an amount for " + field.path());
        BigDecimal value = number(m.group(2).strip());
        if (value == null) throw new ValueProblem("'" + cut(text) + "' is not an amount for " + field.path());
        String sign = !m.group(1).isEmpty() ? m.group(1) : m.group(3);
        String currency = null;
        if (!sign.isEmpty()) {
            currency = currency(sign.toUpperCase(Locale.ROOT));
            if (currency == null) {
                throw new ValueProblem("'" + sign + "' in '" + cut(text) + "' is not a currency; write an ISO 4217"
                        + " code (EUR) or map the currency in a separate column");
            }
        }
        return new Amount(value, currency);
    }

    /**
     * A number written the regional way or the English way: {@code 1.500,50}, {@code 1 500,50}, {@code 1,500.50},
     * {@code 300}. With both separators the last is the decimal one; a lone comma is decimal; a lone dot is decimal
     * unless it groups thousands ({@code 1.500}).
     */
    static @Nullable BigDecimal number(String text) {
        String t = text.replaceAll("[\\s\u00a0\u202f']", "");
        if (t.startsWith("-")) return null;
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.indexOf(',') != comma ? t.replace(",", "") : t.replace(',', '.');
        } else if (dot >= 0 && (t.indexOf('.') != dot || t.length() - dot - 1 == 3 && t.matches("\\d{1,3}\\.\\d{3}"))) {
            t = t.replace(".", "");
        }
        if (!t.matches("\\d+(\\.\\d+)?")) return null;
        return new BigDecimal(t);
    }

    private static @Nullable String currency(String text) {
        String sign = CURRENCY_SIGNS.get(text);
        if (sign != null) return sign;
        if (!text.matches("[A-Z]{3}")) return null;
        try {
            return Currency.getInstance(text).getCurrencyCode();
        } catch (IllegalArgumentException | MissingResourceException e) {
            return null;
        }
    }

    private static @Nullable Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> null;
        };
    }

    private static @Nullable String language(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() == 2 && LANGUAGES.contains(t)) return t;
        if (t.length() == 3) {
            // ISO 639-2/B codes that differ from the /T codes the JDK knows, for the region's languages
            String terminology = switch (t) {
                case "alb" -> "sqi";
                case "mac" -> "mkd";
                case "gre" -> "ell";
                case "ger" -> "deu";
                case "fre" -> "fra";
                case "per" -> "fas";
                default -> t;
            };
            return LANGUAGE_BY_ISO3.get(terminology);
        }
        return null;
    }

    /** The ISO 639-1 code of an ISO 639-1 or 639-2 code, or null. Shared with the HTCDS importer. */
    public static @Nullable String languageCode(String text) {
        return language(text);
    }

    private static ValueProblem unknown(Field field, String text, @Nullable Dictionary dictionary, String expected) {
        String known = dictionary == null
                ? expected
                : "the dictionary '" + dictionary.name() + "' knows " + String.join(", ", dictionary.words())
                        + (field.kind() == Field.Kind.CHOICE ? "" : "; or " + expected);
        return new ValueProblem("unknown value '" + cut(text) + "' for " + field.path() + "; " + known);
    }

    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
