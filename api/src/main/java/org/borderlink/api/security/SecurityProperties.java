package org.borderlink.api.security;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code borderlink.security}.
 *
 * @param users local accounts (the embedded default's way to log in); passwords only as bcrypt hashes
 * @param demoAccountsFile where the demo's generated accounts and passwords are written, when the demo is on and no
 *     account is configured
 */
@ConfigurationProperties("borderlink.security")
public record SecurityProperties(@DefaultValue List<Account> users, Path demoAccountsFile) {

    /**
     * One local account.
     *
     * @param passwordHash bcrypt hash ({@code {bcrypt}$2a$…} or {@code $2a$…}); plain passwords are refused
     * @param agency the agency the user acts for, e.g. {@code RS-MUP}
     * @param communities sharing communities, e.g. {@code WB}
     * @param ingestFor agencies whose reports the account may submit; empty means its own agency
     */
    public record Account(
            String username,
            String passwordHash,
            String agency,
            List<UserRole> roles,
            @DefaultValue("WB") List<String> communities,
            @DefaultValue List<String> ingestFor,
            @Nullable String displayName) {}
}
