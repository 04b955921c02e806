package org.borderlink.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.jspecify.annotations.Nullable;

/**
 * What of a request's query parameters goes into the audit trail. Parameters that carry what a user looked for — names,
 * free text, selectors ({@code borderlink.audit.hashed-parameters}) — are recorded as keyed hashes ({@code hmac:…},
 * the deployment's pseudonym secret): an auditor can still find who searched for a given value ({@code term} of
 * {@code GET /api/v1/audit/events}) but the trail never holds a victim's name or number. Everything else is recorded
 * as sent, shortened. Request bodies are never recorded.
 */
final class AuditParameters {

    static final String HASH_DOMAIN = "audit-parameter";
    private static final int MAX_VALUE = 200;
    private static final int MAX_PURPOSE = 300;
    private static final Set<String> NOT_PARAMETERS = Set.of("purpose", "_csrf");

    private final Set<String> hashed;
    private final Pseudonymiser pseudonyms;

    AuditParameters(Collection<String> hashed, Pseudonymiser pseudonyms) {
        this.hashed = hashed.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.pseudonyms = pseudonyms;
    }

    Map<String, String> of(HttpServletRequest request) {
        Map<String, String> out = new TreeMap<>();
        if (request.getQueryString() == null) return out;
        // only the query string: a form body is content and stays out of the trail
        for (String pair : request.getQueryString().split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.isEmpty() || NOT_PARAMETERS.contains(name)) continue;
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            String recorded = hashed.contains(name.toLowerCase(Locale.ROOT)) ? hash(value) : clean(value, MAX_VALUE);
            out.merge(clean(name, MAX_VALUE), recorded, (a, b) -> a + "," + b);
        }
        return out;
    }

    /** The keyed hash a parameter value is recorded as. */
    String hash(String value) {
        return "hmac:" + pseudonyms.pseudonym(HASH_DOMAIN, value.strip().toLowerCase(Locale.ROOT));
    }

    @Nullable
    String purpose(HttpServletRequest request) {
        String purpose = request.getHeader("X-Purpose");
        if (purpose == null || purpose.isBlank()) purpose = request.getParameter("purpose");
        return purpose == null || purpose.isBlank()
                ? null
                : clean(purpose, MAX_PURPOSE).strip();
    }

    private static String clean(String value, int max) {
        String printable = value.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= max ? printable : printable.substring(0, max) + "…";
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
