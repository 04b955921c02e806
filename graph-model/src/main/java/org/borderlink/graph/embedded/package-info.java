/**
 * The Neo4j engine started in-process with its Bolt connector on loopback, so that the application, cypher-shell
 * and Neo4j Browser talk to it over Bolt exactly as they would to a server.
 */
@NullMarked
package org.borderlink.graph.embedded;

import org.jspecify.annotations.NullMarked;
