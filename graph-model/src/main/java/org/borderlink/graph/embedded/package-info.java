/**
 * The Neo4j engine started in-process with its Bolt connector on loopback, so that cypher-shell and Neo4j Browser
 * talk to it over Bolt exactly as they would to a server, and drivers of the same JVM (the application's, the tests')
 * reach the same Bolt server through its in-VM channel.
 */
@NullMarked
package org.borderlink.graph.embedded;

import org.jspecify.annotations.NullMarked;
