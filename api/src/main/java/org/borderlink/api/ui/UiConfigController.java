package org.borderlink.api.ui;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.tabular.Mappings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ui-config}: configuration and reference data of the workspace, for any logged-in user. It holds
 * no case data: the gazetteer is public reference data (where border crossings are), the mapping names are file
 * layouts.
 */
@RestController
@Tag(name = "Workspace", description = "Configuration of the browser workspace")
class UiConfigController {

    /** A gazetteer place the map can draw: crossing points and flows name places by these ids. */
    record PlaceView(
            String id,
            String name,
            String kind,
            String countryA,
            @Nullable String countryB,
            double lat,
            double lon) {}

    /**
     * @param tiles the map's tile source, or null: country outlines only
     * @param mappings names of the tabular mappings a CSV or XLSX upload may name
     */
    record UiConfig(UiProperties.@Nullable Tiles tiles, List<PlaceView> places, List<String> mappings) {}

    private final UiProperties properties;
    private final List<PlaceView> places;
    private final ObjectProvider<Mappings> mappings;

    UiConfigController(UiProperties properties, ObjectProvider<Mappings> mappings) {
        this.properties = properties;
        this.mappings = mappings;
        this.places = Gazetteer.load().places().stream()
                .map(p -> new PlaceView(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.countryA().code(),
                        p.countryB() == null ? null : p.countryB().code(),
                        p.lat(),
                        p.lon()))
                .toList();
    }

    @Operation(summary = "Configuration of the browser workspace: map tiles, gazetteer places, upload mappings")
    @GetMapping("/api/v1/ui-config")
    UiConfig config() {
        Mappings known = mappings.getIfAvailable();
        List<String> names = known == null ? List.of() : known.names();
        return new UiConfig(properties.tiles(), places, names);
    }
}
