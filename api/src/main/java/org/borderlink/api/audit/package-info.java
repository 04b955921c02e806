/** The audit trail (LED Art. 25): who read, searched, exported, shared or wrote what, when and why. */
@NullMarked
package org.borderlink.api.audit;

import org.jspecify.annotations.NullMarked;
