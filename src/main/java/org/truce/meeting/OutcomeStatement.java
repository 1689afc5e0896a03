package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A meeting's outcome statement as the public reads it once the secretariat has published it: the statement, and of
 * the meeting only its title, its dates in its time zone and its venue — nothing of its agenda, invitations, line-up,
 * minutes or decisions.
 */
public record OutcomeStatement(MeetingId meeting, String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue,
		String text, Instant publishedAt) {
}
