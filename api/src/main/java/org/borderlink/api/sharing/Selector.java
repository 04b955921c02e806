package org.borderlink.api.sharing;

import java.util.Map;

/**
 * A selector normalised as ingest normalises it, and the Cypher that finds the facts touching it ({@code f}).
 *
 * @param value what was looked for, in the normalised form shown back to the user
 */
record Selector(SelectorType type, String value, String matchFacts, Map<String, Object> parameters) {}
