package org.borderlink.ingest.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting country and its conventions: its agencies (with the reference prefixes and the names narratives
 * give them), the languages and scripts its reports are written in, and how it writes dates.
 */
enum Reporter {
    RS(List.of(
            new Agency("RS-MUP", "UGP", 1, false, "Uprave granične policije"),
            new Agency("RS-KIR", "KIRS", 0.25, true, "Komesarijata za izbeglice i migracije"))),
    BA(List.of(
            new Agency("BA-GP", "GP", 0.55, false, "Granične policije BiH"),
            new Agency("BA-SIPA", "SIPA", 0.3, false, "Državne agencije za istrage i zaštitu"),
            new Agency("BA-MUPUSK", "USK", 0.15, false, "MUP-a Unsko-sanskog kantona"))),
    ME(List.of(new Agency("ME-UP", "UP", 1, false, "Uprave policije"))),
    MK(List.of(new Agency("MK-MVR", "MVR", 1, false, "Министерството за внатрешни работи"))),
    AL(List.of(new Agency("AL-ASP", "ASP", 1, false, "Policisë së Shtetit"))),
    XK(List.of(new Agency("XK-KP", "KP", 1, false, "Policisë së Kosovës"))),
    HR(List.of(new Agency("HR-MUP", "PU", 1, false, "Ravnateljstva policije"))),
    HU(List.of(new Agency("HU-ORFK", "ORFK", 1, false, "the Hungarian National Police (ORFK)")));

    /**
     * An agency that submits reports.
     *
     * @param prefix what its references start with
     * @param weight its share of the country's reports
     * @param traffickingOnly whether it only reports (possible) trafficking victims it identifies
     * @param unit its name in the genitive, as narratives use it, in the agency's own language (Serbian in
     *     Latin script for the Serbian-speaking ones)
     */
    record Agency(String id, String prefix, double weight, boolean traffickingOnly, String unit) {}

    final List<Agency> agencies;

    Reporter(List<Agency> agencies) {
        this.agencies = agencies;
    }

    static Reporter of(String country) {
        return valueOf(country);
    }

    boolean westernBalkans() {
        return this != HR && this != HU;
    }

    /** The agency that writes a report of this kind. */
    Agency agency(boolean trafficking, Rng rng) {
        double[] weights = new double[agencies.size()];
        for (int i = 0; i < weights.length; i++) {
            Agency a = agencies.get(i);
            weights[i] = a.traffickingOnly() && !trafficking ? 0 : a.weight();
        }
        return agencies.get(rng.weighted(weights));
    }

    Writing writing(Rng rng) {
        return switch (this) {
            case RS -> rng.chance(0.72) ? Writing.SR_CYRL : Writing.SR_LATN;
            case BA -> rng.chance(0.8) ? Writing.BS : rng.chance(0.6) ? Writing.SR_CYRL : Writing.SR_LATN;
            case ME -> Writing.ME;
            case MK -> Writing.MK;
            case AL, XK -> Writing.SQ;
            case HR -> Writing.HR;
            case HU -> Writing.EN;
        };
    }

    /** The agency's name in a narrative of this writing. */
    static String unit(Agency agency, Writing writing) {
        return writing.script(agency.unit());
    }

    private boolean trailingDot() {
        return this == RS || this == BA || this == ME || this == HR;
    }

    /** A day as this country writes it, usually {@code 17.03.2024.} or {@code 17.03.2024}. */
    String day(LocalDate date, Rng rng) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        if (this == HU) return date.toString();
        double roll = rng.nextDouble();
        if (trailingDot()) {
            if (roll < 0.78) return String.format("%02d.%02d.%d.", d, m, y);
            if (roll < 0.90) return d + "." + m + "." + y + ".";
            if (roll < 0.96) return String.format("%02d.%02d.%d", d, m, y);
            return d + "." + m + "." + String.format("%02d", y % 100) + ".";
        }
        if (roll < 0.85) return String.format("%02d.%02d.%d", d, m, y);
        if (roll < 0.95) return d + "." + m + "." + y;
        return String.format("%02d/%02d/%d", d, m, y);
    }

    /** A day in the country's usual form, without variation: for narratives. */
    String dayPlain(LocalDate date) {
        if (this == HU) return date.toString();
        return String.format(
                trailingDot() ? "%02d.%02d.%d." : "%02d.%02d.%d",
                date.getDayOfMonth(),
                date.getMonthValue(),
                date.getYear());
    }

    /** A month: {@code 03.2024.}, {@code 03/2024}, {@code 2024-03}. */
    String month(LocalDate date, Rng rng) {
        int m = date.getMonthValue();
        int y = date.getYear();
        if (this == HU) return String.format("%d-%02d", y, m);
        if (trailingDot()) return rng.chance(0.7) ? String.format("%02d.%d.", m, y) : m + "." + y + ".";
        return rng.chance(0.7) ? String.format("%02d.%d", m, y) : String.format("%02d/%d", m, y);
    }

    /** A year: {@code 2024.} or {@code 2024}. */
    String year(LocalDate date, Rng rng) {
        return trailingDot() && rng.chance(0.7) ? date.getYear() + "." : Integer.toString(date.getYear());
    }

    /** A date at day precision mostly, sometimes only the month or the year. */
    String date(LocalDate date, Rng rng, double monthShare, double yearShare) {
        double roll = rng.nextDouble();
        if (roll < yearShare) return year(date, rng);
        if (roll < yearShare + monthShare) return month(date, rng);
        return day(date, rng);
    }
}
