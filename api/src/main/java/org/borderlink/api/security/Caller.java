package org.borderlink.api.security;

import org.borderlink.graph.sharing.Viewer;

/**
 * The user behind a request and the purpose they stated for it. Controllers that read case data declare a
 * parameter of this type: it is only ever built for an authenticated user who stated a purpose
 * ({@code X-Purpose} header or {@code purpose} parameter), so no read can happen without one.
 *
 * @param purpose the case reference or justification, as stated; it goes into the audit trail
 */
public record Caller(BorderlinkUser user, String purpose) {

    public Viewer viewer() {
        return user.viewer();
    }
}
