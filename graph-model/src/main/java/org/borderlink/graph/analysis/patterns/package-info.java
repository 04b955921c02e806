/**
 * The pattern library: named, parameterised, documented typologies (design §7, the analysts' questions of the
 * domain notes), each a reviewed Cypher statement whose every relationship passes the visibility rule and whose every
 * value is a parameter.
 */
@NullMarked
package org.borderlink.graph.analysis.patterns;

import org.jspecify.annotations.NullMarked;
