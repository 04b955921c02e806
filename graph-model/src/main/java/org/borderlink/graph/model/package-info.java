/**
 * Values of the Borderlink graph: countries, agencies, roles, markings, gradings, age bands, dates with
 * precision, the names of the labels and relationship types (design §3), and which relationships are a report's facts
 * ({@link org.borderlink.graph.model.FactsOfReport}).
 */
@NullMarked
package org.borderlink.graph.model;

import org.jspecify.annotations.NullMarked;
