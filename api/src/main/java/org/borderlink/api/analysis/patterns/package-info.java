/**
 * The pattern library over HTTP: list the named typologies and run one with parameters; each is run once when the
 * server has started, so its plan is ready before an analyst asks ({@link PatternWarmUp}).
 */
@NullMarked
package org.borderlink.api.analysis.patterns;

import org.jspecify.annotations.NullMarked;
