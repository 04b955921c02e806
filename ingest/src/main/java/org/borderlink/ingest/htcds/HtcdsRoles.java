package org.borderlink.ingest.htcds;

import java.util.Map;
import java.util.Optional;
import org.borderlink.graph.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * Roles between HTCDS {@code per_RoleInProcess} and Borderlink. HTCDS describes what a perpetrator did in the process
 * ({@code TransferredIndividual}: transferred the individual; {@code HarbouredIndividual}: harboured them); victims
 * have no role there, only victim context. The mapping is many-to-one both ways, so exports also carry the exact role
 * in {@code bl_Role}.
 */
final class HtcdsRoles {

    private static final Map<String, Role> IMPORT = Map.ofEntries(
            Map.entry("TravellingPartner", Role.OTHER),
            Map.entry("Transporter", Role.TRANSPORTER),
            Map.entry("RecruiterOrIntermediary", Role.RECRUITER),
            Map.entry("BrokerTravelAgent", Role.DOCUMENT_FORGER),
            Map.entry("TransferredIndividual", Role.TRANSPORTER),
            Map.entry("HarbouredIndividual", Role.HARBOURER),
            Map.entry("SoldIndividual", Role.EXPLOITER),
            Map.entry("BoughtIndividual", Role.EXPLOITER),
            Map.entry("ReceivedIndividual", Role.HARBOURER),
            Map.entry("ControlledIndividual", Role.EXPLOITER),
            Map.entry("Smuggler", Role.ORGANISER),
            Map.entry("Abuser", Role.EXPLOITER),
            Map.entry("Kidnapper", Role.EXPLOITER),
            Map.entry("Exploiter", Role.EXPLOITER),
            Map.entry("Other", Role.OTHER));

    private HtcdsRoles() {}

    /** The Borderlink role of an HTCDS role value name. */
    static Optional<Role> fromHtcds(String valueName) {
        return Optional.ofNullable(IMPORT.get(valueName));
    }

    /** The HTCDS role of a Borderlink role; null for victims, smuggled migrants and witnesses, who have none. */
    static @Nullable String toHtcds(Role role) {
        return switch (role) {
            case ORGANISER, GUIDE -> "Smuggler";
            case RECRUITER -> "RecruiterOrIntermediary";
            case TRANSPORTER, DRIVER -> "Transporter";
            case HARBOURER -> "HarbouredIndividual";
            case DOCUMENT_FORGER -> "BrokerTravelAgent";
            case EXPLOITER -> "Exploiter";
            case MONEY_HANDLER, OTHER -> "Other";
            case SMUGGLED_MIGRANT, VICTIM, WITNESS -> null;
        };
    }
}
