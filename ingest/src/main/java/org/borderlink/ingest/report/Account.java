package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where money goes: a hawala broker, a money-transfer account, a bank account or a crypto wallet.
 *
 * @param identifier the account number, IBAN, wallet address, or the broker's name or phone, as written
 * @param provider the bank, transfer service, exchange or hawala office, if known
 */
public record Account(
        String ref,
        List<String> usedBy,
        AccountKind kind,
        String identifier,
        @Nullable String provider) implements Selector {

    public Account {
        usedBy = Lists.orEmpty(usedBy);
    }
}
