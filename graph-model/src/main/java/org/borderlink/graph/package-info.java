/** The Borderlink graph: labels, relationship types, values, markings and the visibility rule. */
@NullMarked
package org.borderlink.graph;

import org.jspecify.annotations.NullMarked;
