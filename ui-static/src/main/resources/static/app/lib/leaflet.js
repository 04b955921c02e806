// Leaflet from its WebJar, as an ES module; the path names no version (webjars-locator-lite resolves it).
export * from '/webjars/leaflet/dist/leaflet-src.esm.js';
