package org.truce.talks.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.ledger.tlog.Receipt;
import org.truce.talks.Position;
import org.truce.talks.ProposalActions;
import org.truce.talks.ProposalDetails;
import org.truce.talks.ProposalStatus;
import org.truce.talks.ProposalSummary;
import org.truce.talks.ProposalVersion;
import org.truce.talks.Stance;
import org.truce.talks.StatusChange;

/**
 * A proposal as the API shows it: the current text, every version, each delegation's current position on the current
 * version, every position ever taken, the status history, and what the caller may do next; the answer to a change adds
 * the receipt of its ledger entry.
 */
record ProposalResponse(UUID id, String title, String submittedBy, Confidentiality confidentiality, ProposalStatus status,
		Instant submittedAt, int currentVersion, String text, List<VersionResponse> versions, List<PositionResponse> positions,
		List<PositionResponse> positionHistory, List<StatusChangeResponse> statusHistory, AllowedActions allowedActions,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Receipt receipt) {

	static ProposalResponse of(ProposalDetails proposal) {
		return of(proposal, null);
	}

	static ProposalResponse of(ProposalDetails proposal, @Nullable Receipt receipt) {
		return new ProposalResponse(proposal.id().value(), proposal.title(), proposal.submittedBy().value(),
				proposal.confidentiality(), proposal.status(), proposal.submittedAt(), proposal.current().number(),
				proposal.current().text(), proposal.versions().stream().map(VersionResponse::of).toList(),
				proposal.currentPositions().stream().map(PositionResponse::of).toList(),
				proposal.positions().stream().map(PositionResponse::of).toList(),
				proposal.statusChanges().stream().map(StatusChangeResponse::of).toList(),
				AllowedActions.of(proposal.actions()), receipt);
	}

	record VersionResponse(int version, String text, @Nullable String reason, String recordedBy, Instant recordedAt) {

		static VersionResponse of(ProposalVersion version) {
			return new VersionResponse(version.number(), version.text(), version.reason(), version.recordedBy().value(),
					version.recordedAt());
		}
	}

	/** @param number the delegation's positions on this version are numbered from 1; the highest is its current one */
	record PositionResponse(int version, String delegation, int number, Stance position, @Nullable String text, Instant takenAt) {

		static PositionResponse of(Position position) {
			return new PositionResponse(position.version(), position.delegation().value(), position.number(), position.stance(),
					position.text(), position.takenAt());
		}
	}

	/** @param number the change's place in the proposal's status history, from 1 */
	record StatusChangeResponse(int number, ProposalStatus from, ProposalStatus to, String reason, String changedBy,
			Instant changedAt) {

		static StatusChangeResponse of(StatusChange change) {
			return new StatusChangeResponse(change.number(), change.from(), change.to(), change.reason(),
					change.changedBy().value(), change.changedAt());
		}
	}

	record AllowedActions(boolean addVersion, boolean takePosition, List<ProposalStatus> changeStatusTo) {

		static AllowedActions of(ProposalActions actions) {
			return new AllowedActions(actions.revise(), actions.takePosition(), actions.statusMoves());
		}
	}

	record Summary(UUID id, String title, String submittedBy, Confidentiality confidentiality, ProposalStatus status,
			int currentVersion, Instant submittedAt) {

		static Summary of(ProposalSummary proposal) {
			return new Summary(proposal.id().value(), proposal.title(), proposal.submittedBy().value(),
					proposal.confidentiality(), proposal.status(), proposal.currentVersion(), proposal.submittedAt());
		}
	}
}
