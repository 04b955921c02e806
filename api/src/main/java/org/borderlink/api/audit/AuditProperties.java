package org.borderlink.api.audit;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code borderlink.audit}.
 *
 * @param dir where every instance keeps its trail, {@code audit-<instance>.jsonl} (default
 *     {@code <data-dir>/audit}); back it up, and keep it on storage the application's operators cannot rewrite
 * @param instanceId this instance's name in the trail and its file name; unset, the host name. Instances that share
 *     the directory need different ids (a second process on the same file is refused)
 * @param hashedParameters query parameters recorded as keyed hashes instead of their values: whatever may carry a name,
 *     a number or free text
 */
@ConfigurationProperties("borderlink.audit")
public record AuditProperties(
        Path dir,
        @Nullable String instanceId,

        @DefaultValue({
            "q",
            "query",
            "text",
            "term",
            "name",
            "names",
            "selector",
            "value",
            "phone",
            "plate",
            "document",
            "handle",
            "alias"
        })
        List<String> hashedParameters) {}
