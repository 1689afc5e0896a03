package org.truce.talks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

/**
 * A proposal as one viewer sees it: every version, every position (superseded ones included), every status change, and
 * what the viewer may do with it.
 */
public record ProposalDetails(ProposalId id, String title, DelegationCode submittedBy, Confidentiality confidentiality,
		ProposalStatus status, Instant submittedAt, List<ProposalVersion> versions, List<Position> positions,
		List<StatusChange> statusChanges, ProposalActions actions) {

	public ProposalDetails {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("A proposal has at least the version it was tabled with");
		}
		versions = List.copyOf(versions);
		positions = List.copyOf(positions);
		statusChanges = List.copyOf(statusChanges);
	}

	public ProposalVersion current() {
		return versions.getLast();
	}

	/** The changes from one version's text to another's, word by word; either may be the later one. */
	public List<DiffSegment> diff(int from, int to) {
		return WordDiff.between(version("from", from).text(), version("to", to).text());
	}

	/** Each delegation's latest position on the current version, in the order of the delegations' codes. */
	public List<Position> currentPositions() {
		Map<DelegationCode, Position> latest = positions.stream()
			.filter(position -> position.version() == current().number())
			.collect(Collectors.toMap(Position::delegation, position -> position,
					BinaryOperator.maxBy(Comparator.comparingInt(Position::number))));
		return latest.values().stream().sorted(Comparator.comparing(position -> position.delegation().value())).toList();
	}

	private ProposalVersion version(String field, int number) {
		if (number < 1 || number > versions.size()) {
			throw new InvalidInputException(field, "must be a version of the proposal, from 1 to " + versions.size());
		}
		return versions.get(number - 1);
	}
}
