package org.borderlink.ingest.search;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a search hit is, and which tier of the ranking it belongs to: exact selector hits first, then names, then
 * narrative text.
 */
public enum SearchType {
    PHONE("phone", Tier.SELECTOR),
    VEHICLE("vehicle", Tier.SELECTOR),
    ONLINE_ACCOUNT("online", Tier.SELECTOR),
    PERSON("person", Tier.NAME),
    ORGANISATION("organisation", Tier.NAME),
    PLACE("place", Tier.NAME),
    REPORT("report", Tier.TEXT);

    /** The three ranks of a search answer, best first. */
    public enum Tier {
        SELECTOR,
        NAME,
        TEXT
    }

    private final String value;
    private final Tier tier;

    SearchType(String value, Tier tier) {
        this.value = value;
        this.tier = tier;
    }

    /** The name in the API ({@code types=person,phone}) and in the index. */
    public String value() {
        return value;
    }

    public Tier tier() {
        return tier;
    }

    /** {@code person}, {@code phone}, … or the enum name; null if unknown. */
    public static @Nullable SearchType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (SearchType type : values()) {
            if (type.value.equals(t) || type.name().toLowerCase(Locale.ROOT).equals(t)) return type;
        }
        return null;
    }

    /** The type of a selector node label, null for selectors nobody can search by value (documents, accounts). */
    static @Nullable SearchType ofSelectorLabel(String label) {
        return switch (label) {
            case "Phone" -> PHONE;
            case "Vehicle" -> VEHICLE;
            case "OnlineAccount" -> ONLINE_ACCOUNT;
            default -> null;
        };
    }
}
