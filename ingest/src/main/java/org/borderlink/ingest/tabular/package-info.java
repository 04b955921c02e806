/**
 * National CSV and XLSX exports described by per-agency YAML column mappings: the mapping language and its loader,
 * the table readers (CSV with any delimiter and detected or declared encoding, XLSX through Apache POI), the reader
 * that turns rows into canonical case reports with every problem named by file, row, column and the original header,
 * and the preview behind {@code borderlink mapping check}. The table readers and {@link
 * org.borderlink.ingest.tabular.FileReports} are shared with the HTCDS and FollowTheMoney importers.
 */
@NullMarked
package org.borderlink.ingest.tabular;

import org.jspecify.annotations.NullMarked;
