package org.borderlink.ingest.report;

/** How money moves through an account: a hawala broker, a money-transfer service, a bank or a crypto wallet. */
public enum AccountKind {
    HAWALA,
    MONEY_TRANSFER,
    BANK,
    CRYPTO_WALLET
}
