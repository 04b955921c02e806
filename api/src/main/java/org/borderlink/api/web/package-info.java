/** What every part of the API answers the same way: RFC 9457 problem details. */
@NullMarked
package org.borderlink.api.web;

import org.jspecify.annotations.NullMarked;
