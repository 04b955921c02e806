/** The command line in the same jar: {@code ingest}, {@code generate}; each a small class, dispatched from main. */
@NullMarked
package org.borderlink.api.cli;

import org.jspecify.annotations.NullMarked;
