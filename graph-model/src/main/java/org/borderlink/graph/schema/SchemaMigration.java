package org.borderlink.graph.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One numbered step of the schema: schema statements run once, in order, and recorded with a checksum. */
public record SchemaMigration(int version, String description, List<String> statements) {

    public SchemaMigration {
        statements = List.copyOf(statements);
    }

    /** Detects a migration that was edited after it was applied somewhere. */
    public String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : statements) {
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
