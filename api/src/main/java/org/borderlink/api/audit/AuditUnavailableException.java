package org.borderlink.api.audit;

import org.jspecify.annotations.Nullable;

/** The audit trail could not record an event durably: the request it belongs to must not be answered. */
public final class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
