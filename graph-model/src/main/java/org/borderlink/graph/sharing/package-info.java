/**
 * Who may see what: markings, the audience tokens a marking compiles to, the tokens a user holds, and the one
 * visibility rule every read of case data uses (design §5).
 */
@NullMarked
package org.borderlink.graph.sharing;

import org.jspecify.annotations.NullMarked;
