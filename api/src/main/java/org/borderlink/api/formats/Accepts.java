package org.borderlink.api.formats;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/** Whether a client asked for the JSON form of an export rather than the file itself. */
final class Accepts {

    private Accepts() {}

    static boolean json(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) return false;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isWildcardType()) return false;
            if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) return true;
            if (!type.isWildcardSubtype()) return false;
        }
        return false;
    }
}
