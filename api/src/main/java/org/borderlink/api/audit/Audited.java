package org.borderlink.api.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the action a controller method's requests are audited as. Without it the action follows from the request: a
 * {@code POST} under {@code /api/v1/reports} is {@link AuditAction#INGEST}, a path with {@code /export} {@link
 * AuditAction#EXPORT}, with {@code /search} {@link AuditAction#SEARCH}, any other {@code GET} or {@code POST} (a query
 * with a body) {@link AuditAction#READ}, and {@code PUT}, {@code PATCH} or {@code DELETE} {@link AuditAction#WRITE}. A
 * {@code POST} that changes something names its action here. Every request is audited either way.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
    AuditAction value();
}
