/**
 * Verification, from allegation to ruling: the guarantors' parallel logs with cross-confirmation, cases with their
 * state machine, the accused party's right of reply, monitors' tasks, findings, votes under the agreement's decision
 * rule, and published rulings.
 */
@NullMarked
package org.truce.verification;

import org.jspecify.annotations.NullMarked;
