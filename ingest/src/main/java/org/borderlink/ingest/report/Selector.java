package org.borderlink.ingest.report;

import java.util.List;

/**
 * A selector: something a person uses that identifies them across reports (a phone, a vehicle, a document,
 * an account, an online handle). Each has a local reference and says which persons of the report use it.
 */
public sealed interface Selector permits Phone, Vehicle, Document, Account, OnlineAccount {

    /** Local reference, unique within the report. */
    String ref();

    /** References to the persons of this report who use it; empty when the user is not known. */
    List<String> usedBy();
}
