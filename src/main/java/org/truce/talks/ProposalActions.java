package org.truce.talks;

import java.util.List;

/**
 * What a viewer may do with a proposal now: decided by the module, so that pages offer exactly the forms the commands
 * would accept.
 *
 * @param statusMoves the statuses the viewer may move the proposal to
 */
public record ProposalActions(boolean revise, boolean takePosition, List<ProposalStatus> statusMoves) {

	static final ProposalActions NONE = new ProposalActions(false, false, List.of());
}
