/**
 * From a canonical case report to the graph-ready facts it asserts: values normalised, victims and smuggled
 * migrants stripped of direct identifiers, every fact stamped with its provenance and audience.
 */
@NullMarked
package org.borderlink.ingest.facts;

import org.jspecify.annotations.NullMarked;
