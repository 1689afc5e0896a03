package org.truce.incident;

import java.util.List;

import org.truce.core.Viewer;
import org.truce.report.ReportId;

/**
 * The incidents, as the correlation engine formed them and analysts corrected them. Every read is on behalf of a viewer
 * and shows only the reports it may see; an incident none of whose reports it may see is not found, exactly as a missing
 * one. The analysts' actions are for guarantors and the secretariat ({@link org.truce.core.ForbiddenException}
 * otherwise), each with a reason, and each refused with a {@link org.truce.core.ConflictException} where the incident's
 * state does not allow it.
 */
public interface Incidents {

	/** The incident — or, if it was merged, the incident it was merged into — as the viewer may see it. */
	IncidentDetails get(IncidentId id, Viewer viewer);

	IncidentPage list(IncidentQuery query, Viewer viewer);

	/** Confirms a proposed link; a suggested report thereby moves here from the incident it was counted in. */
	IncidentDetails confirm(IncidentId id, ReportId report, String reason, Viewer.Member by);

	/**
	 * Rejects a proposed link. A report counted here leaves, and the engine places it anew — in another incident, or in a
	 * new one — never here again.
	 */
	IncidentDetails reject(IncidentId id, ReportId report, String reason, Viewer.Member by);

	/** Merges the other incident into this one, which keeps every report and link of both. */
	IncidentDetails merge(IncidentId id, IncidentId other, String reason, Viewer.Member by);

	/** Splits reports off this incident into a new one, which is returned; they are confirmed there and rejected here. */
	IncidentDetails split(IncidentId id, List<ReportId> reports, String reason, Viewer.Member by);

	/**
	 * Holds the incident's reports where they are, once a guarantor has logged it or a case is open on it: the engine no
	 * longer moves them when it regroups the reports around a new one, so that what is being verified stays what it was.
	 * Analysts still may move them, and an amended report still leaves an incident it no longer fits. An incident merged
	 * into another holds that one.
	 */
	void hold(IncidentId id);
}
