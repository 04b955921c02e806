package org.borderlink.api.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.borderlink.api.config.BorderlinkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-deployment secret of keyed pseudonyms: configured ({@code borderlink.ingest.pseudonym-secret}, shared by
 * every instance of a deployment) or generated once into {@code borderlink.ingest.secret-file}. Losing it means new
 * reports no longer link to earlier pseudonyms, so it is kept beside the data and backed up with it.
 */
final class PseudonymSecret {

    private static final Logger log = LoggerFactory.getLogger(PseudonymSecret.class);

    private PseudonymSecret() {}

    static byte[] resolve(BorderlinkProperties.Ingest ingest) {
        if (ingest.pseudonymSecret() != null && !ingest.pseudonymSecret().isBlank()) {
            return Base64.getDecoder().decode(ingest.pseudonymSecret().strip());
        }
        Path file = ingest.secretFile().toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return resolve(ingest);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n");
            log.info(
                    "Generated the pseudonym secret in {} (back it up with the data; share it with every instance)",
                    file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym secret " + file, e);
        }
    }
}
