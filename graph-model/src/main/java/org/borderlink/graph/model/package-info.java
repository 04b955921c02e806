/**
 * Values of the Borderlink graph: countries, agencies, roles, markings, gradings, age bands, dates with
 * precision, and the names of the labels and relationship types (design §3).
 */
@NullMarked
package org.borderlink.graph.model;

import org.jspecify.annotations.NullMarked;
