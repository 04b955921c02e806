package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class PurposeTest {

    private static String purposeOf(MockHttpServletRequest request) {
        return CallerArgumentResolver.purpose(new ServletWebRequest(request));
    }

    @Test
    void theHeaderOrTheParameterStatesThePurpose() {
        MockHttpServletRequest header = new MockHttpServletRequest();
        header.addHeader("X-Purpose", "  RS-MUP case 412/24 ");
        MockHttpServletRequest parameter = new MockHttpServletRequest();
        parameter.setParameter("purpose", "Operation Kelebija");

        assertThat(purposeOf(header)).isEqualTo("RS-MUP case 412/24");
        assertThat(purposeOf(parameter)).isEqualTo("Operation Kelebija");
    }

    @Test
    void aMissingBlankOverlongOrMultiLinePurposeIsA400() {
        MockHttpServletRequest missing = new MockHttpServletRequest();
        MockHttpServletRequest blank = new MockHttpServletRequest();
        blank.addHeader("X-Purpose", "   ");
        MockHttpServletRequest overlong = new MockHttpServletRequest();
        overlong.addHeader("X-Purpose", "x".repeat(301));
        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.addHeader("X-Purpose", "case 1\nadmin read everything");

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {missing, blank, overlong, forged}) {
            assertThatThrownBy(() -> purposeOf(request))
                    .isInstanceOf(PurposeRequired.class)
                    .satisfies(e -> assertThat(
                                    ((PurposeRequired) e).getStatusCode().value())
                            .isEqualTo(400));
        }
    }
}
