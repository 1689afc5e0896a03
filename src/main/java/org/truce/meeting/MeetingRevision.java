package org.truce.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.ledger.LoggedSubject;

/**
 * One revision of a meeting: what was done and when, with its ledger entry and the content that entry hashes — the
 * whole meeting after the change, and the delegation that made it.
 *
 * @param ledger none until the revision is logged, and none to a reader who did not see all of the meeting as it then
 *        stood (draft minutes are read by the participants only)
 */
public record MeetingRevision(int number, Instant recordedAt, String action, @Nullable LoggedSubject ledger) {
}
