package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall allows exactly the header names, header values and parameter names the default one allows. */
class HeaderCharactersTest {

    /** The expressions of {@link StrictHttpFirewall} (Spring Security 7.0) that {@link HeaderCharacters} replaces. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> STRINGS = List.of(
            "",
            "Authorization",
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ1cm46Ym9yZGVybGluazpsb2NhbCJ9.c2lnbmF0dXJl",
            "case RS-MUP/KU-2024-0173, Đorđević, Хоџа",
            "tab\there",
            "bell\u0007",
            "delete\u007f",
            "next line\u0085",
            "no-break\u00a0space",
            "emoji \ud83d\ude00",
            "lone high \ud83d",
            "lone low \ude00 after",
            "private use \ue000",
            "unassigned \u0378",
            "non-character \uffff",
            "supplementary unassigned " + Character.toString(0x2FFFF),
            "line\nbreak",
            "return\r");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = Character.toString(cp);
            if (HeaderCharacters.name(text) != NAMES.matcher(text).matches()) differ.add("name U+" + hex(cp));
            if (HeaderCharacters.value(text) != VALUES.matcher(text).matches()) differ.add("value U+" + hex(cp));
            String inText = "a" + text + "b";
            if (HeaderCharacters.value(inText) != VALUES.matcher(inText).matches())
                differ.add("in a value U+" + hex(cp));
        }
        assertThat(differ).isEmpty();
        for (String text : STRINGS) {
            assertThat(HeaderCharacters.name(text))
                    .as(text)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(HeaderCharacters.value(text))
                    .as(text)
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void theFirewallRefusesWhatTheDefaultFirewallRefuses() {
        HttpFirewall ours = HeaderCharacters.firewall();
        HttpFirewall standard = new StrictHttpFirewall();
        List<String> texts = new ArrayList<>(STRINGS);
        for (int cp = 0; cp < 0x3000; cp++) texts.add("x" + Character.toString(cp));

        for (String text : texts) {
            for (BiPredicate<HttpFirewall, String> read : List.<BiPredicate<HttpFirewall, String>>of(
                    HeaderCharactersTest::headerValue,
                    HeaderCharactersTest::headerName,
                    HeaderCharactersTest::parameterName)) {
                assertThat(read.test(ours, text)).as(text).isEqualTo(read.test(standard, text));
            }
        }
        assertThat(headerValue(ours, "case\u0085")).isFalse();
        assertThat(headerValue(ours, "case 12\t(Đorđević)")).isTrue();
    }

    private static boolean headerValue(HttpFirewall firewall, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("X-Purpose", value);
        return allowed(() -> firewall.getFirewalledRequest(request).getHeader("X-Purpose"));
    }

    private static boolean headerName(HttpFirewall firewall, String name) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        return allowed(() -> firewall.getFirewalledRequest(request).getHeader(name));
    }

    private static boolean parameterName(HttpFirewall firewall, String name) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        return allowed(() -> firewall.getFirewalledRequest(request).getParameter(name));
    }

    private static boolean allowed(Runnable read) {
        try {
            read.run();
            return true;
        } catch (RequestRejectedException e) {
            return false;
        }
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }
}
