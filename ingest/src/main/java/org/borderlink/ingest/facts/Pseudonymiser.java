package org.borderlink.ingest.facts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA-256 with a per-deployment secret): the same document number, phone or person key
 * always gives the same pseudonym in one deployment, so records still link, but without the secret the pseudonym
 * cannot be turned back into the identifier or recomputed from a guess.
 */
public final class Pseudonymiser {

    private final SecretKeySpec key;

    public Pseudonymiser(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the pseudonym secret must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A 32-hex-character pseudonym of {@code value} within {@code domain} (e.g. {@code document}, {@code phone}). */
    public String pseudonym(String domain, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(domain.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
