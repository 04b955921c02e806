/**
 * IOM's Human Trafficking Case Data Standard 2.0: the field standard itself ({@code field-standards-2.0.csv}, CC BY
 * 4.0), the importer of HTCDS CSV files into canonical case reports, and the exporter of the trafficking part of the
 * graph back to HTCDS CSV under the visibility rule. docs/ingest.md has the correspondence table.
 */
@NullMarked
package org.borderlink.ingest.htcds;

import org.jspecify.annotations.NullMarked;
