/** Route and corridor analytics over HTTP: crossing points and their trend, origin–destination flows of legs. */
@NullMarked
package org.borderlink.api.analysis.routes;

import org.jspecify.annotations.NullMarked;
