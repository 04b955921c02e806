// Cytoscape.js from its WebJar; the path names no version (webjars-locator-lite resolves it), so a version change
// in the pom needs no change here.
export { default } from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
