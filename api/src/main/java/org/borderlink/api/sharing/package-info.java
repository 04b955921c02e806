/**
 * Sharing between agencies (design §5): the owning liaison officer's marking decisions, hit/no-hit answers for
 * selectors the user may not see, access requests and their decisions, and the handling-code check exports call. Who
 * may see what is never decided here but by the audience tokens ({@code graph-model}'s sharing package); this package
 * changes them, through {@link org.borderlink.graph.sharing.ReportAudience}.
 */
@NullMarked
package org.borderlink.api.sharing;

import org.jspecify.annotations.NullMarked;
