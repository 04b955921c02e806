package org.borderlink.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo's accounts: one per role for a few agencies, each with a password drawn at random on first start and
 * written, owner-readable only, to {@code borderlink.security.demo-accounts-file}. Nothing here is a fixed password,
 * so a deployment that forgets to configure accounts has no well-known way in.
 */
final class DemoAccounts {

    /** Agencies of the generated demo data whose officers get accounts: three countries, so sharing can be shown. */
    static final List<String> AGENCIES = List.of("RS-MUP", "BA-GP", "AL-ASP");

    private static final List<UserRole> AGENCY_ROLES =
            List.of(UserRole.INVESTIGATOR, UserRole.LIAISON_OFFICER, UserRole.ANALYST, UserRole.INGEST);

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoAccounts() {}

    /** The accounts in {@code file}, created with fresh passwords if it does not exist yet. */
    static List<SecurityProperties.Account> load(Path file) {
        try {
            if (!Files.exists(file)) write(file);
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the demo accounts file " + file, e);
        }
    }

    private static void write(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder("""
                # Borderlink demo accounts, generated on first start with random passwords.
                # Configure real accounts (borderlink.security.users) or an OIDC issuer for any real use.
                # user name | password | agency | roles
                """);
        for (String agency : AGENCIES) {
            for (UserRole role : AGENCY_ROLES) {
                String name = agency.toLowerCase(java.util.Locale.ROOT) + "."
                        + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                text.append(line(name, password(random), agency, role));
            }
        }
        text.append(line("auditor", password(random), "RS-MUP", UserRole.AUDITOR));
        text.append(line("admin", password(random), "RS-MUP", UserRole.ADMIN));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
    }

    private static String line(String name, String password, String agency, UserRole role) {
        return name + " | " + password + " | " + agency + " | " + role.name() + "\n";
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return password.toString();
    }

    private static List<SecurityProperties.Account> parse(List<String> lines) {
        // a low cost factor: these passwords are random and long, and a login should not take a second
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(8);
        List<SecurityProperties.Account> accounts = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\\|");
            if (f.length != 4) throw new IllegalArgumentException("demo accounts file: cannot read the line: " + f[0]);
            accounts.add(new SecurityProperties.Account(
                    f[0].strip(),
                    "{bcrypt}" + bcrypt.encode(f[1].strip()),
                    f[2].strip(),
                    List.of(UserRole.valueOf(f[3].strip())),
                    List.of("WB"),
                    List.of(),
                    null));
        }
        return accounts;
    }
}
