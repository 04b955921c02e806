/**
 * Identity and permissions: who the user is ({@link org.borderlink.api.security.BorderlinkUser}), how they log in
 * (local accounts, demo accounts), which roles gate which endpoints, and the {@link
 * org.borderlink.api.security.Caller} every read is made for: an authenticated user with a stated purpose. What a
 * user may see is not decided here but by the visibility rule in {@code graph-model}, fed with the user's tokens.
 */
@NullMarked
package org.borderlink.api.security;

import org.jspecify.annotations.NullMarked;
