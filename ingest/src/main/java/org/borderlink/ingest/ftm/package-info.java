/**
 * FollowTheMoney (the entity model of Aleph and OpenSanctions): the export of a visible subgraph as FtM entities in
 * JSON lines, and the import of FtM JSON lines as a case report of a declared agency and marking. docs/ingest.md has
 * the correspondence table.
 */
@NullMarked
package org.borderlink.ingest.ftm;

import org.jspecify.annotations.NullMarked;
