package org.borderlink.ingest.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.ingest.normalise.NormalisedPhone.LineType;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as reported ({@code 061 234 567}, {@code 064/123-4567}, {@code 00381 64 123 4567},
 * {@code +383 44 123 456}) to E.164 with libphonenumber.
 *
 * <p>A number without a country calling code is read in the numbering plan of the reporting country; Kosovo
 * ({@code XK}) has its own plan with {@code +383}. Numbers still written with the ranges Kosovo's operators
 * used before 2017 ({@code +377}, {@code +386}, {@code +381}) are not rewritten to {@code +383}. A
 * number is accepted only if its range is assigned (libphonenumber's {@code isValidNumber}), which catches
 * missing and extra digits. Thread-safe.
 */
public final class PhoneNormaliser {

    private static final String UNKNOWN_REGION = "ZZ";
    private static final String EXPECTED = "expected a phone number valid in the reporting country or with its"
            + " country code, e.g. 064/123-4567 or +381 64 123 4567";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /**
     * The E.164 form, country and line type of {@code text}.
     *
     * @param reportingCountry whose numbering plan numbers without a country code are read in; null if
     *     unknown (then only numbers starting with {@code +} or {@code 00} are accepted)
     * @throws NormalisationException if {@code text} is not a valid phone number
     */
    public NormalisedPhone normalise(String text, @Nullable CountryCode reportingCountry) {
        String region = reportingCountry != null && util.getSupportedRegions().contains(reportingCountry.code())
                ? reportingCountry.code()
                : UNKNOWN_REGION;
        String number = text.strip();
        if (region.equals(UNKNOWN_REGION) && number.startsWith("00")) {
            number = "+" + number.substring(2); // the international prefix of every country in and around the region
        }
        PhoneNumber parsed;
        try {
            parsed = util.parse(number, region);
        } catch (NumberParseException e) {
            throw new NormalisationException("phone number", text, EXPECTED);
        }
        // The type is UNKNOWN exactly when isValidNumber would be false; asking once saves a second lookup.
        PhoneNumberType type = util.getNumberType(parsed);
        if (type == PhoneNumberType.UNKNOWN) {
            throw new NormalisationException("phone number", text, EXPECTED);
        }
        String owner = util.getRegionCodeForNumber(parsed);
        return new NormalisedPhone(
                util.format(parsed, PhoneNumberFormat.E164),
                owner != null && CountryCode.isValid(owner) ? CountryCode.of(owner) : null,
                lineType(type));
    }

    /** Just the E.164 form: {@code normalise(text, reportingCountry).e164()}. */
    public String toE164(String text, @Nullable CountryCode reportingCountry) {
        return normalise(text, reportingCountry).e164();
    }

    private static LineType lineType(PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> LineType.MOBILE;
            case FIXED_LINE -> LineType.FIXED_LINE;
            case FIXED_LINE_OR_MOBILE -> LineType.FIXED_LINE_OR_MOBILE;
            case VOIP -> LineType.VOIP;
            default -> LineType.OTHER;
        };
    }
}
