/**
 * Application wiring: configuration properties, the embedded engine or an external Neo4j, the driver's logging, schema
 * and start-up.
 */
@NullMarked
package org.borderlink.api.config;

import org.jspecify.annotations.NullMarked;
