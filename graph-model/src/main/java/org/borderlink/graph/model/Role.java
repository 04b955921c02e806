package org.borderlink.graph.model;

/**
 * The role a person plays in a case, aligned with HTCDS 2.0 {@code per_RoleInProcess} and with the categories
 * of data subject of the Law Enforcement Directive (Art. 6).
 */
public enum Role {
    ORGANISER(DataSubject.SUSPECT, "Smuggler"),
    RECRUITER(DataSubject.SUSPECT, "RecruiterOrIntermediary"),
    TRANSPORTER(DataSubject.SUSPECT, "Transporter"),
    DRIVER(DataSubject.SUSPECT, "Transporter"),
    GUIDE(DataSubject.SUSPECT, "Smuggler"),
    HARBOURER(DataSubject.SUSPECT, "Other"),
    MONEY_HANDLER(DataSubject.SUSPECT, "Other"),
    DOCUMENT_FORGER(DataSubject.SUSPECT, "BrokerTravelAgent"),
    EXPLOITER(DataSubject.SUSPECT, "Exploiter"),
    SMUGGLED_MIGRANT(DataSubject.VICTIM_OR_PROTECTED, "TransferredIndividual"),
    VICTIM(DataSubject.VICTIM_OR_PROTECTED, "ControlledIndividual"),
    WITNESS(DataSubject.WITNESS, "Other"),
    OTHER(DataSubject.CONTACT, "Other");

    /** LED Art. 6 categories of data subject. */
    public enum DataSubject {
        SUSPECT,
        VICTIM_OR_PROTECTED,
        WITNESS,
        CONTACT
    }

    private final DataSubject dataSubject;
    private final String htcdsRole;

    Role(DataSubject dataSubject, String htcdsRole) {
        this.dataSubject = dataSubject;
        this.htcdsRole = htcdsRole;
    }

    public DataSubject dataSubject() {
        return dataSubject;
    }

    /** The closest HTCDS 2.0 {@code per_RoleInProcess} value. */
    public String htcdsRole() {
        return htcdsRole;
    }

    /** Victims and smuggled migrants are never stored with direct identifiers. */
    public boolean isProtected() {
        return dataSubject == DataSubject.VICTIM_OR_PROTECTED;
    }

    /** Facilitators: anyone suspected of organising, moving, hiding, paying or exploiting. */
    public boolean isFacilitator() {
        return dataSubject == DataSubject.SUSPECT;
    }
}
