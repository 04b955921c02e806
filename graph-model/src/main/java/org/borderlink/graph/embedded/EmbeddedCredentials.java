package org.borderlink.graph.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The Bolt credentials of the embedded engine: generated at first start and kept in the data directory in a
 * file only its owner can read. Nothing is hard-coded, so no password works on two deployments.
 */
public record EmbeddedCredentials(String username, String password, Path file) {

    static final String FILE_NAME = "bolt-credentials.properties";

    /** Reads the credentials of {@code dataDir}, or creates them; {@code created} tells which happened. */
    static Loaded loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return new Loaded(
                    new EmbeddedCredentials(p.getProperty("username"), p.getProperty("password"), file), false);
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        EmbeddedCredentials created = new EmbeddedCredentials(
                "neo4j", Base64.getUrlEncoder().withoutPadding().encodeToString(secret), file);
        Files.createDirectories(dataDir);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(dataDir);
        }
        Properties p = new Properties();
        p.setProperty("username", created.username());
        p.setProperty("password", created.password());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Bolt credentials of the embedded Neo4j engine (generated; readable by the owner only)");
        }
        return new Loaded(created, true);
    }

    record Loaded(EmbeddedCredentials credentials, boolean created) {}

    @Override
    public String toString() {
        return "EmbeddedCredentials[username=" + username + ", file=" + file + "]";
    }
}
