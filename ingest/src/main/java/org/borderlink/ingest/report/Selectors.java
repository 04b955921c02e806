package org.borderlink.ingest.report;

import java.util.List;
import java.util.stream.Stream;

/** The selectors a report holds, by kind. */
public record Selectors(
        List<Phone> phones,
        List<Vehicle> vehicles,
        List<Document> documents,
        List<Account> accounts,
        List<OnlineAccount> onlineAccounts) {

    /** No selectors at all. */
    public static final Selectors NONE = new Selectors(List.of(), List.of(), List.of(), List.of(), List.of());

    public Selectors {
        phones = Lists.orEmpty(phones);
        vehicles = Lists.orEmpty(vehicles);
        documents = Lists.orEmpty(documents);
        accounts = Lists.orEmpty(accounts);
        onlineAccounts = Lists.orEmpty(onlineAccounts);
    }

    /** Every selector, phones first, then vehicles, documents, accounts and online accounts. */
    public Stream<Selector> all() {
        return Stream.of(phones, vehicles, documents, accounts, onlineAccounts).flatMap(List::stream);
    }
}
