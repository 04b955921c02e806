/**
 * The REST front door of the ingest pipeline and its wiring (pseudonym secret, normalisers, writer, demo data), and the
 * drop folder.
 */
@NullMarked
package org.borderlink.api.ingest;

import org.jspecify.annotations.NullMarked;
