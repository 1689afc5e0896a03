/**
 * Proposals and proximity talks: proposals tabled by delegations with their versions, diffs, positions and status, and
 * the threads between each party and a mediator, who relays (possibly redacted) content from one party to another.
 */
@NullMarked
package org.truce.talks;

import org.jspecify.annotations.NullMarked;
