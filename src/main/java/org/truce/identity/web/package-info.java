/** The identity module's REST endpoints (tokens, delegations) and its sign-in page. */
@NullMarked
package org.truce.identity.web;

import org.jspecify.annotations.NullMarked;
