package org.truce.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.truce.core.DelegationCode;

/**
 * An iCalendar (RFC 5545) invitation to a meeting for one delegation: its local time in the meeting's time zone, the
 * venue, and only the agenda items the delegation is invited to. It names no other delegation, since who attends is
 * confidential.
 */
final class CalendarInvitation {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final int LINE_OCTETS = 75;

	private CalendarInvitation() {
	}

	static String of(MeetingView meeting, DelegationCode delegation, Instant now) {
		var zone = meeting.timeZone().getId();
		var offset = meeting.timeZone().getRules().getOffset(meeting.startsAt());
		var description = new StringBuilder("Agenda for ").append(delegation).append(":");
		meeting.agenda().forEach(item -> description.append("\n").append(item.position()).append(". ").append(item.title()));
		var lines = new ArrayList<String>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("VERSION:2.0");
		lines.add("PRODID:-//Truce//Ceasefire mechanism//EN");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:PUBLISH");
		lines.add("BEGIN:VTIMEZONE");
		lines.add("TZID:" + zone);
		lines.add("BEGIN:STANDARD");
		lines.add("DTSTART:19700101T000000");
		lines.add("TZOFFSETFROM:" + offset(offset));
		lines.add("TZOFFSETTO:" + offset(offset));
		lines.add("END:STANDARD");
		lines.add("END:VTIMEZONE");
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + meeting.id() + "-" + delegation.value().toLowerCase(Locale.ROOT) + "@truce");
		lines.add("DTSTAMP:" + UTC.format(now));
		lines.add("DTSTART;TZID=" + zone + ":" + LOCAL.format(LocalDateTime.ofInstant(meeting.startsAt(), meeting.timeZone())));
		lines.add("DTEND;TZID=" + zone + ":" + LOCAL.format(LocalDateTime.ofInstant(meeting.endsAt(), meeting.timeZone())));
		lines.add("SUMMARY:" + escape(meeting.title()));
		lines.add("LOCATION:" + escape(meeting.venue()));
		lines.add("DESCRIPTION:" + escape(description.toString()));
		lines.add("CLASS:CONFIDENTIAL");
		lines.add("STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		var calendar = new StringBuilder();
		lines.forEach(line -> fold(line).forEach(part -> calendar.append(part).append("\r\n")));
		return calendar.toString();
	}

	/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
	}

	/** Lines longer than 75 octets continue on lines that begin with a space, never splitting a UTF-8 character. */
	static List<String> fold(String line) {
		var parts = new ArrayList<String>();
		var current = new StringBuilder();
		int octets = 0;
		int limit = LINE_OCTETS;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			var character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				parts.add(current.toString());
				current = new StringBuilder(" ");
				octets = 1;
				limit = LINE_OCTETS;
			}
			current.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		parts.add(current.toString());
		return parts;
	}

	private static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
	}
}
