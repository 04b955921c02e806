package org.borderlink.ingest.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.ingest.normalise.NormalisationException;
import org.borderlink.ingest.normalise.PhoneNormaliser;
import org.borderlink.ingest.normalise.Plate;
import org.borderlink.ingest.normalise.PlateNormaliser;
import org.jspecify.annotations.Nullable;

/**
 * The exact selector values a search text may stand for, normalised the way ingest normalised the stored ones: a
 * phone in any notation read in the numbering plan of each country of the region ({@code 061 234 567} is {@code
 * +38761234567} in Bosnia and Herzegovina, {@code +38161234567} in Serbia: both are looked up, only what exists
 * matches), a plate in any script ({@code БГ 123-АБ} → {@code BG123AB}), a handle with or without {@code @}, a
 * gazetteer id.
 */
final class SelectorTerms {

    /** The numbering plans a number without a country code is tried in, after the user's own country. */
    private static final List<String> REGION =
            List.of("RS", "BA", "ME", "MK", "AL", "XK", "HR", "HU", "GR", "BG", "SI");

    private final PhoneNormaliser phones = new PhoneNormaliser();
    private final PlateNormaliser plates = new PlateNormaliser();

    Set<String> of(String text, @Nullable CountryCode userCountry) {
        Set<String> keys = new LinkedHashSet<>();
        String stripped = text.strip();
        int digits = (int) stripped.chars().filter(Character::isDigit).count();
        boolean phoneLike = digits >= 6 && stripped.matches("[+0-9 ()./\\-]+");
        if (phoneLike) {
            Set<String> countries = new LinkedHashSet<>();
            if (userCountry != null) countries.add(userCountry.code());
            countries.addAll(REGION);
            for (String country : countries) {
                try {
                    keys.add(phones.toE164(stripped, CountryCode.of(country)));
                } catch (NormalisationException | IllegalArgumentException e) {
                    // not a number of that plan
                }
            }
            String bare = stripped.replaceAll("[^0-9]", "");
            keys.add(bare); // an IMEI, or an international number typed without +
            if (bare.startsWith("00")) keys.add(bare.substring(2));
        }
        if (digits > 0 && stripped.length() <= 20) {
            plate(stripped, null, keys);
            for (String country : List.of("RS", "ME", "BA", "MK")) plate(stripped, CountryCode.of(country), keys);
        }
        if (!stripped.contains(" ") && stripped.length() <= 100) {
            String handle = stripped.startsWith("@") ? stripped.substring(1) : stripped;
            keys.add(handle.toLowerCase(Locale.ROOT));
            keys.add(stripped.toUpperCase(Locale.ROOT)); // gazetteer ids are upper case
        }
        keys.removeIf(String::isBlank);
        return keys;
    }

    private void plate(String text, @Nullable CountryCode country, Set<String> keys) {
        try {
            Plate plate = plates.normalise(text, country);
            keys.add(plate.normalised());
        } catch (NormalisationException e) {
            // not plate-like
        }
    }
}
