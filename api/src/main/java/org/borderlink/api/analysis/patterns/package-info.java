/** The pattern library over HTTP: list the named typologies and run one with parameters. */
@NullMarked
package org.borderlink.api.analysis.patterns;

import org.jspecify.annotations.NullMarked;
