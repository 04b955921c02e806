package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** The quick refusal changes no answer of Spring's own cache: the saved page comes back on the marked URL only. */
class MarkedSavedRequestsTest {

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void theSavedPageComesBackOnTheUrlThatCarriesTheMarker() {
        MarkedSavedRequests cache = savedOnce();

        HttpServletRequest matched = cache.getMatchingRequest(
                returning("/api/v1/graph/paths", "from=a&to=b&continue"), new MockHttpServletResponse());

        assertThat(matched).isNotNull();
        assertThat(matched.getParameter("from")).isEqualTo("a");
        // given back once: Spring removes it from the session
        assertThat(cache.getRequest(returning("/api/v1/graph/paths", null), new MockHttpServletResponse()))
                .isNull();
    }

    @Test
    void aUrlWithoutTheMarkerGetsNothingAndLeavesTheSavedPageInPlace() {
        MarkedSavedRequests cache = savedOnce();

        for (String query : new String[] {null, "", "from=a&to=b", "from=continued"}) {
            MockHttpServletRequest request = returning("/api/v1/graph/paths", query);
            assertThat(cache.getMatchingRequest(request, new MockHttpServletResponse()))
                    .as("query %s", query)
                    .isNull();
            assertThat(new HttpSessionRequestCache().getMatchingRequest(request, new MockHttpServletResponse()))
                    .as("Spring's own cache on query %s", query)
                    .isNull();
        }
        assertThat(cache.getRequest(returning("/api/v1/graph/paths", null), new MockHttpServletResponse()))
                .isNotNull();
    }

    private MarkedSavedRequests savedOnce() {
        MarkedSavedRequests cache = new MarkedSavedRequests();
        MockHttpServletRequest asked = returning("/api/v1/graph/paths", "from=a&to=b");
        cache.saveRequest(asked, new MockHttpServletResponse());
        return cache;
    }

    private MockHttpServletRequest returning(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        request.setSession(session);
        return request;
    }
}
