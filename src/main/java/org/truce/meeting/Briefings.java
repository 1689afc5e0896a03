package org.truce.meeting;

import java.util.Locale;

import org.truce.core.Viewer;

/**
 * The implementation review's briefing pack of a meeting, cut to what the viewer may see. It goes to the guarantors, the
 * secretariat and the delegations invited to the meeting's implementation review; to anyone else the meeting is not
 * found, exactly as a missing one.
 */
public interface Briefings {

	BriefingPack pack(MeetingId meeting, Viewer viewer);

	/** The pack as a PDF document, its headings in the reader's language. */
	byte[] pdf(MeetingId meeting, Viewer viewer, Locale locale);
}
