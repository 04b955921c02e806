/**
 * The REST front doors of the exchange formats: national CSV/XLSX exports with a column mapping, IOM HTCDS 2.0 and
 * FollowTheMoney in (through the one ingest pipeline), and HTCDS and FollowTheMoney out (through the visibility rule).
 */
@NullMarked
package org.borderlink.api.formats;

import org.jspecify.annotations.NullMarked;
