/** The Borderlink application: REST API, security, audit, link analysis, command line and the embedded engine. */
@NullMarked
package org.borderlink.api;

import org.jspecify.annotations.NullMarked;
