/** Benchmarks: each a main class writing medians and ratios to bench/results/ as JSON and Markdown. */
@NullMarked
package org.borderlink.bench;

import org.jspecify.annotations.NullMarked;
