package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The implementation review's briefing pack for a meeting: the period since the previous meeting, as the requesting
 * delegation may see it. Every count is the one the register's API gives for the same period and viewer.
 *
 * @param from the previous meeting's start, or the agreement's entry into force
 * @param timeZone the meeting's, in which the period's days are told
 * @param incidents the incidents with a report the viewer may see whose time overlaps the period, each counted under
 *        the governorate and the category most of those reports name
 * @param guarantorLogs each guarantor's log over the period, guarantors with no entry included; absent where the
 *        viewer's delegation may not read the logs
 */
public record BriefingPack(MeetingId meeting, String title, Instant from, Instant to, ZoneId timeZone, String preparedFor,
		Instant preparedAt, long reports, List<Count> reportsByGovernorate, List<Count> reportsByCategory,
		List<Count> reportsByPerpetrator, long incidents, List<Count> incidentsByGovernorate, List<Count> incidentsByCategory,
		@Nullable List<GuarantorLogCount> guarantorLogs, CaseFigures cases, List<Overdue> overdueReplies,
		List<Overdue> overdueActionItems, CommitmentFigures commitments) {

	public BriefingPack {
		reportsByGovernorate = List.copyOf(reportsByGovernorate);
		reportsByCategory = List.copyOf(reportsByCategory);
		reportsByPerpetrator = List.copyOf(reportsByPerpetrator);
		incidentsByGovernorate = List.copyOf(incidentsByGovernorate);
		incidentsByCategory = List.copyOf(incidentsByCategory);
		guarantorLogs = guarantorLogs == null ? null : List.copyOf(guarantorLogs);
		overdueReplies = List.copyOf(overdueReplies);
		overdueActionItems = List.copyOf(overdueActionItems);
	}

	/** A count under a key, with the key's name for readers. */
	public record Count(String key, String label, long count) {
	}

	/** One guarantor's log over the period. */
	public record GuarantorLogCount(String guarantor, long logged, long crossConfirmed, long disputed) {
	}

	/** @param medianDaysToDetermination over the cases determined in the period, from their first report */
	public record CaseFigures(long opened, long determined, long pending, @Nullable Double medianDaysToDetermination) {
	}

	/** Something due that was not done in time. */
	public record Overdue(String what, String owner, Instant dueAt) {
	}

	/** Humanitarian commitments that fell due in the period, and what became of them. */
	public record CommitmentFigures(long due, long met, long missed, long pending) {
	}
}
