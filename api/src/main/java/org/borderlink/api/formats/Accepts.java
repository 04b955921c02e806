package org.borderlink.api.formats;

import jakarta.servlet.http.HttpServletRequest;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.RequestAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export answered either as its JSON form (the file and what it covers) or as the file itself. */
final class Accepts {

    private Accepts() {}

    /** Whether a client asked for the JSON form of an export rather than the file itself. */
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

    /**
     * The answer in the form asked for. The audit learns what the export covered from {@code summary} either way: a
     * file is not an {@link AuditSummary} itself, so it is told explicitly.
     */
    static ResponseEntity<?> export(
            HttpServletRequest request, AuditSummary summary, MediaType type, String filename, String file) {
        if (json(request)) return ResponseEntity.ok(summary);
        RequestAudit.current().ifPresent(audit -> audit.summary(summary));
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(file);
    }
}
