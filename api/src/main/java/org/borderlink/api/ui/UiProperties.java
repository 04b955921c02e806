package org.borderlink.api.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the browser workspace, under {@code borderlink.ui}. With none set the map draws country outlines only,
 * which works offline.
 *
 * @param tiles a raster tile source for the map background, or none
 */
@ConfigurationProperties("borderlink.ui")
record UiProperties(@Nullable Tiles tiles) {

    /**
     * A raster tile source. The page's content security policy allows images from this server only, so the URL must
     * be on the same origin (e.g. a tile server behind the same reverse proxy at {@code /tiles/{z}/{x}/{y}.png}).
     *
     * @param url a Leaflet URL template with {@code {z}}, {@code {x}} and {@code {y}}
     * @param attribution the credit the tile licence asks for, shown on the map
     * @param maxZoom the deepest zoom level the source serves
     */
    record Tiles(
            String url,
            @Nullable String attribution,
            @Nullable Integer maxZoom) {}
}
