package org.truce.meeting;

import org.truce.core.Viewer;

/** The implementation review's briefing pack of a meeting, for whoever may see the meeting, cut to what it may see. */
public interface Briefings {

	BriefingPack pack(MeetingId meeting, Viewer viewer);

	/** The pack as a PDF document. */
	byte[] pdf(MeetingId meeting, Viewer viewer);
}
