package org.borderlink.api.sharing;

import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;

/**
 * The handling restrictions that travel with every fact of one report: its TLP and SIENA handling code (state them
 * next to each fact in answers and exports), its owner, and the agencies the owner allowed to export it although it
 * is H2.
 */
public record FactMarking(
        String reportId, AgencyId owner, Tlp tlp, HandlingCode handling, Set<AgencyId> exportAllowedTo) {

    public FactMarking {
        exportAllowedTo = Set.copyOf(exportAllowedTo);
    }
}
