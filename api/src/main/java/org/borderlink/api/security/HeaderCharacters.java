package org.borderlink.api.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names and values and in parameter names
 * — assigned Unicode code points that are not control characters; in header values also tab — checked by a loop over
 * the code points instead of the firewall's regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, with
 * {@code \t} for values). The firewall checks a header every time anything reads it, and a bearer token's header is
 * read several times per request (throttle, CSRF, authentication): with the expressions that was a measurable share of
 * a light request's CPU. The sets of strings allowed are the same ({@code HeaderCharactersTest} compares them over
 * every code point).
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    /** The default {@link StrictHttpFirewall}, with these checks in place of its expressions. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::name);
        firewall.setAllowedHeaderValues(HeaderCharacters::value);
        firewall.setAllowedParameterNames(HeaderCharacters::name);
        return firewall;
    }

    /** Only assigned code points that are not control characters. */
    static boolean name(String text) {
        return allowed(text, false);
    }

    /** Only assigned code points that are not control characters, or tab. */
    static boolean value(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII: every code point is assigned; the controls are 0x00–0x1F and 0x7F
                if ((c < 0x20 || c == 0x7F) && !(tab && c == '\t')) return false;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) return false;
            i += Character.charCount(cp);
        }
        return true;
    }
}
