/**
 * The pattern library: named, parameterised, documented typologies (design §7, the analysts' questions of the
 * domain notes), each a reviewed Cypher statement whose every relationship passes the visibility rule and whose every
 * value is a parameter. Patterns that follow migrants rank them first by the raw tallies on their mentions
 * ({@link org.borderlink.graph.model.MentionTally}), an upper bound that only decides whom to evaluate on the visible
 * facts; a mention without tallies is unbounded.
 */
@NullMarked
package org.borderlink.graph.analysis.patterns;

import org.jspecify.annotations.NullMarked;
