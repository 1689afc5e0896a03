/**
 * Who is acting: delegations and their roles, the users who act for them, passwords, API tokens, sign-in
 * throttling, and the resolution of every request to a {@link org.truce.core.Viewer}.
 */
@NullMarked
package org.truce.identity;

import org.jspecify.annotations.NullMarked;
