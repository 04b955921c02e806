package org.borderlink.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class AuditParametersTest {

    private final AuditParameters parameters = new AuditParameters(
            List.of("value", "q"), new Pseudonymiser("a per-deployment secret".getBytes(StandardCharsets.UTF_8)));

    @Test
    void personalValuesBecomeKeyedHashesTheRestIsKeptShortAndTheBodyNever() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/hits");
        request.setQueryString("type=phone&value=%2B381641234567&purpose=case+1&hops=2&hops=3");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent("justification=Ahmad+Khan+is+my+suspect".getBytes(StandardCharsets.UTF_8));

        var recorded = parameters.of(request);

        assertThat(recorded)
                .containsEntry("type", "phone")
                .containsEntry("hops", "2,3")
                .doesNotContainKey("purpose");
        assertThat(recorded.get("value"))
                .isEqualTo(parameters.hash("+381641234567"))
                .startsWith("hmac:");
        assertThat(recorded.toString()).doesNotContain("381641234567").doesNotContain("Ahmad");
    }

    @Test
    void theSameValueHashesAlikeWhateverItsCaseOrSpacingSoAuditorsCanSearchForIt() {
        assertThat(parameters.hash(" Ahmad Khan ")).isEqualTo(parameters.hash("ahmad khan"));
        assertThat(parameters.hash("Ahmad Khan")).isNotEqualTo(parameters.hash("Ahmed Khan"));
    }

    @Test
    void thePurposeIsRecordedAsStatedWithoutControlCharacters() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("X-Purpose", "RS-MUP case 412/24\u0007");

        assertThat(parameters.purpose(request)).isEqualTo("RS-MUP case 412/24");
    }
}
